package org.regiomonitor.referencedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.referencedata.internal.SourceCatalog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The sources page, the admin page and the admin API, per role. */
@IntegrationTest
class ReferenceDataWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    QueryCounter queries;

    @Autowired
    SourceCatalog catalog;

    @Autowired
    DSLContext dsl;

    private record Account(String username, String password, RequestPostProcessor session) {
    }

    private Account account(Role role) {
        String name = "refdata-" + role.name().toLowerCase() + "-" + UUID.randomUUID();
        String password = "pw-" + UUID.randomUUID();
        long id = users.createUser(name, name, password, role);
        return new Account(name, password, user(TestUsers.principal(id, name, role)));
    }

    @Test
    void theSourcesPageListsEverySourceWithLicenceAndUseForAnyone() throws Exception {
        queries.reset();
        mvc.perform(get("/sources"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voortgang Agenda voor Twente 2024")))
                .andExpect(content().string(containsString("Impact van Regio Deal I")))
                .andExpect(content().string(containsString("NPVR-PLAN-2026")))
                .andExpect(content().string(containsString("CC BY 4.0")))
                .andExpect(content().string(containsString("Datenlizenz Deutschland")))
                .andExpect(content().string(containsString("28-05-2025")))
                // 342 municipalities x 6 statistics cite the CBS table: more than the cap of 1,000
                .andExpect(content().string(containsString("Statistieken: meer dan 1.000")));
        assertThat(queries.count()).isLessThanOrEqualTo(3);
    }

    @Test
    void theSourcesPageHasAnEntryWithTitlePublisherDateAndLinkForEverySource() throws Exception {
        String html = mvc.perform(get("/sources")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // every source in the database, the reference documents and datasets and any other, has its anchor
        dsl.select(SOURCE.CODE, SOURCE.TITLE).from(SOURCE).forEach(r -> {
            assertThat(html).contains("id=\"" + HtmlUtils.htmlEscape(r.value1(), "UTF-8") + "\"");
            assertThat(html).contains(HtmlUtils.htmlEscape(r.value2(), "UTF-8"));
        });
        String bkg = entry(html, "BKG-VG5000-2021");
        assertThat(bkg).contains("Bundesamt für Kartographie und Geodäsie (BKG)", "href=\"http://www.bkg.bund.de\"");
        // the documents give no public address of themselves: the entry says so instead of inventing one
        String progress = entry(html, "AVT-VOORTGANG-2024");
        assertThat(progress).contains("Voortgang Agenda voor Twente 2024", "Twente Board", "28-05-2025",
                "De bronnen geven geen openbaar adres van dit document.").doesNotContain("href=");
    }

    @Test
    void aSourceWithoutAPublicAddressLinksToItsEntryAndNamesTheSection() throws Exception {
        var programme = dsl.select(PROGRAMME.ID, SOURCE.CODE, SOURCE.TITLE, PROGRAMME.SOURCE_LOCATOR)
                .from(PROGRAMME).join(SOURCE).on(SOURCE.ID.eq(PROGRAMME.SOURCE_ID))
                .where(PROGRAMME.CODE.eq("AVT-2023")).fetchSingle();
        assertThat(programme.value4()).isNotBlank();
        String html = mvc.perform(get("/programmes/" + programme.value1())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"/sources#" + programme.value2() + "\">"
                + HtmlUtils.htmlEscape(programme.value3() + ", " + programme.value4(), "UTF-8") + "</a>");
    }

    @Test
    void aSourceWithAPublicAddressLinksToIt() throws Exception {
        String code = "SRC-" + UUID.randomUUID();
        long source = dsl.insertInto(SOURCE).set(SOURCE.CODE, code).set(SOURCE.TITLE, "Openbare bron")
                .set(SOURCE.URL, "https://example.org/openbaar").set(SOURCE.KIND, SourceKind.DOCUMENT)
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        long org = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Org " + code).set(ORGANISATION.KIND,
                        OrganisationKind.BUSINESS).set(ORGANISATION.PUBLISHED, true).set(ORGANISATION.SOURCE_ID, source)
                .set(ORGANISATION.SOURCE_LOCATOR, "Bijlage 2").returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        mvc.perform(get("/organisations/" + org)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"https://example.org/openbaar\" rel=\"external\">Openbare bron, Bijlage 2</a>")));
    }

    /** The sources page's entry of one source: from its anchor to the next entry. */
    private static String entry(String html, String code) {
        int at = html.indexOf("id=\"" + code + "\"");
        assertThat(at).isPositive();
        int end = html.indexOf("</li>", at);
        return html.substring(at, end);
    }

    @Test
    void theSourcesPageCountsOnlyRecordsTheViewerMaySee() {
        String code = "SRC-" + UUID.randomUUID();
        long source = dsl.insertInto(SOURCE).set(SOURCE.CODE, code).set(SOURCE.TITLE, "Verborgen bron")
                .set(SOURCE.KIND, SourceKind.DOCUMENT).returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Org " + code).set(ORGANISATION.KIND,
                OrganisationKind.BUSINESS).set(ORGANISATION.PUBLISHED, false).set(ORGANISATION.SOURCE_ID, source)
                .execute();

        assertThat(catalog.all(false)).filteredOn(s -> s.code().equals(code)).singleElement()
                .satisfies(s -> assertThat(s.records()).isEqualTo(new SourceCatalog.Citations(0, false)));
        assertThat(catalog.all(true)).filteredOn(s -> s.code().equals(code)).singleElement()
                .satisfies(s -> assertThat(s.records()).isEqualTo(new SourceCatalog.Citations(1, false)));
    }

    @Test
    @Transactional
    void aSourceCitedMoreOftenThanTheCapSaysMoreThanAndBelowItTheExactCount() throws Exception {
        // the cap's worth of published organisations and one hidden: over the cap only for a signed-in viewer
        String code = "SRC-" + UUID.randomUUID();
        long source = dsl.insertInto(SOURCE).set(SOURCE.CODE, code).set(SOURCE.TITLE, "Veel geciteerde bron")
                .set(SOURCE.KIND, SourceKind.DOCUMENT).returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        int cap = catalog.cap();
        dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.PUBLISHED,
                        ORGANISATION.SOURCE_ID)
                .select(select(concat(inline(code + " org "), field("g", String.class)),
                        inline(OrganisationKind.BUSINESS, ORGANISATION.KIND), field(field("g", Integer.class).le(cap)),
                        inline(source, ORGANISATION.SOURCE_ID))
                        .from(generateSeries(1, cap + 1).as("s", "g")))
                .execute();
        // a request inside this test's transaction: the anonymous page cache stays out of it

        String anonymous = entry(mvc.perform(get("/sources")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), code);
        assertThat(anonymous).contains("Records: 1.000<").doesNotContain("meer dan");
        RequestPostProcessor viewer = account(Role.VIEWER).session();
        String signedIn = entry(mvc.perform(get("/sources").with(viewer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), code);
        assertThat(signedIn).contains("Records: meer dan 1.000<", "Statistieken: 0<");
        String english = mvc.perform(get("/sources").param("lang", "en").with(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(entry(english, code)).contains("Records: more than 1,000<");
        assertThat(english).contains("Per source and kind the page counts up to 1,000");
    }

    @Test
    void theSourcesPageSpeaksEnglishAndGerman() throws Exception {
        mvc.perform(get("/sources").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Financial figures")));
        mvc.perform(get("/sources").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finanzzahlen")));
    }

    @Test
    void theAdminPageShowsTheLoadedStateAndCountsToAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/reference-data").with(account(Role.ADMIN).session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De referentiedataset Twente is geladen")))
                .andExpect(content().string(containsString("area_statistic")))
                .andExpect(content().string(containsString("budget_revision")));
        mvc.perform(get("/admin/reference-data").with(account(Role.PROGRAMME_MANAGER).session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/reference-data"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void loadingAgainFromTheAdminPageIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/admin/reference-data/load").with(account(Role.ADMIN).session()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/reference-data"))
                .andExpect(flash().attribute("refused", containsString("already loaded")));
        mvc.perform(post("/admin/reference-data/load").with(account(Role.VIEWER).session()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesASecondLoadWithConflictAndChecksRights() throws Exception {
        Account admin = account(Role.ADMIN);
        mvc.perform(post("/api/admin/reference-data/load").with(httpBasic(admin.username(), admin.password())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Reference data already loaded"))
                .andExpect(jsonPath("$.detail", containsString("nothing was written")));
        mvc.perform(get("/api/admin/reference-data").with(httpBasic(admin.username(), admin.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loaded").value(true))
                .andExpect(jsonPath("$.tableRows.programme").isNumber());

        Account viewer = account(Role.VIEWER);
        mvc.perform(post("/api/admin/reference-data/load").with(httpBasic(viewer.username(), viewer.password())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/reference-data").with(httpBasic(viewer.username(), viewer.password())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/reference-data/load"))
                .andExpect(status().isUnauthorized());
    }
}
