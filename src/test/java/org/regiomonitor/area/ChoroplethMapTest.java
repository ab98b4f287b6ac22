package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.shared.ChartText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChoroplethMapTest {

    private final ChartText text = new ChartText(bundles());

    @BeforeEach
    void dutch() {
        LocaleContextHolder.setLocale(Locale.of("nl"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void buildsAnEchartsMapSeriesWithColourStepsAndDutchDisplayTexts() {
        ChoroplethMap map = ChoroplethMap.builder("region-CR12", "/api/areas/geojson?region=CR12")
                .seriesName("Inwoners 2024").legendLabel("Inwoners").linkPrefix("/areas/")
                .item("GM0141", "Almelo", new BigDecimal("73000"))
                .item("GM0153", "Enschede", new BigDecimal("160000"))
                .item("GM0000", "Onbekend", null)
                .build(text);

        JsonNode option = JsonMapper.shared().readTree(map.optionJson());
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("map");
        assertThat(series.get("map").asString()).isEqualTo("region-CR12");
        assertThat(series.get("nameProperty").asString()).isEqualTo("name");
        assertThat(series.get("name").asString()).isEqualTo("Inwoners 2024");
        JsonNode almelo = series.get("data").get(0);
        assertThat(almelo.get("name").asString()).isEqualTo("Almelo");
        assertThat(almelo.get("code").asString()).isEqualTo("GM0141");
        assertThat(almelo.get("value").decimalValue()).isEqualByComparingTo("73000");
        assertThat(almelo.get("display").asString()).isEqualTo("73.000"); // thousands separator of the language
        JsonNode unknown = series.get("data").get(2);
        assertThat(unknown.has("value")).isFalse(); // unknown stays unknown, not 0
        assertThat(unknown.get("display").asString()).isEqualTo("geen gegeven");
        assertThat(unknown.get("itemStyle").has("decal")).isTrue(); // hatched, unlike any step
        assertThat(option.has("visualMap")).isFalse(); // colours are set per area, matching the legend

        // steps of a round 20.000 from 60.000, and its own entry for "no figure"
        assertThat(map.legend()).extracting(ChoroplethMap.Step::label)
                .containsExactly("60.000 tot 80.000", "80.000 tot 100.000", "100.000 tot 120.000", "120.000 tot 140.000",
                        "140.000 tot 160.000", "160.000 tot 180.000", "geen gegeven");
        assertThat(map.legend().getLast().noFigure()).isTrue();
        assertThat(almelo.get("itemStyle").get("areaColor").asString()).isEqualTo(map.legend().getFirst().colour());
        assertThat(option.get("aria").get("label").get("description").asString())
                .isEqualTo("Kaart: Inwoners 2024. Almelo 73.000; Enschede 160.000; Onbekend geen gegeven.")
                .doesNotContain("NaN");
        assertThat(map.noData()).isFalse();
    }

    @Test
    void smallCountsGetOneStepPerValueAndZeroIsNotNoFigure() {
        ChoroplethMap map = ChoroplethMap.builder("m", "/x").seriesName("Projecten")
                .item("A", "A", BigDecimal.ZERO).item("B", "B", BigDecimal.ONE).item("C", "C", BigDecimal.valueOf(3))
                .build(text);
        assertThat(map.legend()).extracting(ChoroplethMap.Step::label).containsExactly("0", "1", "3");
        assertThat(map.legend()).noneMatch(ChoroplethMap.Step::noFigure);
        assertThat(map.items().getFirst().colour()).isNotEqualTo(ChoroplethMap.NO_FIGURE_COLOUR);

        ChoroplethMap many = ChoroplethMap.builder("m", "/x").seriesName("Projecten")
                .item("A", "A", BigDecimal.ZERO).item("B", "B", BigDecimal.ONE).item("C", "C", BigDecimal.TWO)
                .item("D", "D", BigDecimal.valueOf(3)).item("E", "E", BigDecimal.valueOf(5))
                .item("F", "F", BigDecimal.valueOf(8)).item("G", "G", BigDecimal.valueOf(12)).build(text);
        assertThat(many.legend()).extracting(ChoroplethMap.Step::label)
                .containsExactly("0 tot 4", "5 tot 9", "10 tot 14");
    }

    @Test
    void aMapWithoutAnyFigureSaysSoAndAnOutlineMapHasNoLegend() {
        ChoroplethMap empty = ChoroplethMap.builder("m", "/x").seriesName("Geld").money()
                .item("A", "Almelo", null).build(text);
        assertThat(empty.noData()).isTrue();
        assertThat(empty.legend()).extracting(ChoroplethMap.Step::label).containsExactly("geen gegeven");

        ChoroplethMap outline = ChoroplethMap.builder("m", "/x").item("A", "Almelo", null).build(text);
        assertThat(outline.measured()).isFalse();
        assertThat(outline.noData()).isFalse();
        assertThat(outline.legend()).isEmpty();
        assertThat(outline.description()).isEqualTo("Kaart met de grenzen van Almelo.");
    }

    @Test
    void moneyIsWrittenAsEuros() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ChoroplethMap map = ChoroplethMap.builder("m", "/x").seriesName("Money").money()
                .item("A", "A", new BigDecimal("1250000")).item("B", "B", null).build(text);
        assertThat(map.items().getFirst().display()).isEqualTo("€1,250,000");
        assertThat(map.items().getLast().display()).isEqualTo("no figure");
    }

    @Test
    void theJsonCannotCloseTheScriptBlockItIsEmbeddedIn() {
        ChoroplethMap map = ChoroplethMap.builder("m", "/x").seriesName("x")
                .item("X", "</script><script>alert(1)</script> & co", BigDecimal.TEN).build(text);
        String json = map.optionJson();
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(JsonMapper.shared().readTree(json).get("series").get(0).get("data").get(0).get("name").asString())
                .isEqualTo("</script><script>alert(1)</script> & co");
    }

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/area");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
