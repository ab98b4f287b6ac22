package org.regiomonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.AUDIT_EVENT;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.REPORT_SNAPSHOT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.finance.FinanceFixtures;
import org.regiomonitor.report.internal.ReportDefinitions;
import org.regiomonitor.report.internal.ReportInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The progress report (issue 9): made from the reference data as HTML and PDF, the PDF both PDF/A-2b and PDF/UA-1;
 * its money equal to the finance page's and its results to the results page's; a published snapshot byte-identical
 * after the data moved on, unchangeable, deleted only by an administrator and then audited.
 */
@IntegrationTest
class ReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    org.regiomonitor.support.QueryCounter queries;
    @Autowired
    UserAdministration users;
    @Autowired
    ReportDefinitions definitions;

    FinanceFixtures fx;
    Authentication admin;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        admin = TestUsers.authentication(fx.user(Role.ADMIN, null, null));
    }

    private long programme(String code) {
        return dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq(code)).fetchSingle(PROGRAMME.ID);
    }

    private long report(String title, String period, List<Long> programmes, String set) {
        return definitions.create(new ReportInput(title, period, programmes, set, "Wat hebben we mooie stappen gezet.\n\nTweede alinea.",
                "Volgend jaar meer.", "Het gaat goed.", null, null), "tester");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Authentication user) {
        return request.with(authentication(user));
    }

    private Document html(String url, Authentication user) throws Exception {
        return Jsoup.parse(mvc.perform(as(get(url), user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private byte[] bytes(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void regioDealTwenteIAsHtmlAndAsPdfThatIsPdfAAndPdfUa() throws Exception {
        long id = report("Investeren in Twente", "2024", List.of(programme("RDT-1")), "NPVR_MONITOR");

        Document html = html("/reports/" + id + "/html", admin);
        assertThat(html.select("html").attr("lang")).isEqualTo("nl");
        assertThat(html.select("h2").eachText()).contains("Voorwoord", "Inleiding", "Voortgang per thema",
                "Financiële voortgang", "Resultaten", "Signalering", "Vooruitblik", "Conclusie", "Colofon");
        assertThat(html.select("#foreword p").eachText()).containsExactly("Wat hebben we mooie stappen gezet.",
                "Tweede alinea.");
        assertThat(html.select("#progress .project").size()).isGreaterThan(10);
        assertThat(html.select("#colophon .checksum").text()).matches("[0-9a-f]{64}");
        assertThat(html.select("#finance svg").attr("alt")).startsWith("Staafdiagram");

        byte[] pdf = bytes(as(get("/reports/" + id + "/pdf"), admin));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/report-rdt-1.html"), html.outerHtml());
        Files.write(Path.of("target/report-rdt-1.pdf"), pdf);
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Investeren in Twente");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Regio Deal Twente I", "Financiële voortgang", "Colofon");
        }
    }

    @Test
    void theMoneyIsTheFinancePagesAndTheResultsAreTheResultsPages() throws Exception {
        long id = report("Regio Deal in cijfers", "2030", List.of(programme("RDT-1")), null);
        Document report = html("/reports/" + id + "/html", admin);
        Document finance = html("/programmes/RDT-1/finance", admin);
        Document results = html("/programmes/RDT-1/results", admin);

        List<String> pageMoney = rows(finance.selectFirst("table.finance-categories"), 4);
        assertThat(pageMoney).hasSizeGreaterThan(3);
        assertThat(rows(report.selectFirst("#finance table.finance-categories"), 4)).isEqualTo(pageMoney);
        assertThat(report.select("#finance table.finance-categories tfoot td").eachText().subList(0, 4))
                .isEqualTo(finance.select("table.finance-categories tfoot td").eachText().subList(0, 4));

        // and the dashboard's row of the programme (exact amounts in its cells' data-value)
        Document dashboard = Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        Element programmeRow = dashboard.select("#table-programmes tbody tr").stream()
                .filter(tr -> tr.selectFirst("a").text().equals("Regio Deal Twente I")).findFirst().orElseThrow();
        List<String> dashboardAmounts = programmeRow.select("td").subList(4, 7).stream()
                .map(td -> td.attr("data-value"))
                .map(v -> v.isEmpty() ? "–"
                        : new java.math.BigDecimal(v).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString())
                .toList();
        List<String> reportAmounts = report.select("#finance table.kpis-table tbody td").eachText().subList(0, 3)
                .stream().map(t -> t.equals("–") ? t : t.replaceAll("[^0-9]", "")).toList();
        assertThat(reportAmounts).isEqualTo(dashboardAmounts);

        Element pageTotals = results.selectFirst("#results-rollup");
        Element reportTotals = report.selectFirst("#results table.results-totals");
        assertThat(pageTotals).isNotNull();
        assertThat(reportTotals).isNotNull();
        List<String> periods = reportTotals.select("thead th").eachText();
        assertThat(periods.subList(1, periods.size() - 1)).isEqualTo(pageTotals.select("thead th").eachText()
                .subList(1, periods.size() - 1));
        int columns = periods.size() - 2;
        for (int row = 0; row < pageTotals.select("tbody tr").size(); row++) {
            var pageCells = pageTotals.select("tbody tr").get(row).select("td").eachText().subList(0, columns);
            var reportCells = reportTotals.select("tbody tr").get(row).select("td").eachText().subList(0, columns);
            assertThat(reportCells).as("row %d", row).isEqualTo(pageCells);
        }
    }

    /** The row header and the first cells of every body row, as text. */
    private static List<String> rows(Element table, int cells) {
        return table.select("tbody tr").stream().map(tr -> tr.selectFirst("th").text() + " | "
                + String.join(" | ", tr.select("td").eachText().subList(0, cells))).toList();
    }

    @Test
    void aSnapshotStaysByteIdenticalAfterTheDataMovedOnAndOnlyAnAdministratorDeletesIt() throws Exception {
        long programme = fx.programme(2020, 2024, "8.50", true);
        long rijk = fx.funder("RIJK");
        fx.line(programme, null, rijk, 2024, "1000000", "500000", null, null);
        UserPrincipal manager = fx.user(Role.PROGRAMME_MANAGER, programme, null);
        long id = report("Snapshot", "2024-H1", List.of(programme), null);

        String location = mvc.perform(as(post("/reports/" + id + "/publish"), TestUsers.authentication(manager))
                        .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long snapshot = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        byte[] published = bytes(get("/reports/snapshots/" + snapshot + "/file"));
        assertThat(PdfConformance.failures(published, PDFAFlavour.PDFA_2_B)).isEmpty();
        Document page = Jsoup.parse(mvc.perform(get("/reports/snapshots/" + snapshot)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String sha = org.regiomonitor.report.internal.ReportDocuments.sha256(published);
        assertThat(page.select("code.checksum").text()).isEqualTo(sha);

        String before = html("/reports/" + id + "/html", admin).select("#colophon .checksum").text();
        fx.line(programme, null, fx.funder("PROVINCIE"), 2024, "250000", null, null, null);
        String after = html("/reports/" + id + "/html", admin).select("#colophon .checksum").text();
        assertThat(after).as("the content checksum follows the data").isNotEqualTo(before);
        assertThat(html("/reports/" + id + "/html", admin).select("#finance tfoot").text()).contains("1.250.000");

        assertThat(bytes(get("/reports/snapshots/" + snapshot + "/file"))).isEqualTo(published);

        assertThatThrownBy(() -> dsl.update(REPORT_SNAPSHOT).set(REPORT_SNAPSHOT.TITLE, "changed")
                .where(REPORT_SNAPSHOT.ID.eq(snapshot)).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(REPORT_SNAPSHOT).where(REPORT_SNAPSHOT.ID.eq(snapshot)).execute())
                .isInstanceOf(DataAccessException.class);
        mvc.perform(as(post("/reports/snapshots/" + snapshot + "/delete"), TestUsers.authentication(manager))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(bytes(get("/reports/snapshots/" + snapshot + "/file"))).isEqualTo(published);

        mvc.perform(as(post("/reports/snapshots/" + snapshot + "/delete"), admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/snapshots/" + snapshot + "/file")).andExpect(status().isNotFound());
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("report_snapshot")
                .and(AUDIT_EVENT.ENTITY_ID.eq(snapshot)).and(AUDIT_EVENT.ACTION.eq("DELETE")))).isTrue();
    }

    @Test
    void definitionsAreForLoggedInUsersAndBadInputIsRefusedBesideItsField() throws Exception {
        long id = report("Intern", "2024", List.of(programme("RDT-1")), null);
        mvc.perform(get("/reports/" + id + "/pdf")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(as(post("/reports"), admin).with(csrf()).param("title", "").param("period", "2024-H3"))
                .andExpect(status().isBadRequest());
        String form = mvc.perform(as(get("/reports/new").param("lang", "en"), admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("#indicatorSetCode option[value=NPVR_MONITOR]").text())
                .isEqualTo("NPVR monitoring");
        int before = definitions.all().size();
        String body = mvc.perform(as(post("/reports"), admin).with(csrf()).param("title", "X").param("period", "2024-H3")
                .param("programmeIds", String.valueOf(programme("RDT-1")))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Geef een jaar (2024) of een halfjaar");
        assertThat(definitions.all()).hasSize(before);
        UserPrincipal viewer = fx.user(Role.VIEWER, null, null);
        mvc.perform(as(post("/reports/" + id + "/publish"), TestUsers.authentication(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void councilEditionsCarryTheLetterAsGivenAndWhatReachedTheMunicipalityAndAllArePublishedInTheBackground()
            throws Exception {
        long id = report("Investeren in Twente", "2020-H1", List.of(programme("AVT-2018"), programme("RDT-1")),
                "NPVR_MONITOR");
        // a budget line that reaches Almelo (the reference data's lines are the programmes')
        long project = fx.project(true);
        fx.projectReaches(project, "GM0141");
        fx.line(null, project, fx.funder("RIJK"), 2020, "40000", null, null, fx.source("Testbron raadseditie"));
        Document almelo = html("/reports/" + id + "/councils/GM0141/html", admin);
        Files.writeString(Path.of("target/report-council-almelo.html"), almelo.outerHtml());
        assertThat(almelo.select("#letter h1").text()).isEqualTo("Aan de gemeenteraad van Almelo");
        assertThat(almelo.select("#letter").text()).contains("“Investeren in Twente”", "eerste halfjaar 2020",
                "Agenda voor Twente 2018-2022, Regio Deal Twente I", "in Almelo hebben bereikt",
                "(in te vullen)", "(ondertekening in te vullen)");
        assertThat(almelo.select("#municipality h2").eachText()).contains("Wat Almelo bereikte");
        assertThat(almelo.select("#municipality figure svg").attr("alt"))
                .isEqualTo("Kaart van de gemeenten van Twente met Almelo donker gemarkeerd.");
        assertThat(almelo.select("#municipality figure svg path").size()).isEqualTo(14);
        // what reached Almelo is the municipality page's own part, published work only
        Document anonymousPage = Jsoup.parse(mvc.perform(get("/areas/GM0141")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(almelo.select("#municipality #projects-table tbody tr").eachText())
                .isEqualTo(anonymousPage.select("#projects-table tbody tr").eachText())
                .isNotEmpty();
        // the budget lines the page keeps behind a link are inline in the document: the first page of them
        Document moneyLines = Jsoup.parse(mvc.perform(get("/areas/GM0141/money-lines")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(almelo.select("#municipality #money-lines-table tbody tr").eachText())
                .isEqualTo(moneyLines.select("#money-lines-table tbody tr").eachText())
                .anySatisfy(line -> assertThat(line).contains("40.000", "Testbron raadseditie"));
        assertThat(almelo.select("#municipality a[href*=money-lines]")).isEmpty();

        var council = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/reports/" + id + "/councils/GM0141");
        mvc.perform(as(council, admin).with(csrf()).param("letterDate", "2020-05-11")
                .param("signatories", "de secretaris, F.W. van Ardenne\nde burgemeester, A.J. Gerritsen")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(as(council, admin).with(csrf()).param("letterDate", "2020-05-12").param("signatories", "x")
                .param("version", "0")).andExpect(status().isConflict());
        almelo = html("/reports/" + id + "/councils/GM0141/html", admin);
        assertThat(almelo.select("#letter .signatories li").eachText())
                .containsExactly("de secretaris, F.W. van Ardenne", "de burgemeester, A.J. Gerritsen");
        assertThat(almelo.select("#letter .letter-date").text()).contains("11-05-2020");

        byte[] pdf = bytes(as(get("/reports/" + id + "/councils/GM0141/pdf"), admin));
        Files.write(Path.of("target/report-council-almelo.pdf"), pdf);
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();

        mvc.perform(as(post("/reports/" + id + "/councils/publish"), admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long deadline = System.currentTimeMillis() + 120_000;
        while (dsl.fetchExists(org.regiomonitor.db.Tables.REPORT_JOB, org.regiomonitor.db.Tables.REPORT_JOB.REPORT_ID
                .eq(id).and(org.regiomonitor.db.Tables.REPORT_JOB.STATUS.eq(org.regiomonitor.report.JobStatus.RUNNING)))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        var job = dsl.selectFrom(org.regiomonitor.db.Tables.REPORT_JOB)
                .where(org.regiomonitor.db.Tables.REPORT_JOB.REPORT_ID.eq(id)).fetchSingle();
        assertThat(job.getStatus()).isEqualTo(org.regiomonitor.report.JobStatus.DONE);
        assertThat(job.getDone()).isEqualTo(14).isEqualTo(job.getTotal());
        assertThat(job.getHeartbeatAt()).as("a heartbeat with each edition").isAfter(job.getStartedAt());
        assertThat(dsl.fetchCount(REPORT_SNAPSHOT, REPORT_SNAPSHOT.REPORT_ID.eq(id)
                .and(REPORT_SNAPSHOT.AREA_ID.isNotNull()))).isEqualTo(14);
        assertThat(html("/reports/" + id + "/councils", admin).select("#jobs").text()).contains("14 van 14 klaar");
    }

    /**
     * A job whose instance stopped or died stops beating; any instance that lists the jobs marks it interrupted (and
     * stops polling for it), while a job that still beats stays running.
     */
    @Test
    void aJobWhoseInstanceStoppedIsShownInterrupted() throws Exception {
        long id = report("Afgebroken", "2024", List.of(programme("RDT-1")), null);
        var jobs = org.regiomonitor.db.Tables.REPORT_JOB;
        java.time.Instant now = java.time.Instant.now();
        long cutOff = job(id, JobStatus.RUNNING, now.minus(java.time.Duration.ofMinutes(11)));
        long live = job(id, JobStatus.RUNNING, now.minus(java.time.Duration.ofMinutes(9)));
        long done = job(id, JobStatus.DONE, now.minus(java.time.Duration.ofHours(1)));

        Element list = html("/reports/" + id + "/councils", admin).selectFirst("#jobs");
        assertThat(list.select("li").eachText()).satisfiesExactly(
                d -> assertThat(d).startsWith("Klaar"),
                l -> assertThat(l).startsWith("Bezig"),
                c -> assertThat(c).startsWith("Afgebroken: de server die het maakte, is gestopt: 3 van 14 klaar"));
        assertThat(list.attr("hx-get")).as("still polled for the live job").isNotEmpty();
        var cut = dsl.selectFrom(jobs).where(jobs.ID.eq(cutOff)).fetchSingle();
        assertThat(cut.getStatus()).isEqualTo(JobStatus.INTERRUPTED);
        assertThat(cut.getFinishedAt()).isNotNull();
        assertThat(dsl.select(jobs.STATUS).from(jobs).where(jobs.ID.in(live, done)).orderBy(jobs.ID).fetch(jobs.STATUS))
                .containsExactly(JobStatus.RUNNING, JobStatus.DONE);
    }

    private long job(long reportId, JobStatus status, java.time.Instant heartbeat) {
        var jobs = org.regiomonitor.db.Tables.REPORT_JOB;
        return dsl.insertInto(jobs).set(jobs.REPORT_ID, reportId).set(jobs.KIND, "COUNCIL_EDITIONS")
                .set(jobs.LANGUAGE, "nl").set(jobs.TOTAL, 14).set(jobs.DONE, 3).set(jobs.STATUS, status)
                .set(jobs.STARTED_BY, "tester").set(jobs.HEARTBEAT_AT, heartbeat)
                .returning(jobs.ID).fetchSingle(jobs.ID);
    }

    @Test
    void theImpactOverviewGivesEveryPublishedProjectAPageAndIsPublic() throws Exception {
        Document html = Jsoup.parse(mvc.perform(get("/programmes/RDT-1/impact")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(html.select("h1").text()).isEqualTo("Impact van Regio Deal Twente I");
        var projects = html.select("section.impact-project");
        int published = dsl.fetchCount(org.regiomonitor.db.Tables.PROJECT_PROGRAMME
                .join(org.regiomonitor.db.Tables.PROJECT).on(org.regiomonitor.db.Tables.PROJECT.ID
                        .eq(org.regiomonitor.db.Tables.PROJECT_PROGRAMME.PROJECT_ID)),
                org.regiomonitor.db.Tables.PROJECT_PROGRAMME.PROGRAMME_ID.eq(programme("RDT-1"))
                        .and(org.regiomonitor.db.Tables.PROJECT.PUBLISHED.isTrue()));
        // the web page shows 20 a page, the PDF every one
        assertThat(projects.size()).isEqualTo(Math.min(published, 20));
        assertThat(html.select(".cover .programmes").text()).contains(String.valueOf(published));
        assertThat(projects.select("h3").eachText()).contains("Het verhaal", "Resultaten", "Partners", "Geld");
        assertThat(html.select(".partners li").size()).isPositive();

        byte[] pdf = bytes(get("/programmes/RDT-1/impact.pdf"));
        Files.write(Path.of("target/impact-rdt-1.pdf"), pdf);
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(published);
        }
    }

    @Test
    void theImpactOverviewOnTheWebIsPagedByTitleWithTheCountOfAll() throws Exception {
        Document first = Jsoup.parse(mvc.perform(get("/programmes/RDT-1/impact").param("size", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document second = Jsoup.parse(mvc.perform(get("/programmes/RDT-1/impact").param("size", "2").param("page", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var titles = new java.util.ArrayList<>(first.select("section.impact-project h2").eachText());
        assertThat(titles).hasSize(2);
        titles.addAll(second.select("section.impact-project h2").eachText());
        assertThat(titles).hasSize(4).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
        // the pager leads on, the table of contents names the page's projects, the PDF has the whole
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).contains("page=1").contains("size=2");
        assertThat(first.select("nav.toc li a[href^=#project-]")).hasSize(2);
        assertThat(first.select("a[href$=impact.pdf]")).isNotEmpty();
        assertThat(first.select(".cover").text()).contains("1 tot en met 2 van de");
        mvc.perform(get("/programmes/RDT-1/impact").param("page", "999")).andExpect(status().isNotFound());

        // the statements are those of the page, not of the programme: as many for 2 projects as for 20
        queries.reset();
        mvc.perform(get("/programmes/RDT-1/impact").param("size", "2")).andExpect(status().isOk());
        int two = queries.count();
        queries.reset();
        mvc.perform(get("/programmes/RDT-1/impact")).andExpect(status().isOk());
        assertThat(queries.count()).isEqualTo(two);
    }
}
