package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators create and change areas and memberships through the API; nobody else may. */
@IntegrationTest
class AreaWriteApiTest {

    static final String PASSWORD = "area-writer-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    String admin;
    String viewer;
    String suffix;

    @BeforeEach
    void users() {
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        admin = "area-admin-" + suffix.toLowerCase();
        viewer = "area-viewer-" + suffix.toLowerCase();
        users.createUser(admin, null, PASSWORD, Role.ADMIN);
        users.createUser(viewer, null, PASSWORD, Role.VIEWER);
    }

    @Test
    void anAdministratorCreatesARegionAndMovesAMunicipalityIntoIt() throws Exception {
        String region = "XR" + suffix;
        String municipality = "XM" + suffix;
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(region, "Testregio", "REGION", "NL", "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/areas/" + region));
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(municipality, "Testgemeente", "MUNICIPALITY", "NL", "")))
                .andExpect(status().isCreated());

        mvc.perform(put("/api/areas/" + municipality).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(municipality, "Testgemeente", "MUNICIPALITY", "NL", "\"" + region + "\"", 0)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/areas").param("region", region))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(municipality));
        mvc.perform(get("/api/areas/" + municipality))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.memberOf[0].code").value(region));
    }

    @Test
    void invalidInputIsRefusedPerFieldAndWritesNothing() throws Exception {
        int areas = dsl.fetchCount(AREA);
        int memberships = dsl.fetchCount(AREA_MEMBERSHIP);
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("gm1", "", "MUNICIPALITY", "Nederland", "\"NOPE" + suffix + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'countryCode')]").exists());
        // valid fields but an unknown parent: still nothing written
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("XQ" + suffix, "Ergens", "MUNICIPALITY", "NL", "\"NOPE" + suffix + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberOf"));
        assertThat(dsl.fetchCount(AREA)).isEqualTo(areas);
        assertThat(dsl.fetchCount(AREA_MEMBERSHIP)).isEqualTo(memberships);
    }

    @Test
    void apiMessagesFollowAcceptLanguage() throws Exception {
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(json("XL" + suffix, "", "REGION", "NL", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter a name."));
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("XL" + suffix, "", "REGION", "NL", "")))
                .andExpect(jsonPath("$.errors[0].message").value("Vul een naam in."));
    }

    @Test
    void aDuplicateCodeIsAFieldError() throws Exception {
        String code = "XD" + suffix;
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "Eerste", "REGION", "NL", ""))).andExpect(status().isCreated());
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(code, "Tweede", "REGION", "NL", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aStaleEditIsRefused() throws Exception {
        String code = "XS" + suffix;
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "Oud", "REGION", "NL", ""))).andExpect(status().isCreated());
        mvc.perform(put("/api/areas/" + code).with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "Nieuw", "REGION", "NL", "", 0))).andExpect(status().isNoContent());
        mvc.perform(put("/api/areas/" + code).with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(code, "Overschreven", "REGION", "NL", "", 0)))
                .andExpect(status().isConflict());
        assertThat(dsl.select(AREA.NAME).from(AREA).where(AREA.CODE.eq(code)).fetchSingle(AREA.NAME)).isEqualTo("Nieuw");
    }

    @Test
    void onlyAdministratorsMayChangeAreas() throws Exception {
        mvc.perform(post("/api/areas").with(httpBasic(viewer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json("XV" + suffix, "Niet", "REGION", "NL", ""))).andExpect(status().isForbidden());
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                .content(json("XA" + suffix, "Niet", "REGION", "NL", ""))).andExpect(status().isUnauthorized());
        assertThat(dsl.fetchExists(AREA, AREA.CODE.in("XV" + suffix, "XA" + suffix))).isFalse();
    }

    private static String json(String code, String name, String kind, String country, String memberOf) {
        return json(code, name, kind, country, memberOf, null);
    }

    private static String json(String code, String name, String kind, String country, String memberOf,
            Integer version) {
        return """
                {"code":"%s","name":"%s","kind":"%s","countryCode":"%s","memberOf":[%s]%s}"""
                .formatted(code, name, kind, country, memberOf, version == null ? "" : ",\"version\":" + version);
    }
}
