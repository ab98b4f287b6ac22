package org.regiomonitor.area;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.web.ScriptJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of areas coloured by a value (ECharts 5 series type {@code map}), e.g. population, projects or money
 * per municipality. Render it with the fragment {@code ~{area/fragments :: region-map(${map}, 'some-id')}},
 * which also writes the legend, the table alternative and, when no area has a figure, says so.
 * <p>
 * The map's shapes come from {@link #geojsonUrl()} (our own {@code /api/areas/geojson}, never a tile server);
 * ECharts matches data items to features by name, and the endpoint puts the area name in
 * {@code properties.name}, so items carry the same name. Items also carry {@code code}, which the page
 * script uses to link a clicked area to {@link #linkPrefix()} + code, and {@code display}, the value as
 * the page's language writes it, which tooltips show.
 * <p>
 * The colours come in steps ({@link #legend()}): one per value for a few small counts, otherwise up to six
 * ranges with round bounds. The colour of each area is set here, so the legend the fragment writes and the
 * map always agree. An area without a figure is white with grey hatching and has its own legend entry:
 * unknown is not zero.
 *
 * @param mapName     the name under which the GeoJSON is registered; one name per distinct GeoJSON URL
 * @param seriesName  the series (and tooltip) name, e.g. "Inwoners 2024"; null for a map of outlines only
 * @param legendLabel the heading of the legend
 * @param items       the areas, each with its value, display text and colour
 * @param legend      the steps of the colour scale; the last entry is "no figure" when an area lacks one
 * @param description the map described in words, for screen readers
 * @param money       values are euro amounts
 * @param linkPrefix  where a click on an area leads (code appended), null for no links
 */
public record ChoroplethMap(String mapName, String geojsonUrl, String seriesName, String legendLabel,
        List<Item> items, List<Step> legend, String description, boolean money, String linkPrefix) {

    /** One area on the map; a null value is unknown: no colour step, shown as "no figure". */
    public record Item(String code, String name, BigDecimal value, String display, String colour) {
    }

    /** A step of the legend: its colour and label; {@code noFigure} for the entry of areas without a figure. */
    public record Step(String colour, String label, boolean noFigure) {
    }

    /** Light to dark; fewer steps take colours spread over the whole ramp. */
    static final List<String> COLOURS = List.of("#deebf5", "#b0cfe6", "#7fb0d0", "#4a8bb8", "#1f6a9a", "#0b4a70");
    static final String NO_FIGURE_COLOUR = "#ffffff";
    private static final String OUTLINE_COLOUR = "#eef1f5";
    /** Hatching of areas without a figure (ECharts decal); the legend swatch draws the same with CSS. */
    private static final Map<String, Object> NO_FIGURE_DECAL = Map.of("symbol", "rect", "symbolSize", 1,
            "dashArrayX", List.of(1, 0), "dashArrayY", List.of(2, 4), "rotation", -0.785,
            "color", "#8a94a0", "backgroundColor", NO_FIGURE_COLOUR);
    /** At most this many distinct whole numbers get a step each. */
    private static final int MAX_VALUE_STEPS = 6;

    public ChoroplethMap {
        Objects.requireNonNull(mapName, "mapName");
        Objects.requireNonNull(geojsonUrl, "geojsonUrl");
        items = List.copyOf(items);
        legend = List.copyOf(legend);
    }

    public static Builder builder(String mapName, String geojsonUrl) {
        return new Builder(mapName, geojsonUrl);
    }

    /** A map of values (not of outlines only): it has a legend and a value column. */
    public boolean measured() {
        return seriesName != null;
    }

    /** A map of values on which no area has a figure: the page says so instead of a legend. */
    public boolean noData() {
        return measured() && items.stream().allMatch(i -> i.value() == null);
    }

    /** The ECharts option as a tree of maps and lists. */
    public Map<String, Object> option() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "label", Map.of("description", description)));
        option.put("tooltip", Map.of("trigger", "item"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", item.name());
            d.put("code", item.code());
            if (item.value() != null) {
                d.put("value", item.value());
            }
            if (measured()) {
                d.put("display", item.display());
                d.put("itemStyle", item.value() != null ? Map.of("areaColor", item.colour())
                        : Map.of("areaColor", NO_FIGURE_COLOUR, "decal", NO_FIGURE_DECAL));
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
        series.put("itemStyle", Map.of("areaColor", OUTLINE_COLOUR, "borderColor", "#5a6573", "borderWidth", 0.6));
        series.put("data", data);
        option.put("series", List.of(series));
        return option;
    }

    /**
     * The option as JSON, safe to embed in {@code <script type="application/json">}: the characters
     * {@code < > &} only occur inside JSON strings and are written as unicode escapes there.
     */
    public String optionJson() {
        return ScriptJson.write(JsonMapper.shared(), option());
    }

    /** Builds a {@link ChoroplethMap}; {@link #build(ChartText)} writes its numbers and words in the page's language. */
    public static final class Builder {
        private final String mapName;
        private final String geojsonUrl;
        private String seriesName;
        private String legendLabel;
        private final List<Item> items = new ArrayList<>();
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
            items.add(new Item(code, name, value, null, null));
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

        public ChoroplethMap build(ChartText text) {
            if (seriesName == null) {
                List<String> names = items.stream().map(Item::name).toList();
                return new ChoroplethMap(mapName, geojsonUrl, null, legendLabel, items, List.of(),
                        text.outlineDescription(names), money, linkPrefix);
            }
            Function<BigDecimal, String> format = money ? text::euro : text::number;
            List<Range> ranges = ranges(items.stream().map(Item::value).filter(Objects::nonNull).toList());
            List<Step> legend = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                Range r = ranges.get(i);
                String label = r.single() ? format.apply(r.from())
                        : text.message("chart.map.range", format.apply(r.from()), format.apply(r.labelTo()));
                legend.add(new Step(colour(i, ranges.size()), label, false));
            }
            List<Item> coloured = new ArrayList<>();
            for (Item item : items) {
                String colour = null;
                for (int i = 0; item.value() != null && colour == null; i++) {
                    colour = ranges.get(i).contains(item.value()) ? legend.get(i).colour() : null;
                }
                coloured.add(new Item(item.code(), item.name(), item.value(), format.apply(item.value()), colour));
            }
            if (coloured.stream().anyMatch(i -> i.value() == null)) {
                legend.add(new Step(NO_FIGURE_COLOUR, text.noFigure(), true));
            }
            String description = text.mapDescription(seriesName, coloured.stream().map(Item::name).toList(),
                    coloured.stream().map(Item::display).toList());
            return new ChoroplethMap(mapName, geojsonUrl, seriesName, legendLabel, coloured, legend, description,
                    money, linkPrefix);
        }
    }

    /** The i-th of n colours, spread over the ramp (one step: the middle colour). */
    private static String colour(int i, int n) {
        return n == 1 ? COLOURS.get(COLOURS.size() / 2) : COLOURS.get(Math.round(i * (COLOURS.size() - 1f) / (n - 1)));
    }

    /**
     * A step of the scale: {@code from <= v < to}; a single value when {@code from == to}. For small whole
     * numbers the label's upper bound is {@code to - 1} (counts "2 tot 4" include 4).
     */
    record Range(BigDecimal from, BigDecimal to, boolean wholeNumbers) {

        boolean single() {
            return from.compareTo(to) == 0 || wholeNumbers && to.subtract(from).compareTo(BigDecimal.ONE) == 0;
        }

        boolean contains(BigDecimal v) {
            return from.compareTo(to) == 0 ? v.compareTo(from) == 0 : v.compareTo(from) >= 0 && v.compareTo(to) < 0;
        }

        BigDecimal labelTo() {
            return wholeNumbers ? to.subtract(BigDecimal.ONE) : to;
        }
    }

    /**
     * Steps for the known values: a few small counts (whole numbers less than ten apart) each get their own; otherwise ranges of a round
     * width (1, 2 or 5 times a power of ten; 2.5 too for fractions) from a multiple of it, at most six.
     */
    static List<Range> ranges(List<BigDecimal> values) {
        List<BigDecimal> distinct = values.stream().map(BigDecimal::stripTrailingZeros).distinct()
                .sorted().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        boolean whole = distinct.stream().allMatch(v -> v.signum() == 0 || v.scale() <= 0);
        if (whole && distinct.size() <= MAX_VALUE_STEPS
                && distinct.getLast().subtract(distinct.getFirst()).compareTo(BigDecimal.TEN) < 0) {
            return distinct.stream().map(v -> new Range(v, v, true)).toList();
        }
        BigDecimal lo = distinct.getFirst();
        BigDecimal hi = distinct.getLast();
        BigDecimal width = roundWidth(hi.subtract(lo).divide(BigDecimal.valueOf(5), MathContext.DECIMAL64), whole);
        BigDecimal from = lo.divide(width, 0, RoundingMode.FLOOR).multiply(width);
        while (from.add(width.multiply(BigDecimal.valueOf(MAX_VALUE_STEPS))).compareTo(hi) <= 0) {
            width = roundWidth(width.multiply(new BigDecimal("1.01")), whole);
            from = lo.divide(width, 0, RoundingMode.FLOOR).multiply(width);
        }
        // small counts read "0 tot 4", "5 tot 9"; large numbers "60.000 tot 80.000" (not 79.999)
        boolean inclusive = whole && width.compareTo(BigDecimal.TEN) <= 0;
        List<Range> ranges = new ArrayList<>();
        for (; from.compareTo(hi) <= 0; from = from.add(width)) {
            ranges.add(new Range(from, from.add(width), inclusive));
        }
        return ranges;
    }

    /** The smallest round width (1, 2, 2.5 or 5 times a power of ten) at least {@code raw}. */
    private static BigDecimal roundWidth(BigDecimal raw, boolean whole) {
        if (raw.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        for (String f : whole ? List.of("1", "2", "5", "10") : List.of("1", "2", "2.5", "5", "10")) {
            BigDecimal w = power.multiply(new BigDecimal(f));
            if (w.compareTo(raw) >= 0 && (!whole || w.compareTo(BigDecimal.ONE) >= 0)) {
                return w.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
