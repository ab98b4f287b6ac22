package org.regiomonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.report.internal.ReportDefinitions;
import org.regiomonitor.report.internal.ReportInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal (issue 9): the open-data page with its downloads under the licence, the DCAT-AP catalogue, and the
 * guarantee that unpublished work reaches no anonymous visitor by any path (pages, search, list downloads, API, results
 * totals, catalogue, report snapshots) while a logged-in user does see it where the product shows it to users.
 */
@IntegrationTest
class OpenDataTest {

    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    JsonMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    QueryCounter queries;
    @Autowired
    ReportDefinitions reports;

    OpenDataFixtures.Portal p;
    Authentication viewer;
    Authentication admin;

    @BeforeEach
    void setUp() {
        p = OpenDataFixtures.create(context);
        viewer = user(Role.VIEWER);
        admin = user(Role.ADMIN);
    }

    private Authentication user(Role role) {
        String name = role.name().toLowerCase() + p.tag();
        return TestUsers.authentication(TestUsers.principal(users.createUser(name, name, "open-data-user-1", role),
                name, role));
    }

    @Test
    void thePortalListsThePublishedDataAndItsDownloadsUnderTheLicenceWithoutAnAccount() throws Exception {
        Document page = page(get("/open-data"));
        assertThat(page.select("h1").text()).isEqualTo("Open data");
        assertThat(page.select("#od-licence-link").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(page.select("#od-licence-link").text()).isEqualTo("CC BY 4.0");
        // no publisher or contact is configured in the tests: the page names none rather than guessing
        assertThat(page.select("main dl.facts dt").eachText()).doesNotContain("Uitgever", "Contact");
        assertThat(page.select("#od-catalog").text()).isEqualTo("http://localhost/open-data/catalog.jsonld");
        assertThat(page.select("#od-table-downloads a[download]").eachAttr("href")).contains("/projects.csv",
                "/projects.csv?table=partners", "/projects.xlsx", "/organisations.csv", "/finance/budget-lines.csv",
                "/vouchers.csv", "/monitor/observations.csv", OpenDataCatalog.IATI_PATH);
        assertThat(page.select("#od-table-downloads a:not([download])").eachAttr("href")).contains("/api/projects");
        assertThat(page.select("#od-table-results a").eachAttr("href")).contains(
                "/programmes/" + p.programmeCode() + "/results", "/programmes/" + p.programmeCode() + "/results.csv");
        assertThat(page.text()).contains(p.programmeName()).doesNotContain(p.hiddenProgrammeName(), p.hiddenTitle());
        // the same for a logged-in user: open data is what is published
        assertThat(page(as(get("/open-data"), viewer)).text()).doesNotContain(p.hiddenProgrammeName());

        Document english = page(get("/open-data").param("lang", "en"));
        assertThat(english.select("#od-licence").text()).isEqualTo("Licence and reuse");
        assertThat(english.select("#od-table-results th[scope=row] a").eachText())
                .contains("Results of " + p.programmeName());
        assertThat(page(get("/open-data").param("lang", "de")).select("#od-downloads").text()).isEqualTo("Downloads");

        assertThat(page(get("/programmes")).select("footer a[href='/open-data']")).hasSize(1);
    }

    @Test
    void theCatalogueIsDcatApInJsonLdWithAbsoluteAddressesAndOnlyPublishedWork() throws Exception {
        queries.reset();
        var response = mvc.perform(get("/open-data/catalog.jsonld")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json")).andReturn().getResponse();
        assertThat(queries.count()).as("queries of the catalogue").isLessThanOrEqualTo(4);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode catalog = json.readTree(body);

        assertThat(catalog.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(languages(catalog.get("dct:title"))).containsExactly("nl", "en");
        assertThat(languages(catalog.get("dct:description"))).containsExactly("nl", "en");
        assertThat(catalog.get("dct:license").get("@id").asString())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(catalog.has("dct:publisher")).as("no publisher configured: none invented").isFalse();
        assertThat(catalog.get("dct:modified").get("@value").asString())
                .isEqualTo(audit.dataState().at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        assertThat(catalog.get("dcat:service").get(0).get("dcat:endpointDescription").get("@id").asString())
                .isEqualTo("http://localhost/api/openapi");

        List<String> datasets = new ArrayList<>();
        for (JsonNode d : catalog.get("dcat:dataset")) {
            datasets.add(d.get("@id").asString());
            assertThat(d.get("@type").asString()).isEqualTo("dcat:Dataset");
            assertThat(d.get("dct:title").isEmpty()).isFalse();
            assertThat(d.get("dct:description").isEmpty()).isFalse();
            assertThat(d.get("dcat:theme").get(0).get("@id").asString())
                    .startsWith("http://publications.europa.eu/resource/authority/data-theme/");
            assertThat(d.get("dcat:distribution").isEmpty()).as(d.get("@id").asString()).isFalse();
            for (JsonNode x : d.get("dcat:distribution")) {
                assertThat(x.get("@type").asString()).isEqualTo("dcat:Distribution");
                assertThat(x.get("dcat:accessURL").get("@id").asString()).startsWith("http://localhost/");
                assertThat(x.get("dcat:mediaType").get("@id").asString()).startsWith(IANA);
                assertThat(x.get("dct:format").get("@id").asString()).startsWith(FILE_TYPE);
                assertThat(x.get("dct:license").get("@id").asString()).startsWith("https://creativecommons.org/");
            }
        }
        assertThat(datasets).contains("http://localhost/open-data#projects", "http://localhost/open-data#iati",
                "http://localhost/open-data#results-" + p.programmeCode());
        JsonNode projects = dataset(catalog, "projects");
        assertThat(projects.get("dcat:landingPage").get("@id").asString()).isEqualTo("http://localhost/projects");
        JsonNode csv = projects.get("dcat:distribution").get(0);
        assertThat(csv.get("dcat:downloadURL").get("@id").asString()).isEqualTo("http://localhost/projects.csv");
        assertThat(csv.get("dcat:mediaType").get("@id").asString()).isEqualTo(IANA + "text/csv");
        assertThat(csv.get("dct:format").get("@id").asString()).isEqualTo(FILE_TYPE + "CSV");
        assertThat(languages(csv.get("dct:title"))).containsExactly("nl", "en");
        JsonNode results = dataset(catalog, "results-" + p.programmeCode());
        assertThat(results.get("dct:temporal").get("dcat:startDate").get("@value").asString()).isEqualTo("2024-01-01");
        assertThat(results.toString()).contains("Resultaten van " + p.programmeName(), "Results of " + p.programmeName());

        assertThat(body).doesNotContain(p.hiddenProgrammeName(), p.hiddenProgrammeCode(), p.hiddenTitle());
        assertThat(mvc.perform(as(get("/open-data/catalog.jsonld"), viewer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(p.hiddenProgrammeName());
    }

    @Test
    void anUnpublishedProjectAndItsResultReachNoAnonymousVisitorByAnyPathButDoReachLoggedInUsers() throws Exception {
        String hiddenProject = "/projects/" + p.hiddenProject();
        // pages: not found by its address, nor its results or money
        for (String path : List.of(hiddenProject, hiddenProject + "/results", hiddenProject + "/finance",
                "/api/projects/" + p.hiddenProject(), "/api/projects/" + p.hiddenProject() + "/results",
                "/api/results/" + p.hiddenResult(), "/api/indicators/" + p.hiddenIndicator(),
                "/api/indicators/" + p.hiddenIndicator() + "/updates", "/programmes/" + p.hiddenProgrammeCode(),
                "/api/programmes/" + p.hiddenProgramme())) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(as(get(hiddenProject), viewer)).andExpect(status().isOk());
        assertThat(text(as(get(hiddenProject + "/results"), viewer))).contains(p.hiddenIndicatorTitle());

        // pages that list the programme's work, search, the list downloads, the API lists, results and their totals
        List<String> anonymous = List.of(
                "/projects?q=" + p.tag(), "/programmes/" + p.programmeCode(),
                "/programmes/" + p.programmeCode() + "/results", "/programmes/" + p.programmeCode() + "/finance",
                "/search?q=" + p.tag(), "/api/search?q=" + p.tag(),
                "/projects.csv?q=" + p.tag(), "/projects.csv?table=partners&q=" + p.tag(), "/api/projects.csv?q=" + p.tag(),
                "/finance/budget-lines.csv?programme=" + p.programme() + "&includeProjects=true",
                "/programmes/" + p.programmeCode() + "/results.csv",
                "/programmes/" + p.programmeCode() + "/results.csv?table=totals",
                "/api/projects?q=" + p.tag(), "/api/projects?programme=" + p.programme(),
                "/api/programmes/" + p.programme() + "/roll-ups", "/api/roll-ups?from=2024-01-01&to=2024-12-31&programme=" + p.programme(),
                "/open-data", "/open-data/catalog.jsonld");
        for (String path : anonymous) {
            String body = text(get(path));
            assertThat(body).as(path).doesNotContain(p.hiddenTitle(), p.hiddenResultTitle(), p.hiddenIndicatorTitle(),
                    p.hiddenValue(), p.leakedTotal(), "988.888");
        }
        // ... where the published project is there
        for (String path : List.of("/projects?q=" + p.tag(), "/search?q=" + p.tag(), "/api/search?q=" + p.tag(),
                "/projects.csv?q=" + p.tag(), "/api/projects?q=" + p.tag())) {
            assertThat(text(get(path))).as(path).contains(p.visibleTitle());
        }
        assertThat(text(get("/programmes/" + p.programmeCode() + "/results.csv"))).contains(p.visibleIndicator());
        assertThat(text(get("/api/programmes/" + p.programme() + "/roll-ups"))).contains("1234");

        // a logged-in user finds it by search, in the downloads and the API
        for (String path : List.of("/search?q=" + p.tag(), "/api/search?q=" + p.tag(), "/projects.csv?q=" + p.tag(),
                "/api/projects?q=" + p.tag(), "/programmes/" + p.programmeCode() + "/results.csv")) {
            assertThat(text(as(get(path), viewer))).as(path).contains(
                    path.contains("results") ? p.hiddenIndicatorTitle() : p.hiddenTitle());
        }
    }

    @Test
    void aPublishedReportShowsNoUnpublishedWorkAndTheCatalogueListsIt() throws Exception {
        long report = reports.create(new ReportInput("Voortgang " + p.tag(), "2024", List.of(p.programme(),
                p.hiddenProgramme()), null, "Voorwoord.", "Vooruitblik.", "Conclusie.", null, null), "tester");
        String location = mvc.perform(as(post("/reports/" + report + "/publish"), admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long snapshot = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        byte[] pdf = mvc.perform(get("/reports/snapshots/" + snapshot + "/file")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(p.visibleTitle()).doesNotContain(p.hiddenTitle(), p.hiddenProgrammeName(),
                p.hiddenIndicatorTitle());

        JsonNode entry = dataset(json.readTree(text(get("/open-data/catalog.jsonld"))), "report-" + snapshot);
        assertThat(entry.get("dct:title").get(0).get("@value").asString()).isEqualTo("Voortgang " + p.tag());
        assertThat(entry.get("dct:title").get(0).get("@language").asString()).isEqualTo("nl");
        assertThat(entry.get("dcat:distribution").get(0).get("dcat:downloadURL").get("@id").asString())
                .isEqualTo("http://localhost/reports/snapshots/" + snapshot + "/file");
        assertThat(entry.get("dcat:distribution").get(0).get("dcat:mediaType").get("@id").asString())
                .isEqualTo(IANA + "application/pdf");
        assertThat(page(get("/open-data")).select("#od-table-reports a").eachAttr("href"))
                .contains("/reports/snapshots/" + snapshot, "/reports/snapshots/" + snapshot + "/file");
    }

    @Test
    void aPublishedProjectOrInvestmentDoesNotNameAnUnpublishedProgramme() throws Exception {
        // a published project of an unpublished programme: its money page leaves the programme out
        String finance = "/projects/" + p.projectInHiddenProgramme() + "/finance";
        assertThat(text(get(finance))).doesNotContain(p.hiddenProgrammeName(), p.hiddenProgrammeCode());
        assertThat(text(as(get(finance), viewer))).contains(p.hiddenProgrammeName());

        // an investment mobilised by a published programme, linked to an unpublished one
        for (String path : List.of("/programmes/" + p.programmeCode() + "/finance",
                "/api/mobilised-investments?programme=" + p.programme())) {
            String body = text(get(path));
            assertThat(body).as(path).contains("Gemobiliseerd " + p.tag()).doesNotContain(p.hiddenProgrammeName(),
                    "/programmes/" + p.hiddenProgramme() + "/", "\"linkedProgrammeId\":" + p.hiddenProgramme());
            assertThat(text(as(get(path), viewer))).as(path).contains(p.hiddenProgrammeName());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Authentication user) {
        return request.with(authentication(user));
    }

    /**
     * The body as text; of a page its text and its links' addresses, so that a title split by highlighting
     * ({@code <mark>}) is still found, in a page and in the search API alike.
     */
    private String text(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
            return body.replaceAll("</?mark>", ""); // the search API's highlighted titles
        }
        Document page = Jsoup.parse(body);
        return page.text() + " " + String.join(" ", page.select("a[href]").eachAttr("href"));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> languages(JsonNode texts) {
        List<String> result = new ArrayList<>();
        texts.forEach(t -> result.add(t.get("@language").asString()));
        return result;
    }

    private static JsonNode dataset(JsonNode catalog, String key) {
        for (JsonNode d : catalog.get("dcat:dataset")) {
            if (d.get("@id").asString().endsWith("#" + key)) {
                return d;
            }
        }
        throw new AssertionError("no dataset " + key);
    }
}
