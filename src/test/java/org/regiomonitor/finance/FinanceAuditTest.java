package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every change of funders, budget lines and mobilised investments leaves its values in the audit trail. */
@IntegrationTest
class FinanceAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog audit;

    FinanceFixtures fx;
    UserPrincipal admin;
    long programme;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        admin = fx.user(Role.ADMIN, null, null);
        programme = fx.programme(2023, 2027, "8.50", true);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(admin.username(), FinanceFixtures.PASSWORD));
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void funderCreateUpdateAndDeleteAreRecordedWithTheirValues() throws Exception {
        String name = FinanceFixtures.unique("Audit funder ");
        long id = idOf(mvc.perform(json(post("/api/funders"), """
                        {"name": "%s", "categoryCode": "EU"}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location"));
        AuditTrail.of(audit, "funder", id).assertChange("CREATE", "funder", admin.username(), null,
                Map.of("name", name, "category_code", "EU"));

        mvc.perform(json(put("/api/funders/" + id), """
                        {"name": "%s", "categoryCode": "RIJK", "version": 0}""".formatted(name)))
                .andExpect(status().isOk());
        var update = AuditTrail.of(audit, "funder", id).assertChange("UPDATE", "funder", admin.username(),
                Map.of("category_code", "EU"), Map.of("category_code", "RIJK"));
        // Only what changed: the unchanged name and the version counter are not in the record.
        assertThat(update.after()).doesNotContainKeys("name", "version");

        mvc.perform(delete("/api/funders/" + id).param("version", "1")
                        .with(httpBasic(admin.username(), FinanceFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        AuditTrail.of(audit, "funder", id).assertChange("DELETE", "funder", admin.username(),
                Map.of("name", name, "category_code", "RIJK"), null);
    }

    @Test
    void budgetLineAndItsRevisionsAreRecordedOnTheLine() throws Exception {
        long funder = fx.funder("GEMEENTEN");
        long line = idOf(mvc.perform(json(post("/api/budget-lines"), """
                        {"programmeId": %d, "funderId": %d, "year": 2025, "budgeted": 1000.50, "reason": "Original"}"""
                        .formatted(programme, funder)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location"));
        AuditTrail created = AuditTrail.of(audit, "budget_line", line);
        created.assertChange("CREATE", "budget_line", admin.username(), null,
                Map.of("programme_id", programme, "funder_id", funder, "year", 2025));
        created.assertChange("CREATE", "budget_revision", admin.username(), null,
                Map.of("revision", 1, "budgeted", 1000.50, "reason", "Original"));

        mvc.perform(json(post("/api/budget-lines/" + line + "/revisions"), """
                        {"version": 0, "budgeted": 1500, "committed": 1200, "realised": null,
                         "reason": "Mid-term review"}"""))
                .andExpect(status().isCreated());
        AuditTrail.of(audit, "budget_line", line).assertChange("CREATE", "budget_revision", admin.username(),
                null, Map.of("revision", 2, "budgeted", 1500, "committed", 1200, "reason", "Mid-term review"));
    }

    @Test
    void mobilisedInvestmentChangesAreRecorded() throws Exception {
        long id = idOf(mvc.perform(json(post("/api/mobilised-investments"), """
                        {"programmeId": %d, "description": "Chip plant", "amount": 2000000}""".formatted(programme)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location"));
        AuditTrail.of(audit, "mobilised_investment", id).assertChange("CREATE", "mobilised_investment",
                admin.username(), null, Map.of("description", "Chip plant", "amount", 2000000));

        mvc.perform(json(put("/api/mobilised-investments/" + id), """
                        {"description": "Chip plant", "amount": 2500000, "version": 0}"""))
                .andExpect(status().isOk());
        AuditTrail.of(audit, "mobilised_investment", id).assertChange("UPDATE", "mobilised_investment",
                admin.username(), Map.of("amount", 2000000), Map.of("amount", 2500000));
    }
}
