package org.regiomonitor.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regiomonitor.shared.web.ScriptJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of areas coloured by a value (ECharts 5 series type {@code map} with a continuous
 * {@code visualMap}), e.g. population, projects or money per municipality. Render it with the fragment
 * {@code ~{area/fragments :: choropleth(${map}, 'some-id')}}, which also writes the table alternative.
 * <p>
 * The map's shapes come from {@link #geojsonUrl()} (our own {@code /api/areas/geojson}, never a tile server);
 * ECharts matches data items to features by name, and the endpoint puts the area name in
 * {@code properties.name}, so items carry the same name. Items also carry {@code code}, which the page
 * script uses to link a clicked area to {@link #linkPrefix()} + code.
 *
 * @param mapName     the name under which the GeoJSON is registered; one name per distinct GeoJSON URL
 * @param seriesName  the series (and tooltip) name, e.g. "Inwoners 2024"
 * @param legendLabel the label on the colour scale
 * @param min         bottom of the colour scale; null = smallest value
 * @param max         top of the colour scale; null = largest value
 * @param money       values are euro amounts (affects the table alternative only)
 * @param linkPrefix  where a click on an area leads (code appended), null for no links
 */
public record ChoroplethMap(String mapName, String geojsonUrl, String seriesName, String legendLabel,
        List<Item> items, BigDecimal min, BigDecimal max, boolean money, String linkPrefix) {

    /** One area on the map; a null value is unknown and drawn uncoloured. */
    public record Item(String code, String name, BigDecimal value) {
    }

    private static final List<String> COLOURS = List.of("#e8f1f8", "#7fb0d0", "#0b5c8a");

    public ChoroplethMap {
        Objects.requireNonNull(mapName, "mapName");
        Objects.requireNonNull(geojsonUrl, "geojsonUrl");
        items = List.copyOf(items);
    }

    public static Builder builder(String mapName, String geojsonUrl) {
        return new Builder(mapName, geojsonUrl);
    }

    /** Smallest known value (or the given minimum). */
    public BigDecimal scaleMin() {
        return min != null ? min : items.stream().map(Item::value).filter(Objects::nonNull)
                .min(BigDecimal::compareTo).orElse(null);
    }

    /** Largest known value (or the given maximum). */
    public BigDecimal scaleMax() {
        return max != null ? max : items.stream().map(Item::value).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(null);
    }

    /** The ECharts option as a tree of maps and lists. */
    public Map<String, Object> option() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c}"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", item.name());
            d.put("code", item.code());
            if (item.value() != null) {
                d.put("value", item.value());
            }
            data.add(d);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "map");
        series.put("map", mapName);
        series.put("nameProperty", "name");
        if (seriesName != null) {
            series.put("name", seriesName);
        }
        series.put("roam", false);
        series.put("label", Map.of("show", false));
        series.put("emphasis", Map.of("label", Map.of("show", true)));
        series.put("itemStyle", Map.of("areaColor", "#eef1f5", "borderColor", "#5a6573", "borderWidth", 0.6));
        series.put("data", data);
        option.put("series", List.of(series));
        BigDecimal lo = scaleMin();
        BigDecimal hi = scaleMax();
        if (lo != null && hi != null) {
            Map<String, Object> visualMap = new LinkedHashMap<>();
            visualMap.put("type", "continuous");
            visualMap.put("min", lo);
            // A scale needs some width; a single value would otherwise paint everything in the bottom colour.
            visualMap.put("max", hi.compareTo(lo) > 0 ? hi : lo.add(BigDecimal.ONE));
            visualMap.put("calculable", true);
            visualMap.put("left", "left");
            visualMap.put("bottom", 10);
            if (legendLabel != null) {
                visualMap.put("text", List.of(legendLabel, ""));
            }
            visualMap.put("inRange", Map.of("color", COLOURS));
            option.put("visualMap", visualMap);
        }
        return option;
    }

    /**
     * The option as JSON, safe to embed in {@code <script type="application/json">}: the characters
     * {@code < > &} only occur inside JSON strings and are written as unicode escapes there.
     */
    public String optionJson() {
        return ScriptJson.write(JsonMapper.shared(), option());
    }

    /** Builds a {@link ChoroplethMap}. */
    public static final class Builder {
        private final String mapName;
        private final String geojsonUrl;
        private String seriesName;
        private String legendLabel;
        private final List<Item> items = new ArrayList<>();
        private BigDecimal min;
        private BigDecimal max;
        private boolean money;
        private String linkPrefix;

        private Builder(String mapName, String geojsonUrl) {
            this.mapName = mapName;
            this.geojsonUrl = geojsonUrl;
        }

        public Builder seriesName(String seriesName) {
            this.seriesName = seriesName;
            return this;
        }

        public Builder legendLabel(String legendLabel) {
            this.legendLabel = legendLabel;
            return this;
        }

        public Builder item(String code, String name, BigDecimal value) {
            items.add(new Item(code, name, value));
            return this;
        }

        public Builder items(List<Item> more) {
            items.addAll(more);
            return this;
        }

        public Builder scale(BigDecimal min, BigDecimal max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder money() {
            this.money = true;
            return this;
        }

        public Builder linkPrefix(String linkPrefix) {
            this.linkPrefix = linkPrefix;
            return this;
        }

        public ChoroplethMap build() {
            return new ChoroplethMap(mapName, geojsonUrl, seriesName, legendLabel, items, min, max, money, linkPrefix);
        }
    }
}
