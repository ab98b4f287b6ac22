package org.regiomonitor.area;

import static org.regiomonitor.db.Tables.AREA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Creating an area and moving it into a region leaves audit records with the actor and the values. */
@IntegrationTest
class AreaAuditTest {

    static final String PASSWORD = "area-audit-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog audit;

    @Test
    void createRenameAndMembershipAreRecorded() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String admin = "area-audit-" + suffix.toLowerCase();
        users.createUser(admin, null, PASSWORD, Role.ADMIN);
        String region = "AR" + suffix;
        String municipality = "AM" + suffix;
        String area = """
                {"code":"%s","name":"%s","kind":"%s","countryCode":"NL","memberOf":[%s]%s}""";
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(area.formatted(region, "Auditregio", "REGION", "", "")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/areas").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(area.formatted(municipality, "Auditgemeente", "MUNICIPALITY", "", "")))
                .andExpect(status().isCreated());
        long regionId = dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(region)).fetchSingle().value1();
        long id = dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(municipality)).fetchSingle().value1();
        AuditTrail.of(audit, "area", id).assertChange("CREATE", "area", admin, null,
                Map.of("code", municipality, "name", "Auditgemeente", "kind", "MUNICIPALITY"));

        mvc.perform(put("/api/areas/" + municipality).with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(area.formatted(municipality, "Nieuwe naam", "MUNICIPALITY", "\"" + region + "\"",
                                ",\"version\":0")))
                .andExpect(status().isNoContent());
        AuditTrail trail = AuditTrail.of(audit, "area", id);
        trail.assertChange("UPDATE", "area", admin, Map.of("name", "Auditgemeente"), Map.of("name", "Nieuwe naam"));
        trail.assertChange("CREATE", "area_membership", admin, null, Map.of("parent_id", regionId));
    }
}
