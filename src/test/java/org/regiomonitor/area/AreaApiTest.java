package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AreaApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @BeforeEach
    void fixtures() {
        AreaFixtures.ensure(dsl);
    }

    @Test
    void listsAreasByKindAndRegionWithPaging() throws Exception {
        mvc.perform(get("/api/areas").param("kind", "MUNICIPALITY").param("region", "CRT99"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].code", containsInAnyOrder("GMT9001", "GMT9002", "GMT9003")));
        mvc.perform(get("/api/areas").param("region", "CRT99").param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/areas").param("kind", "DISTRICT"))
                .andExpect(jsonPath("$.items[*].code", hasItem("DET9001")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("GMT9001"))));
        mvc.perform(get("/api/areas").param("kind", "PLANET")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        // out of range is clamped, as on every list (shared.web.ListParams)
        mvc.perform(get("/api/areas").param("size", "500").param("page", "-1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200)).andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void detailHasStatisticsWithSourcesAndMemberships() throws Exception {
        queries.reset();
        mvc.perform(get("/api/areas/GMT9001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Testdorp Noord"))
                .andExpect(jsonPath("$.kind").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.memberOf[0].code").value("CRT99"))
                .andExpect(jsonPath("$.boundarySource.code").value("TEST-AREA-GEO"))
                .andExpect(jsonPath("$.statistics.length()").value(5))
                .andExpect(jsonPath("$.statistics[?(@.statistic == 'POPULATION' && @.period == 2024)].value")
                        .value(12345.0))
                .andExpect(jsonPath("$.statistics[0].source.code").value("TEST-AREA-CBS"))
                .andExpect(jsonPath("$.statistics[0].source.locator").value(org.hamcrest.Matchers.startsWith("WijkenEnBuurten")));
        assertThat(queries.count()).isLessThanOrEqualTo(6);
        mvc.perform(get("/api/areas/CRT99")).andExpect(jsonPath("$.members.length()").value(3));
        mvc.perform(get("/api/areas/NOPE-AREA")).andExpect(status().isNotFound());
    }

    @Test
    void statisticsCanBeFiltered() throws Exception {
        mvc.perform(get("/api/areas/GMT9001/statistics").param("statistic", "POPULATION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].period").value(2024))
                .andExpect(jsonPath("$[1].period").value(2023));
        mvc.perform(get("/api/areas/GMT9001/statistics").param("period", "2024"))
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void memberSumIsTheRegionPopulation() throws Exception {
        mvc.perform(get("/api/areas/CRT99/member-sum").param("period", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(70368.0))
                .andExpect(jsonPath("$.memberCount").value(3))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.sources[0].code").value("TEST-AREA-CBS"))
                .andExpect(jsonPath("$.rows.length()").value(3));
        mvc.perform(get("/api/areas/CRT99/member-sum").param("statistic", "DENSITY").param("period", "2024"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void geojsonOfARegionIsAFeatureCollectionOfItsMembersBoundaries() throws Exception {
        queries.reset();
        MvcResult result = mvc.perform(get("/api/areas/geojson").param("region", "CRT99"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/geo+json")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=3600")))
                .andExpect(header().exists("ETag"))
                .andReturn();
        assertThat(queries.count()).isLessThanOrEqualTo(2);
        JsonNode geo = JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        // GMT9003 has no boundary; GMT9009 is no member
        assertThat(codes(geo)).containsExactly("GMT9001", "GMT9002");
        JsonNode south = geo.get("features").get(1);
        assertThat(south.get("type").asString()).isEqualTo("Feature");
        assertThat(south.get("properties").get("name").asString()).isEqualTo("Testdorp <Zuid>");
        assertThat(south.get("properties").get("code").asString()).isEqualTo("GMT9002");
        assertThat(south.get("geometry").get("type").asString()).isEqualTo("Polygon"); // unwrapped from a Feature
        assertThat(south.get("geometry").get("coordinates").get(0).size()).isEqualTo(5);

        String etag = result.getResponse().getHeader("ETag");
        mvc.perform(get("/api/areas/geojson").param("region", "CRT99").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void geojsonByCodesAndByKind() throws Exception {
        MvcResult byCodes = mvc.perform(get("/api/areas/geojson").param("codes", "DET9001,GMT9009, NOPE"))
                .andExpect(status().isOk()).andReturn();
        assertThat(codes(JsonMapper.shared().readTree(byCodes.getResponse().getContentAsByteArray())))
                .containsExactly("DET9001", "GMT9009");
        MvcResult byKind = mvc.perform(get("/api/areas/geojson").param("kind", "DISTRICT"))
                .andExpect(status().isOk()).andReturn();
        assertThat(codes(JsonMapper.shared().readTree(byKind.getResponse().getContentAsByteArray())))
                .contains("DET9001").doesNotContain("GMT9001");
        MvcResult empty = mvc.perform(get("/api/areas/geojson").param("codes", "NOPE"))
                .andExpect(status().isOk()).andReturn();
        assertThat(JsonMapper.shared().readTree(empty.getResponse().getContentAsByteArray()).get("features").size())
                .isZero();
        mvc.perform(get("/api/areas/geojson")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/areas/geojson").param("region", "NOPE-REGION")).andExpect(status().isNotFound());
    }

    private static List<String> codes(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.get("features").forEach(f -> codes.add(f.get("properties").get("code").asString()));
        return codes;
    }
}
