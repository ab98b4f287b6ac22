package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChoroplethMapTest {

    @Test
    void buildsAnEchartsMapSeriesWithAVisualMapFromTheValues() {
        ChoroplethMap map = ChoroplethMap.builder("region-CR12", "/api/areas/geojson?region=CR12")
                .seriesName("Inwoners 2024").legendLabel("Inwoners").linkPrefix("/areas/")
                .item("GM0141", "Almelo", new BigDecimal("73000"))
                .item("GM0153", "Enschede", new BigDecimal("160000"))
                .item("GM0000", "Onbekend", null)
                .build();

        JsonNode option = JsonMapper.shared().readTree(map.optionJson());
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("map");
        assertThat(series.get("map").asString()).isEqualTo("region-CR12");
        assertThat(series.get("nameProperty").asString()).isEqualTo("name");
        assertThat(series.get("name").asString()).isEqualTo("Inwoners 2024");
        assertThat(series.get("data").get(0).get("name").asString()).isEqualTo("Almelo");
        assertThat(series.get("data").get(0).get("code").asString()).isEqualTo("GM0141");
        assertThat(series.get("data").get(0).get("value").decimalValue()).isEqualByComparingTo("73000");
        assertThat(series.get("data").get(2).has("value")).isFalse(); // unknown stays unknown, not 0
        JsonNode visualMap = option.get("visualMap");
        assertThat(visualMap.get("type").asString()).isEqualTo("continuous");
        assertThat(visualMap.get("min").decimalValue()).isEqualByComparingTo("73000");
        assertThat(visualMap.get("max").decimalValue()).isEqualByComparingTo("160000");
        assertThat(visualMap.get("text").get(0).asString()).isEqualTo("Inwoners");
    }

    @Test
    void anExplicitScaleWinsAndAnOutlineMapHasNoScale() {
        ChoroplethMap scaled = ChoroplethMap.builder("m", "/x").item("A", "A", BigDecimal.ONE)
                .scale(BigDecimal.ZERO, new BigDecimal("100")).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> visualMap = (Map<String, Object>) scaled.option().get("visualMap");
        assertThat(visualMap).containsEntry("min", BigDecimal.ZERO).containsEntry("max", new BigDecimal("100"));

        ChoroplethMap outline = ChoroplethMap.builder("m", "/x").item("A", "A", null).build();
        assertThat(outline.option()).doesNotContainKey("visualMap");
        assertThat(outline.scaleMax()).isNull();
    }

    @Test
    void theJsonCannotCloseTheScriptBlockItIsEmbeddedIn() {
        ChoroplethMap map = ChoroplethMap.builder("m", "/x").items(List.of(
                new ChoroplethMap.Item("X", "</script><script>alert(1)</script> & co", BigDecimal.TEN))).build();
        String json = map.optionJson();
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(JsonMapper.shared().readTree(json).get("series").get(0).get("data").get(0).get("name").asString())
                .isEqualTo("</script><script>alert(1)</script> & co");
    }
}
