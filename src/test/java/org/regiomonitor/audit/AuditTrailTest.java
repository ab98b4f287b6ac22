package org.regiomonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.AUDIT_EVENT;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.SchemeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail itself: append-only in the database, one event for a reference-data load, and read only by
 * administrators (the audit page, {@code /api/audit} and the history sections of five pages), at a bounded
 * number of queries.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog audit;
    @Autowired
    QueryCounter queries;

    FinanceFixtures fx;
    UserPrincipal admin;
    UserPrincipal viewer;
    UserPrincipal manager;
    long programme;
    long funder;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        programme = fx.programme(2024, 2027, "5.00", true);
        admin = fx.user(Role.ADMIN, null, null);
        viewer = fx.user(Role.VIEWER, null, null);
        manager = fx.user(Role.PROGRAMME_MANAGER, programme, null);
        funder = fx.funder("EU");
    }

    /** Changes the fixture funder's category as the administrator, through the API. */
    private void changeFunder(String category, int version) throws Exception {
        String name = dsl.select(FUNDER.NAME).from(FUNDER).where(FUNDER.ID.eq(funder)).fetchSingle().value1();
        mvc.perform(put("/api/funders/" + funder).with(httpBasic(admin.username(), FinanceFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "categoryCode": "%s", "version": %d}""".formatted(name, category, version)))
                .andExpect(status().isOk());
    }

    // --- the database protects the trail ---------------------------------------------------------------

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncateOfTheTrail() {
        long id = dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle().value1();
        assertThatThrownBy(() -> dsl.execute("update audit_event set username = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, "UPDATE").where(AUDIT_EVENT.ID.eq(id))
                .execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.execute("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.truncate(AUDIT_EVENT).execute()).isInstanceOf(DataAccessException.class);
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ID.eq(id))).isTrue();
    }

    @Test
    void theReferenceDataLoadLeavesOneEventWithCountsPerTableAndNoRowRecords() {
        List<AuditRecord> loads = audit.history("reference_data", 0, 10);
        assertThat(loads).isEmpty(); // the load is about no single entity id
        // the Twente dataset and the NPVR plan (its own file) each leave one event
        var events = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("LOAD_REFERENCE_DATA")).fetch();
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.getDetail().data().contains("\"dataset\": \"NPVR\"")).hasSize(1);
        var load = events.stream().filter(e -> e.getDetail().data().contains("\"dataset\": \"Twente\"")).toList();
        assertThat(load).hasSize(1);
        assertThat(load.getFirst().getUsername()).isEqualTo("system");
        assertThat(load.getFirst().getEntityType()).isEqualTo("reference_data");
        String detail = load.getFirst().getDetail().data();
        assertThat(detail).contains("\"dataset\": \"Twente\"").contains("\"programme\": 6").contains("\"area_statistic\"");
        // The loaded rows (the first programme is Twente's) have no row records of their own.
        long first = dsl.select(PROGRAMME.ID).from(PROGRAMME).orderBy(PROGRAMME.ID).limit(1).fetchSingle().value1();
        assertThat(audit.history("programme", first, 10)).noneMatch(r -> r.action().equals("CREATE"));
    }

    // --- administrators read it --------------------------------------------------------------------------

    @Test
    void theAuditPageIsForAdministratorsOnlyAndFilters() throws Exception {
        changeFunder("RIJK", 0);
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(manager))).andExpect(status().isForbidden());

        mvc.perform(get("/admin/audit").with(user(admin)).param("user", admin.username())
                        .param("entityType", "funder").param("action", "UPDATE")
                        .param("from", LocalDate.now(Formats.ZONE).minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-table\"")))
                .andExpect(content().string(containsString("/finance/funders/" + funder + "/edit")))
                .andExpect(content().string(containsString("<del>EU</del>")))
                .andExpect(content().string(containsString("<ins>RIJK</ins>")))
                .andExpect(content().string(containsString("Categorie")));
        mvc.perform(get("/admin/audit").with(user(admin)).param("entityType", "funder").param("lang", "en"))
                .andExpect(content().string(containsString("<h1>Audit log</h1>")))
                .andExpect(content().string(containsString("Category")));
        // One record per page: the shared pager links to the next page with the same filters.
        mvc.perform(get("/admin/audit").with(user(admin)).param("entityType", "funder").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"next\"")))
                .andExpect(content().string(containsString("/admin/audit?entityType=funder&amp;page=1&amp;size=1")));
        // Another user's filter, or a period before the change, shows none of it.
        mvc.perform(get("/admin/audit").with(user(admin)).param("user", viewer.username()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/finance/funders/" + funder + "/edit"))));
        mvc.perform(get("/admin/audit").with(user(admin)).param("entityType", "funder")
                        .param("entityId", String.valueOf(funder)).param("to", LocalDate.now(Formats.ZONE).minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<ins>RIJK</ins>"))));
    }

    @Test
    void theAuditApiIsForAdministratorsOnlyFiltersAndIsDescribed() throws Exception {
        changeFunder("PRIVAAT", 0);
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").with(httpBasic(viewer.username(), FinanceFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(httpBasic(manager.username(), FinanceFixtures.PASSWORD)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/audit").with(httpBasic(admin.username(), FinanceFixtures.PASSWORD))
                        .param("user", admin.username()).param("entityType", "funder")
                        .param("entityId", String.valueOf(funder)).param("action", "update")
                        .param("from", LocalDate.now(Formats.ZONE).minusDays(1).toString())
                        .param("to", LocalDate.now(Formats.ZONE).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].actor").value(admin.username()))
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].entityId").value(funder))
                .andExpect(jsonPath("$.items[0].before.category_code").value("EU"))
                .andExpect(jsonPath("$.items[0].after.category_code").value("PRIVAAT"));
        mvc.perform(get("/api/audit").with(httpBasic(admin.username(), FinanceFixtures.PASSWORD))
                        .param("entityType", "funder").param("entityId", String.valueOf(funder))
                        .param("from", LocalDate.now(Formats.ZONE).plusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/openapi"))
                .andExpect(jsonPath("$.paths['/api/audit'].get.summary").value("List audit records"))
                .andExpect(jsonPath("$.paths['/api/audit'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("user", "entityType", "entityId", "action", "from", "to")));
    }

    @Test
    void historySectionsAreShownToAdministratorsOnlyOnTheFivePages() throws Exception {
        long project = fx.project(true, programme);
        long line = fx.line(programme, null, funder, 2025, "1000", null, null, null);
        long organisation = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, FinanceFixtures.unique("Audit org"))
                .set(ORGANISATION.KIND, org.regiomonitor.organisation.OrganisationKind.BUSINESS).returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        long voucher = new OrgVoucherTestData(dsl, users).voucher(programme, "Voucherregeling",
                SchemeKind.INNOVATION_VOUCHER, 1, new BigDecimal("5000"), null, null, true);
        Map<String, String> pages = Map.of(
                "/projects/" + project, "project",
                "/programmes/" + programme, "programme",
                "/finance/budget-lines/" + line, "budget_line",
                "/organisations/" + organisation, "organisation",
                "/vouchers/" + voucher + "/edit", "voucher_award");
        for (var page : pages.entrySet()) {
            mvc.perform(get(page.getKey()).with(user(admin))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"audit-history-title\"")))
                    .andExpect(content().string(containsString("entityType=" + page.getValue())));
            // Others see the page, not its history (the voucher form is for the programme's manager).
            UserPrincipal other = page.getKey().startsWith("/vouchers") ? manager : viewer;
            mvc.perform(get(page.getKey()).with(user(other))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("audit-history"))));
        }
        mvc.perform(get("/projects/" + project)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("audit-history"))));
        // The history shows the change: the fixture (the system) created the project.
        mvc.perform(get("/projects/" + project).with(user(admin)))
                .andExpect(content().string(containsString("<td data-label=\"Wie\">system</td>")));
    }

    @Test
    void theAuditPageAndTheHistorySectionCostABoundedNumberOfQueries() throws Exception {
        for (int i = 0; i < 6; i++) {
            changeFunder(i % 2 == 0 ? "RIJK" : "EU", i);
        }
        queries.reset();
        mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(2);

        long project = fx.project(true, programme);
        queries.reset();
        mvc.perform(get("/projects/" + project).with(user(viewer))).andExpect(status().isOk());
        int withoutHistory = queries.count();
        queries.reset();
        mvc.perform(get("/projects/" + project).with(user(admin))).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(withoutHistory + 1);
    }
}
