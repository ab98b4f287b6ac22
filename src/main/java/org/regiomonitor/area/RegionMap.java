package org.regiomonitor.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regiomonitor.area.internal.AreaQueries;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's municipalities as an SVG map with one of them marked, for documents (a report's council edition): vector
 * in the PDF, no script in the browser. The boundaries are the generalised ones the pages' maps use; longitude is
 * scaled by the cosine of the region's mean latitude, which is true enough at the size of a region.
 */
@Component
public class RegionMap {

    private static final int WIDTH = 420;
    private static final String MARKED = "#1f5f8b";
    private static final String OTHER = "#d9e2ea";

    private final AreaQueries queries;
    private final JsonMapper json = JsonMapper.builder().build();

    RegionMap(AreaQueries queries) {
        this.queries = queries;
    }

    /**
     * The SVG, or empty when the region's members have no boundaries.
     *
     * @param alt the map's description (PDF alternative text and {@code aria-label})
     */
    public Optional<String> svg(String regionCode, String markedCode, String alt) {
        JsonNode features = json.readTree(queries.geoJson(regionCode, null, null)).path("features");
        List<List<List<double[]>>> shapes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (JsonNode f : features) {
            List<List<double[]>> rings = new ArrayList<>();
            JsonNode geometry = f.path("geometry");
            JsonNode polygons = "MultiPolygon".equals(geometry.path("type").asString())
                    ? geometry.path("coordinates") : json.createArrayNode().add(geometry.path("coordinates"));
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    for (JsonNode p : ring) {
                        double lon = p.get(0).asDouble();
                        double lat = p.get(1).asDouble();
                        points.add(new double[] {lon, lat});
                        minLon = Math.min(minLon, lon);
                        maxLon = Math.max(maxLon, lon);
                        minLat = Math.min(minLat, lat);
                        maxLat = Math.max(maxLat, lat);
                    }
                    rings.add(points);
                }
            }
            shapes.add(rings);
            codes.add(f.path("id").asString());
        }
        if (shapes.isEmpty()) {
            return Optional.empty();
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = WIDTH / ((maxLon - minLon) * cos);
        int height = (int) Math.ceil((maxLat - minLat) * scale);
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < shapes.size(); i++) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : shapes.get(i)) {
                for (int k = 0; k < ring.size(); k++) {
                    double[] p = ring.get(k);
                    d.append(k == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f",
                            (p[0] - minLon) * cos * scale, (maxLat - p[1]) * scale));
                }
                d.append('Z');
            }
            boolean marked = codes.get(i).equalsIgnoreCase(markedCode);
            paths.append("<path d=\"").append(d).append("\" fill=\"").append(marked ? MARKED : OTHER)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        }
        String description = HtmlUtils.htmlEscape(alt);
        return Optional.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" alt=\"" + description
                + "\" aria-label=\"" + description + "\">" + paths + "</svg>");
    }
}
