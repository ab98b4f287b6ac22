package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages whose tables grow with the data show a bounded part of them (issue 10): the first rows, the totals over all
 * rows, the way to the rest (a pager or the whole list) and the downloads, which hold every row. The fixture has more
 * rows than one page: {@value #PROJECTS} published projects in one municipality of a test region and one programme
 * (all serving one of its themes), all with one organisation as a partner, each with a budget line of € 1.000 that cites its own place in one source.
 */
@IntegrationTest
class BoundedPagesTest {

    private static final int PROJECTS = 61;
    /** A project row of the fixture is 351 bytes; with the cells' whitespace written per column it was 953. */
    private static final int BYTES_PER_ROW = 500;
    private static final String REGION = "CRT77";
    private static final String MUNICIPALITY = "GMT7701";
    private static final String PROGRAMME_CODE = "TEST-BOUNDED";
    private static final String THEME_CODE = "BEGRENSD";
    private static final String TITLE = "Begrensd testproject ";
    private static final String SOURCE_TITLE = "Testbron begrensde pagina's";
    private static final String ORGANISATION_NAME = "Begrensde testpartner";

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @BeforeEach
    void fixture() {
        synchronized (BoundedPagesTest.class) {
            if (dsl.fetchExists(AREA, AREA.CODE.eq(MUNICIPALITY))) {
                return;
            }
            long source = dsl.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.KIND)
                    .values("TEST-BOUNDED", SOURCE_TITLE, SourceKind.DATASET).returningResult(SOURCE.ID).fetchSingle()
                    .value1();
            long region = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                    .values(REGION, "Begrensde testregio", AreaKind.REGION, "NL").returningResult(AREA.ID).fetchSingle()
                    .value1();
            long municipality = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                    .values(MUNICIPALITY, "Begrensd testdorp", AreaKind.MUNICIPALITY, "NL").returningResult(AREA.ID)
                    .fetchSingle().value1();
            dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID)
                    .values(region, municipality).execute();
            long programme = dsl.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.STATUS,
                            PROGRAMME.PUBLISHED)
                    .values(PROGRAMME_CODE, "Begrensd testprogramma", ProgrammeStatus.RUNNING, true)
                    .returningResult(PROGRAMME.ID).fetchSingle().value1();
            long theme = dsl.insertInto(THEME, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.POSITION)
                    .values(programme, THEME_CODE, "Begrensd testthema", ThemeKind.ACTION_LINE, 1)
                    .returningResult(THEME.ID).fetchSingle().value1();
            long funder = dsl.insertInto(FUNDER, FUNDER.NAME, FUNDER.CATEGORY_CODE).values("Begrensde financier", "RIJK")
                    .returningResult(FUNDER.ID).fetchSingle().value1();
            long partner = dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND)
                    .values(ORGANISATION_NAME, OrganisationKind.BUSINESS).returningResult(ORGANISATION.ID).fetchSingle()
                    .value1();
            for (int i = 1; i <= PROJECTS; i++) {
                long project = dsl.insertInto(PROJECT, PROJECT.TITLE, PROJECT.STATUS, PROJECT.PUBLISHED)
                        .values(TITLE + "%03d".formatted(i), ProjectStatus.RUNNING, true)
                        .returningResult(PROJECT.ID).fetchSingle().value1();
                dsl.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID).values(project, municipality)
                        .execute();
                dsl.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID)
                        .values(project, programme).execute();
                dsl.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID).values(project, theme)
                        .execute();
                dsl.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID, PROJECT_PARTNER.ORGANISATION_ID,
                        PROJECT_PARTNER.ROLE).values(project, partner, PartnerRole.IMPLEMENTING).execute();
                long line = dsl.insertInto(BUDGET_LINE, BUDGET_LINE.PROJECT_ID, BUDGET_LINE.FUNDER_ID)
                        .values(project, funder).returningResult(BUDGET_LINE.ID).fetchSingle().value1();
                dsl.insertInto(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID, BUDGET_REVISION.REVISION,
                                BUDGET_REVISION.BUDGETED, BUDGET_REVISION.RECORDED_BY, BUDGET_REVISION.SOURCE_ID,
                                BUDGET_REVISION.SOURCE_LOCATOR)
                        .values(line, 1, new BigDecimal("1000"), "test", source, "regel " + i).execute();
            }
        }
    }

    @Test
    void aMunicipalityPageShowsTheFirstProjectsAndLinesWithTotalsOverAllAndDownloadsOfAll() throws Exception {
        queries.reset();
        Document page = page("/areas/" + MUNICIPALITY);
        int statements = queries.count();

        Element projects = page.selectFirst("#projects-heading").parent();
        assertThat(projects.selectFirst("h2").text()).contains("(" + PROJECTS + ")");
        assertThat(page.select("#projects-table tbody tr")).hasSize(50);
        assertThat(page.select("#projects-table tbody tr").first().text()).contains(TITLE + "001");
        // the whitespace between the cells' cases is not written once per column of every row (project-table.html)
        String raw = mvc.perform(get("/areas/" + MUNICIPALITY)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int table = raw.indexOf("id=\"projects-table\"");
        int bytesPerRow = (raw.indexOf("</tbody>", table) - raw.indexOf("<tbody>", table)) / 50;
        assertThat(bytesPerRow).as("bytes per project row").isLessThan(BYTES_PER_ROW);
        Element more = projects.selectFirst(".list-more a");
        assertThat(more.attr("href")).isEqualTo("/projects?municipality=" + MUNICIPALITY + "&sort=title&dir=asc");
        assertThat(more.text()).contains(String.valueOf(PROJECTS));
        assertThat(listCount(more.attr("href"))).contains(PROJECTS + " projecten");
        String csv = projects.select(".list-downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/projects.csv") && !h.contains("table=")).findFirst().orElseThrow();
        assertThat(csv).isEqualTo("/projects.csv?municipality=" + MUNICIPALITY + "&sort=title&dir=asc");
        assertThat(csvRows(csv)).hasSize(PROJECTS);

        // the list's pages hold every project of the municipality once, in title order (a large part of all projects:
        // the list reads them by walking the title index, ProjectReader.TITLE_WALK_ROWS)
        List<String> listed = new ArrayList<>();
        for (String p : List.of("", "&page=1")) {
            page("/projects?municipality=" + MUNICIPALITY + p).select("#projects-table tbody tr")
                    .forEach(tr -> listed.add(tr.child(0).text()));
        }
        assertThat(listed).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PROJECTS)
                .mapToObj(i -> TITLE + "%03d".formatted(i)).toList());

        // the money: totals over all lines, the lines behind a link, and all of them in the download
        Element money = page.selectFirst("#money-heading").parent();
        Element total = page.selectFirst("#money-table tfoot tr");
        assertThat(total.child(1).text()).isEqualTo(String.valueOf(PROJECTS));
        assertThat(total.child(2).text()).contains("61.000");
        assertThat(page.select("#money-lines-table")).isEmpty();
        Element allLines = money.selectFirst(".list-more a");
        assertThat(allLines.attr("href")).isEqualTo("/areas/" + MUNICIPALITY + "/money-lines");
        assertThat(allLines.text()).contains(String.valueOf(PROJECTS));
        String lines = money.select(".list-downloads a").stream()
                .map(a -> a.attr("href")).filter(h -> h.startsWith("/finance/budget-lines.csv") && !h.contains("table="))
                .findFirst().orElseThrow();
        assertThat(lines).isEqualTo("/finance/budget-lines.csv?municipality=" + MUNICIPALITY);
        assertThat(csvRows(lines)).hasSize(PROJECTS);

        // the same number of statements with one row or thousands: the excerpts are pages of the project list
        queries.reset();
        page("/areas/" + MUNICIPALITY);
        assertThat(queries.count()).isEqualTo(statements);
    }

    @Test
    void aMunicipalitysBudgetLinesComeAPageAtATimeForTheSameNumberOfStatements() throws Exception {
        queries.reset();
        Document first = page("/areas/" + MUNICIPALITY + "/money-lines");
        int statements = queries.count();
        assertThat(first.selectFirst(".list-count").text()).startsWith(PROJECTS + " budgetregel(s) van " + PROJECTS
                + " project(en)");
        assertThat(first.select("#money-lines-table tbody tr")).hasSize(50);
        // in project title order within the one category: the first page ends at the 50th project
        assertThat(first.select("#money-lines-table tbody tr").first().text()).contains(TITLE + "001", "1.000",
                SOURCE_TITLE);
        assertThat(first.select("#money-lines-table tbody tr").last().text()).contains(TITLE + "050");
        // a page of some rows cannot be sorted in the browser as if it were all of them
        assertThat(first.selectFirst("#money-lines-table").hasClass("sortable")).isFalse();
        Element next = first.selectFirst(".pager a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/areas/" + MUNICIPALITY + "/money-lines?page=1");
        assertThat(first.select(".list-downloads a").stream().map(a -> a.attr("href")))
                .contains("/finance/budget-lines.csv?municipality=" + MUNICIPALITY);

        queries.reset();
        Document second = page(next.attr("href"));
        assertThat(queries.count()).isEqualTo(statements);
        assertThat(second.select("#money-lines-table tbody tr")).hasSize(PROJECTS - 50);
        assertThat(second.select("#money-lines-table tbody tr").first().text()).contains(TITLE + "051");
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href"))
                .isEqualTo("/areas/" + MUNICIPALITY + "/money-lines");
        // the pager swaps only the results region
        String region = mvc.perform(get(next.attr("href")).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(region).select("h1")).isEmpty();
        assertThat(Jsoup.parse(region).select("#money-lines-table tbody tr")).hasSize(PROJECTS - 50);
        // past the end there is no page; the region is not a municipality
        mvc.perform(get("/areas/" + MUNICIPALITY + "/money-lines?page=2")).andExpect(status().isNotFound());
        mvc.perform(get("/areas/" + REGION + "/money-lines")).andExpect(status().isNotFound());
        mvc.perform(get("/areas/GMT0000/money-lines")).andExpect(status().isNotFound());
    }

    @Test
    void aThemePageShowsTheFirstProjectsWithTheWholeListAndItsDownloadsBehindLinks() throws Exception {
        long theme = dsl.select(THEME.ID).from(THEME).where(THEME.CODE.eq(THEME_CODE)).fetchSingle().value1();
        queries.reset();
        Document page = page("/programmes/" + PROGRAMME_CODE + "/themes/" + THEME_CODE);
        int statements = queries.count();

        assertThat(page.select("#theme-projects tbody tr")).hasSize(50);
        assertThat(page.select("#theme-projects tbody tr").first().text()).contains(TITLE + "001");
        Element more = page.selectFirst(".list-more a");
        assertThat(more.attr("href")).isEqualTo("/projects?theme=" + theme + "&sort=title&dir=asc");
        assertThat(more.text()).contains(String.valueOf(PROJECTS));
        assertThat(listCount(more.attr("href"))).contains(PROJECTS + " projecten");
        String csv = page.select(".list-downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/projects.csv") && !h.contains("table=")).findFirst().orElseThrow();
        assertThat(csvRows(csv)).hasSize(PROJECTS);

        // the same page at its id, with the same number of statements as before
        queries.reset();
        Document byId = page("/themes/" + theme);
        assertThat(byId.select("#theme-projects tbody tr")).hasSize(50);
        assertThat(queries.count()).isLessThanOrEqualTo(statements);
    }

    @Test
    void aProgrammePageShowsTheFirstProjectsWithTheWholeListBehindALink() throws Exception {
        long programme = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq(PROGRAMME_CODE)).fetchSingle()
                .value1();
        Document page = page("/programmes/" + PROGRAMME_CODE);

        assertThat(page.select("#programme-projects tbody tr")).hasSize(50);
        assertThat(page.select("#programme-projects tbody tr").first().text()).contains(TITLE + "001");
        Element more = page.selectFirst(".list-more a");
        assertThat(more.attr("href")).isEqualTo("/projects?programme=" + programme + "&sort=title&dir=asc");
        assertThat(more.text()).contains(String.valueOf(PROJECTS));
        assertThat(listCount(more.attr("href"))).contains(PROJECTS + " projecten");
    }

    @Test
    void aRegionPageShowsTheFirstProjectsOfItsMunicipalitiesWithTheWholeListBehindALink() throws Exception {
        Document page = page("/areas/" + REGION);
        assertThat(page.selectFirst("#region-projects-heading").text()).contains("(" + PROJECTS + ")");
        assertThat(page.select("#region-projects-table tbody tr")).hasSize(50);
        Element section = page.selectFirst("#region-projects-heading").parent();
        String list = section.selectFirst(".list-more a").attr("href");
        assertThat(list).isEqualTo("/projects?municipality=" + REGION + "&sort=title&dir=asc");
        // the list reads a region as its municipalities, as the region page does
        assertThat(listCount(list)).contains(PROJECTS + " projecten");
        String xlsxOrCsv = section.select(".list-downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/projects.csv") && !h.contains("table=")).findFirst().orElseThrow();
        assertThat(csvRows(xlsxOrCsv)).hasSize(PROJECTS);
    }

    @Test
    void anOrganisationPageShowsTheFirstProjectsWithItsRolesAndTheWholeListAndItsDownloadsBehindLinks()
            throws Exception {
        long organisation = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(ORGANISATION_NAME))
                .fetchSingle().value1();
        queries.reset();
        Document page = page("/organisations/" + organisation);
        int statements = queries.count();

        assertThat(page.selectFirst("#projects-heading").text()).contains("(" + PROJECTS + ")");
        assertThat(page.select("#organisation-projects tbody tr")).hasSize(50);
        assertThat(page.select("#organisation-projects tbody tr").first().text()).contains(TITLE + "001")
                .contains("Uitvoerende partner");
        assertThat(page.select("#organisation-projects tbody tr").last().text()).contains(TITLE + "050");
        Element section = page.selectFirst("#projects-heading").parent();
        Element more = section.selectFirst(".list-more a");
        assertThat(more.attr("href")).isEqualTo("/projects?organisation=" + organisation + "&sort=title&dir=asc");
        assertThat(more.text()).contains(String.valueOf(PROJECTS));
        assertThat(listCount(more.attr("href"))).contains(PROJECTS + " projecten");
        String csv = section.select(".list-downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/projects.csv") && !h.contains("table=")).findFirst().orElseThrow();
        assertThat(csv).isEqualTo("/projects.csv?organisation=" + organisation + "&sort=title&dir=asc");
        assertThat(csvRows(csv)).hasSize(PROJECTS);

        // one statement for the projects, however many there are (it was all of them, unbounded)
        queries.reset();
        page("/organisations/" + organisation);
        assertThat(queries.count()).isEqualTo(statements);
    }

    @Test
    void aProgrammeFinancePageShowsProjectSubtotalsAPageAtATimeWithTotalsOverAll() throws Exception {
        Document first = page("/programmes/" + PROGRAMME_CODE + "/finance");
        assertThat(first.select("#finance-project-subtotals tbody tr")).hasSize(50);
        assertThat(first.select("#finance-project-subtotals tbody tr").first().text()).contains(TITLE + "001");
        assertThat(first.selectFirst("#finance-subtotals-results .list-count").text()).startsWith(PROJECTS + " projecten");
        // totals over all projects, not the page
        assertThat(first.selectFirst("#projects-heading").parent().text()).contains("61.000");
        Element next = first.selectFirst("#finance-subtotals-results .pager a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/programmes/" + PROGRAMME_CODE + "/finance?page=1#projects-heading");
        assertThat(first.selectFirst("#finance-subtotals-results .pager").text()).contains("1 van 2");

        Document second = page("/programmes/" + PROGRAMME_CODE + "/finance?page=1");
        assertThat(second.select("#finance-project-subtotals tbody tr")).hasSize(PROJECTS - 50);
        assertThat(second.select("#finance-project-subtotals tbody tr").last().text()).contains(TITLE + "061");
        assertThat(second.selectFirst("#finance-subtotals-results .pager a[rel=prev]")).isNotNull();
        mvc.perform(get("/programmes/" + PROGRAMME_CODE + "/finance?page=2")).andExpect(status().isNotFound());

        // htmx asks for the results region only
        String region = mvc.perform(get("/programmes/" + PROGRAMME_CODE + "/finance?page=1").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(region.strip()).startsWith("<div id=\"finance-subtotals-results\"").doesNotContain("<main");

        // the page's download holds every line of the programme's projects
        String csv = first.select(".list-downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/finance/budget-lines.csv") && !h.contains("table=")).findFirst()
                .orElseThrow();
        assertThat(csvRows(csv)).hasSize(PROJECTS);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The count a list page states for an address (with its query). */
    private String listCount(String address) throws Exception {
        return page(address).selectFirst(".list-count").text();
    }

    /** The records of a CSV download after its header, notes skipped. */
    private List<CsvRecord> csvRows(String address) throws Exception {
        URI uri = URI.create(address);
        var request = get(uri.getPath());
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.param(kv[0], kv[1]);
            }
        }
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .commentStrategy(CommentStrategy.SKIP).ofCsvRecord(new ByteArrayInputStream(bytes))) {
            reader.forEach(records::add);
        }
        return records.subList(1, records.size());
    }
}
