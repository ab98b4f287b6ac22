package org.regiomonitor.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Creating and changing an organisation leaves audit records with the actor and the values. */
@IntegrationTest
class OrganisationAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog audit;

    @Test
    void createAndUpdateAreRecordedWithBeforeAndAfter() throws Exception {
        TestUser manager = new OrgVoucherTestData(dsl, users).user(Role.PROGRAMME_MANAGER);
        String name = "Audit org " + OrgVoucherTestData.word();
        String location = mvc.perform(post("/api/organisations").with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "%s", "kind": "EDUCATION", "website": "https://uni.example", "published": true}
                                """.formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AuditTrail.of(audit, "organisation", id).assertChange("CREATE", "organisation", manager.username(), null,
                Map.of("name", name, "kind", "EDUCATION", "website", "https://uni.example", "published", true));

        mvc.perform(put(location).with(manager.basic()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "%s", "kind": "BUSINESS", "website": null, "published": false, "version": 0}
                        """.formatted(name)))
                .andExpect(status().isOk());
        Map<String, Object> gone = new java.util.HashMap<>();
        gone.put("website", null);
        gone.put("kind", "BUSINESS");
        gone.put("published", false);
        AuditTrail.of(audit, "organisation", id).assertChange("UPDATE", "organisation", manager.username(),
                Map.of("kind", "EDUCATION", "website", "https://uni.example", "published", true), gone);
    }
}
