package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of programmes, themes and projects (with the project's partners, themes and lifecycle)
 * leaves an audit record with its actor and its values before and after.
 */
@IntegrationTest
class PortfolioAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    JsonMapper json;
    @Autowired
    AuditLog audit;

    PortfolioFixtures fx;
    UserPrincipal admin;
    long programme;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        admin = fx.user(Role.ADMIN);
        programme = fx.programme(true);
    }

    private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder b, Object body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(admin.username(), PortfolioFixtures.PASSWORD));
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aProgrammeChangeIsRecordedWithItsValuesAndAChangeByTheSystemNamesTheSystem() throws Exception {
        // The fixture created the programme through the service without a logged-in user: the system did it.
        String code = dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(programme)).fetchSingle().value1();
        AuditTrail.of(audit, "programme", programme).assertChange("CREATE", "programme", "system", null,
                Map.of("code", code, "status", "RUNNING", "published", true));

        mvc.perform(send(put("/api/programmes/{id}", programme),
                        Map.of("code", code, "name", "Nieuwe naam", "status", "COMPLETED", "version", 0)))
                .andExpect(status().isOk());
        AuditTrail.of(audit, "programme", programme).assertChange("UPDATE", "programme", admin.username(),
                Map.of("name", "Programma " + code, "status", "RUNNING"),
                Map.of("name", "Nieuwe naam", "status", "COMPLETED"));
    }

    @Test
    void themeCreateUpdateAndDeleteAreRecorded() throws Exception {
        String code = PortfolioFixtures.unique("AUD");
        String location = mvc.perform(send(post("/api/programmes/{id}/themes", programme),
                        Map.of("code", code, "name", "Eerst", "kind", "GOAL")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long theme = idOf(location);
        AuditTrail.of(audit, "theme", theme).assertChange("CREATE", "theme", admin.username(), null,
                Map.of("code", code, "name", "Eerst", "kind", "GOAL", "programme_id", programme));
        mvc.perform(send(put(location), Map.of("code", code, "name", "Daarna", "kind", "GOAL", "version", 0)))
                .andExpect(status().isOk());
        AuditTrail.of(audit, "theme", theme).assertChange("UPDATE", "theme", admin.username(),
                Map.of("name", "Eerst"), Map.of("name", "Daarna"));
        mvc.perform(delete(location).param("version", "1").with(httpBasic(admin.username(), PortfolioFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        // The deleted theme's content stays in the trail.
        AuditTrail.of(audit, "theme", theme).assertChange("DELETE", "theme", admin.username(),
                Map.of("code", code, "name", "Daarna", "kind", "GOAL"), null);
    }

    @Test
    void aProjectsPartnerThemeAndStatusChangesAreRecordedOnTheProject() throws Exception {
        long themeA = fx.theme(programme);
        long themeB = fx.theme(programme);
        long lead = fx.organisation();
        long partner = fx.organisation();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Audit-project");
        body.put("leadOrganisationId", lead);
        body.put("programmeIds", List.of(programme));
        body.put("themeIds", List.of(themeA));
        body.put("links", List.of(Map.of("label", "Site", "url", "https://example.org/audit")));
        String location = mvc.perform(send(post("/api/projects"), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long project = idOf(location);
        AuditTrail created = AuditTrail.of(audit, "project", project);
        created.assertChange("CREATE", "project", admin.username(), null,
                Map.of("title", "Audit-project", "status", "APPLICATION", "lead_organisation_id", lead));
        created.assertChange("CREATE", "project_theme", admin.username(), null, Map.of("theme_id", themeA));

        // A new partner and another theme; the title, the link and the lead stay as they are.
        body.put("themeIds", List.of(themeB));
        body.put("partners", List.of(Map.of("organisationId", partner, "role", "IMPLEMENTING")));
        body.put("version", 0);
        mvc.perform(send(put(location), body)).andExpect(status().isOk());
        AuditTrail changed = AuditTrail.of(audit, "project", project);
        changed.assertChange("CREATE", "project_partner", admin.username(), null,
                Map.of("organisation_id", partner, "role", "IMPLEMENTING"));
        changed.assertChange("DELETE", "project_theme", admin.username(), Map.of("theme_id", themeA), null);
        changed.assertChange("CREATE", "project_theme", admin.username(), null, Map.of("theme_id", themeB));
        // Rows that did not change are not deleted and written again, so they leave no records.
        assertThat(changed.records()).noneMatch(r -> "project_link".equals(r.tableName()) && r.action().equals("DELETE"))
                .noneMatch(r -> "project_partner".equals(r.tableName()) && r.action().equals("DELETE"))
                .noneMatch(r -> "project".equals(r.tableName()) && r.action().equals("UPDATE"));

        // The audit page shows the new partner as a link to the organisation, and the theme change.
        mvc.perform(get("/admin/audit").param("entityType", "project").param("entityId", String.valueOf(project))
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/organisations/" + partner + "\"")))
                .andExpect(content().string(containsString("<del><a href=\"/themes/" + themeA + "\"")));

        mvc.perform(send(post("/api/projects/{id}/status", project),
                        Map.of("status", "UNDER_ASSESSMENT", "version", 1, "note", "Ingediend")))
                .andExpect(status().isOk());
        AuditTrail status = AuditTrail.of(audit, "project", project);
        status.assertChange("UPDATE", "project", admin.username(), Map.of("status", "APPLICATION"),
                Map.of("status", "UNDER_ASSESSMENT"));
        AuditRecord step = status.assertChange("CREATE", "project_status_change", admin.username(), null,
                Map.of("from_status", "APPLICATION", "to_status", "UNDER_ASSESSMENT", "note", "Ingediend"));
        assertThat(step.entityId()).isEqualTo(project);
    }
}
