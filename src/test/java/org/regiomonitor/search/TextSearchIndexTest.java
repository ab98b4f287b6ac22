package org.regiomonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The text filters and the site search are answered from the indexes of V30: with thousands of rows PostgreSQL plans
 * the statements the requests really run (recorded, bind values inlined) with the trigram and full-text indexes,
 * not by reading the tables. The rows are added in a transaction that is rolled back, so other tests never see them.
 */
@IntegrationTest
class TextSearchIndexTest {

    private static final int ROWS = 6000;
    private static final String SEQ_SCAN_PROJECT = "Seq Scan on project(?!_)";
    private static final String SEQ_SCAN_ORGANISATION = "Seq Scan on organisation(?!_)";

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    QueryCounter queries;

    @Test
    void filtersAndSiteSearchUseTheIndexes() {
        String tag = OrgVoucherTestData.word();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            manyRows(tag);

            assertThat(plans(get("/api/projects").param("q", tag), 1)).allSatisfy(plan -> assertThat(plan)
                    .contains("project_title_trgm_idx", "project_summary_trgm_idx").doesNotContainPattern(SEQ_SCAN_PROJECT));
            assertThat(plans(get("/api/organisations").param("q", tag), 1)).allSatisfy(plan -> assertThat(plan)
                    .contains("organisation_name_trgm_idx", "organisation_description_trgm_idx")
                    .doesNotContainPattern(SEQ_SCAN_ORGANISATION));
            assertThat(plans(get("/api/funders").param("q", tag), 1)).allSatisfy(plan -> assertThat(plan)
                    .contains("funder_name_trgm_idx").doesNotContainPattern("Seq Scan on funder(?!_)"));

            List<String> search = plans(get("/api/search").param("q", tag), 1);
            assertThat(search).anySatisfy(plan -> assertThat(plan)
                    .contains("project_search_idx", "project_title_trgm_idx").doesNotContainPattern(SEQ_SCAN_PROJECT));
            assertThat(search).anySatisfy(plan -> assertThat(plan)
                    .contains("organisation_search_idx", "organisation_name_trgm_idx")
                    .doesNotContainPattern(SEQ_SCAN_ORGANISATION));
        });
    }

    @Test
    void theProjectListReadsItsFirstPageInTitleOrder() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            manyRows(OrgVoucherTestData.word());
            // the list and the programme, theme and area excerpts sort by title (V41), not every project
            for (var request : List.of(get("/projects"), get("/api/projects"))) {
                assertThat(plans(request, 1, sql -> sql.contains("order by lower(\"project\".\"title\")")))
                        .allSatisfy(plan -> assertThat(plan).contains("project_title_order_idx")
                                .doesNotContainPattern("Sort Key: lower"));
            }
        });
    }

    @Test
    void theSearchedChoicesOfFormsUseTheIndexes() {
        String tag = OrgVoucherTestData.word();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            manyRows(tag);
            assertThat(plans(get("/choices/projects").param("q", tag).param("name", "projectIds"), 1))
                    .allSatisfy(plan -> assertThat(plan).contains("project_title_trgm_idx")
                            .doesNotContainPattern(SEQ_SCAN_PROJECT));
            assertThat(plans(get("/choices/organisations").param("q", tag).param("name", "leadOrganisationId"), 1))
                    .allSatisfy(plan -> assertThat(plan).contains("organisation_name_trgm_idx")
                            .doesNotContainPattern(SEQ_SCAN_ORGANISATION));
        });
    }

    /** Thousands of projects, organisations and funders; one of each has {@code tag} (the audit trail is skipped). */
    private void manyRows(String tag) {
        dsl.execute("set local regiomonitor.audit_summary = 'on'");
        String words = "(array['energie', 'zorg', 'talent', 'wonen', 'cultuur'])[1 + i % 5]";
        dsl.execute("insert into project (title, summary, status, published) select 'Indextest ' || i || ' ' || "
                + words + ", 'Over ' || " + words + " || ' in de regio', 'RUNNING', true "
                + "from generate_series(1, " + ROWS + ") i");
        dsl.execute("insert into organisation (name, kind, description) select 'Indextest organisatie ' || i, "
                + "'BUSINESS', 'Werkt aan ' || " + words + " from generate_series(1, " + ROWS + ") i");
        dsl.execute("insert into funder (name, category_code) select 'Indextest fonds ' || i, 'PROVINCIE' "
                + "from generate_series(1, " + ROWS + ") i");
        dsl.execute("update project set title = title || ' " + tag + "' where title = 'Indextest 7 talent'");
        dsl.execute("update organisation set name = name || ' " + tag + "' where name = 'Indextest organisatie 7'");
        dsl.execute("update funder set name = name || ' " + tag + "' where name = 'Indextest fonds 7'");
        dsl.execute("analyze project, organisation, funder");
    }

    /** The plans of the request's statements that search text; at least {@code atLeast} of them. */
    private List<String> plans(MockHttpServletRequestBuilder request, int atLeast) {
        return plans(request, atLeast, sql -> sql.contains("search_fold(") || sql.contains("to_tsvector("));
    }

    /** The plans of the request's statements that {@code which} selects; at least {@code atLeast} of them. */
    private List<String> plans(MockHttpServletRequestBuilder request, int atLeast,
            java.util.function.Predicate<String> which) {
        queries.record();
        try {
            mvc.perform(request).andExpect(status().isOk());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<String> plans = queries.recorded().stream()
                .filter(which)
                .map(sql -> String.join("\n", dsl.fetch("explain " + sql).getValues(0, String.class)))
                .toList();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(atLeast);
        return plans;
    }
}
