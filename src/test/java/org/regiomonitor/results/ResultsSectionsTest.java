package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.results.ResultsFixtures.area;
import static org.regiomonitor.results.ResultsFixtures.dimension;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The results section (issue 7, "a results section on programme, theme, municipality and region pages with the
 * roll-ups") on a theme page, a municipality page, the monitored region's page, a province's page and the dashboard:
 * totals with their rules and sources, a municipality's attributed part and the region-wide rest, a joint project
 * once, no unapproved value, names rather than codes, and a bounded number of queries.
 * <p>
 * The data: programmes A and B share catalogue code X. Project P (A) reports 20, of which 5 to Enschede and 3 to
 * Almelo, its result serving theme T, with a dimension split that does not add up; the joint project J (A and B)
 * reports 10, of which 4 to Enschede; project Q (A) has a submitted, unapproved 1000 for Enschede.
 */
@IntegrationTest
class ResultsSectionsTest {

    private static final String ENSCHEDE = "GM0153";
    private static final String ALMELO = "GM0141";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    QueryCounter queries;

    @Test
    void theSectionsShowTotalsAttributionsRulesAndSources() throws Exception {
        ResultsFixtures f = new ResultsFixtures(context);
        long a = f.programme();
        long b = f.programme();
        long periodA = f.halfYears(a, 2024, 2024).get(0);
        f.halfYears(b, 2024, 2024);
        String code = ResultsFixtures.unique("SECT");
        long catalogueA = catalogue(f, a, code);
        catalogue(f, b, code);
        long theme = f.dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, a).set(THEME.CODE, ResultsFixtures.unique("T"))
                .set(THEME.NAME, "Thema T").set(THEME.KIND, ThemeKind.THEME).returning(THEME.ID).fetchSingle(THEME.ID);

        long p = f.project(a);
        long pIndicator = indicator(f, p, catalogueA, List.of(theme));
        List<Long> gender = f.dimension(a, "M", "V");
        f.approved(pIndicator, new UpdateInput(periodA, new BigDecimal("20"), null, null, ValueQualifier.EXACT, null, null,
                List.of(area(ENSCHEDE, "5"), area(ALMELO, "3"), dimension(gender.get(0), "15"),
                        dimension(gender.get(1), "3")), null));
        long joint = f.project(a, b);
        f.approved(indicator(f, joint, catalogueA, List.of()), new UpdateInput(periodA, new BigDecimal("10"), null, null,
                ValueQualifier.AT_LEAST, null, null, List.of(area(ENSCHEDE, "4")), null));
        long q = f.project(a);
        long open = f.updates.create(indicator(f, q, catalogueA, List.of()), new UpdateInput(periodA,
                new BigDecimal("1000"), null, null, ValueQualifier.EXACT, null, null, List.of(area(ENSCHEDE, "1000")),
                null), f.admin);
        f.updates.submit(open, new ReviewInput(null, 0), f.admin);
        UserPrincipal viewer = f.user(Role.VIEWER);

        // the theme: its results' total, with the rule, the flag and the project as the source
        String programmeCode = f.dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(a)).fetchSingle(PROGRAMME.CODE);
        String themeCode = f.dsl.select(THEME.CODE).from(THEME).where(THEME.ID.eq(theme)).fetchSingle(THEME.CODE);
        queries.reset();
        String themePage = page(get("/programmes/{p}/themes/{t}", programmeCode, themeCode).with(user(viewer)));
        int themeQueries = queries.count();
        String themeRow = row(themePage, "theme-results", code);
        assertThat(cell(themeRow, "total")).isEqualTo("20");
        assertThat(themeRow).contains("Bedrijven geholpen", "Som van de goedgekeurde waarden van de perioden.",
                "De uitsplitsing telt niet op tot het totaal.", "/projects/" + p + "/results")
                .doesNotContain("/projects/" + joint + "/results");
        assertThat(themePage).contains("/programmes/" + programmeCode + "/results");

        // Enschede: what is disaggregated to it, the region-wide rest, the region's total; never the unapproved 1000
        queries.reset();
        String enschede = page(get("/areas/{c}", ENSCHEDE).with(user(viewer)));
        int municipalityQueries = queries.count();
        String enschedeRow = row(enschede, "municipality-results", code);
        assertThat(cell(enschedeRow, "attributed")).isEqualTo("meer dan 9");
        assertThat(cell(enschedeRow, "not-attributed")).isEqualTo("meer dan 18");
        assertThat(cell(enschedeRow, "total")).isEqualTo("meer dan 30");
        assertThat(section(enschede, "municipality-results")).contains("Regiobreed / niet toegerekend",
                "Alleen waarden die naar gemeente zijn uitgesplitst");
        assertThat(enschedeRow).doesNotContain("1000", "1.000", "1.009", "/projects/" + q + "/results");
        assertThat(cell(row(page(get("/areas/{c}", ALMELO).with(user(viewer))), "municipality-results", code),
                "attributed")).isEqualTo("3");

        // the monitored region: its municipalities' parts, the rest, and the joint project once (30, not 40)
        queries.reset();
        String twente = page(get("/areas/CR12").with(user(viewer)));
        int regionQueries = queries.count();
        String twenteRow = row(twente, "region-results", code);
        assertThat(cell(twenteRow, "attributed")).isEqualTo("meer dan 12");
        assertThat(cell(twenteRow, "not-attributed")).isEqualTo("meer dan 18");
        assertThat(cell(twenteRow, "total")).isEqualTo("meer dan 30");
        assertThat(twenteRow).contains("Goedgekeurde rapportages van 2 projecten", "/projects/" + joint + "/results");

        // a province: only what is disaggregated to its municipalities, no region-wide rest of another region
        String province = section(page(get("/areas/PV23").with(user(viewer))), "region-results");
        assertThat(cell(row(province, "region-results", code), "attributed")).isEqualTo("meer dan 12");
        assertThat(province).doesNotContain("data-part=\"not-attributed\"", "data-part=\"total\"");

        // the dashboard: the catalogue's name in the language, not its code; the rule next to the total
        String dashboard = row(page(get("/").with(user(viewer))), "dashboard-results", code);
        assertThat(cell(dashboard, "total")).isEqualTo("meer dan 30");
        assertThat(header(dashboard)).isEqualTo("Bedrijven geholpen " + code);
        assertThat(dashboard).contains("Som van de goedgekeurde waarden van de perioden.");
        String english = row(page(get("/").param("lang", "en").with(user(viewer))), "dashboard-results", code);
        assertThat(header(english)).isEqualTo("Companies helped " + code.toLowerCase());
        assertThat(english).contains("Sum of the approved values", "Approved updates of 2 projects");
        String german = row(page(get("/").param("lang", "de").with(user(viewer))), "dashboard-results", code);
        assertThat(header(german)).isEqualTo("Unterstützte Unternehmen");

        // anonymous visitors: published projects only
        assertThat(section(page(get("/areas/{c}", ENSCHEDE)), "municipality-results")).doesNotContain(code);
        f.dsl.update(PROJECT).set(PROJECT.PUBLISHED, true).where(PROJECT.ID.eq(p)).execute();
        String published = row(page(get("/areas/{c}", ENSCHEDE)), "municipality-results", code);
        assertThat(cell(published, "attributed")).isEqualTo("5");
        assertThat(cell(published, "total")).isEqualTo("20");

        // more projects, updates and municipalities do not mean more queries
        for (int i = 0; i < 3; i++) {
            long more = f.project(a, b);
            f.approved(indicator(f, more, catalogueA, List.of(theme)), new UpdateInput(periodA, BigDecimal.ONE, null,
                    null, ValueQualifier.EXACT, null, null, List.of(area(ALMELO, "1")), null));
        }
        queries.reset();
        page(get("/programmes/{p}/themes/{t}", programmeCode, themeCode).with(user(viewer)));
        assertThat(queries.count()).isEqualTo(themeQueries);
        queries.reset();
        page(get("/areas/{c}", ENSCHEDE).with(user(viewer)));
        assertThat(queries.count()).isEqualTo(municipalityQueries);
        queries.reset();
        page(get("/areas/CR12").with(user(viewer)));
        assertThat(queries.count()).isEqualTo(regionQueries);
    }

    private static long catalogue(ResultsFixtures f, long programme, String code) {
        // names in three languages, and an English one that differs by more than the language: the page shows names
        return f.framework.createCatalogueIndicator(programme, new CatalogueIndicatorInput(code,
                "Bedrijven geholpen " + code, "Companies helped " + code.toLowerCase(), "Unterstützte Unternehmen",
                null, Measure.UNIT, null, false, true, 0, null), f.admin);
    }

    /** An indicator adopting the catalogue indicator, of a new result of the project serving the themes. */
    private static long indicator(ResultsFixtures f, long project, long catalogue, List<Long> themes) {
        long result = f.framework.createResult(project, new ResultInput(ResultsFixtures.unique("Result "),
                ResultType.OUTPUT, null, themes, null, null), f.admin);
        return f.framework.createIndicator(result, new IndicatorInput(catalogue, ResultsFixtures.unique("Indicator "),
                Measure.UNIT, null, true, false, 0, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null), f.admin);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String section(String page, String id) {
        Matcher m = Pattern.compile("<section[^>]*id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a section " + id).isTrue();
        return m.group();
    }

    private static String row(String page, String sectionId, String code) {
        Matcher m = Pattern.compile("data-code=\"" + Pattern.quote(code) + "\".*?</tr>", Pattern.DOTALL)
                .matcher(section(page, sectionId));
        assertThat(m.find()).as("a row for " + code + " in " + sectionId).isTrue();
        return m.group();
    }

    private static String cell(String row, String part) {
        Matcher m = Pattern.compile("data-part=\"" + part + "\"[^>]*>([^<]*)<").matcher(row);
        assertThat(m.find()).as("a " + part + " cell").isTrue();
        return m.group(1).strip();
    }

    private static String header(String row) {
        Matcher m = Pattern.compile("<th scope=\"row\">(.*?)</th>", Pattern.DOTALL).matcher(row);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }
}
