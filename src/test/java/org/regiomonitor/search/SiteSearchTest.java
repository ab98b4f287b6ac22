package org.regiomonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.shared.FullText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SiteSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    SiteSearch search;
    @Autowired
    QueryCounter queries;

    OrgVoucherTestData data;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
    }

    private static List<Long> ids(List<FullText.Hit> hits) {
        return hits.stream().map(FullText.Hit::id).toList();
    }

    @Test
    void findsAProjectByAnInflectedDutchWord() {
        String tag = OrgVoucherTestData.word();
        long id = data.project("Innovatie " + tag, "Wij helpen ondernemers in Twente met digitalisering.", true, null);
        SearchResults results = search.search("ondernemer " + tag, false);
        assertThat(ids(results.projects())).containsExactly(id);
        assertThat(results.projects().getFirst().snippetHtml()).contains("<mark>ondernemers</mark>");
        assertThat(results.projects().getFirst().url()).isEqualTo("/projects/" + id);
        // and the other way round: a plural query finds the singular
        long other = data.project("Starter " + tag, "Voor elke startende ondernemer.", true, null);
        assertThat(ids(search.search("ondernemers " + tag, false).projects())).contains(id, other);
    }

    @Test
    void findsByThePrefixOfAWord() {
        String tag = OrgVoucherTestData.word();
        long org = data.organisation("ChipTech" + tag, "Ontwerpt microchips", true);
        assertThat(ids(search.search("chiptech" + tag.substring(0, 4), false).organisations())).containsExactly(org);
        assertThat(ids(search.search("ChipTech", false).organisations())).contains(org);
        assertThat(ids(search.search("chip", false).organisations())).contains(org);
    }

    @Test
    void anonymousVisitorsFindOnlyPublishedRows() throws Exception {
        String tag = OrgVoucherTestData.word();
        long published = data.project("Zichtbaar " + tag, null, true, null);
        long hidden = data.project("Verborgen " + tag, null, false, null);
        long hiddenOrg = data.organisation("Verborgen organisatie " + tag, null, false);
        SearchResults anonymous = search.search(tag, false);
        assertThat(ids(anonymous.projects())).containsExactly(published);
        assertThat(anonymous.organisations()).isEmpty();
        SearchResults loggedIn = search.search(tag, true);
        assertThat(ids(loggedIn.projects())).containsExactlyInAnyOrder(published, hidden);
        assertThat(ids(loggedIn.organisations())).containsExactly(hiddenOrg);

        mvc.perform(get("/search").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/projects/" + published + "\""),
                        not(containsString("href=\"/projects/" + hidden + "\"")))));
        mvc.perform(get("/search").param("q", tag).with(data.user(Role.VIEWER).principal()))
                .andExpect(content().string(allOf(containsString("href=\"/projects/" + hidden + "\""),
                        containsString("href=\"/organisations/" + hiddenOrg + "\""))));
        mvc.perform(get("/api/search").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projects.length()").value(1))
                .andExpect(jsonPath("$.projects[0].url").value("/projects/" + published))
                .andExpect(jsonPath("$.organisations.length()").value(0));
    }

    @Test
    void oddQueriesNeitherFailNorInject() throws Exception {
        String tag = OrgVoucherTestData.word();
        long id = data.project("Robuust " + tag, "Tekst met <script>alert(1)</script> erin", true, null);
        for (String q : List.of("' OR 1=1 --", "\"unbalanced " + tag, tag + " & | ! ( ) :*", "a:* & b",
                "'); drop table project; --", "-" + tag, "or", "<script>", tag + " 'quote'")) {
            mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
            mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk());
        }
        assertThat(dsl.fetchCount(org.regiomonitor.db.Tables.PROJECT)).isPositive();
        // symbols only: a message on the page, a field error from the API
        mvc.perform(get("/search").param("q", "\\ :* &")).andExpect(status().isOk());
        mvc.perform(get("/api/search").param("q", "\\ :* &")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        SearchResults r = search.search(tag + " tekst", false);
        assertThat(ids(r.projects())).containsExactly(id);
        assertThat(r.projects().getFirst().snippetHtml()).contains("<mark>Tekst</mark>").doesNotContain("<script>");
        // stored text is escaped; only the match marks become markup
        assertThat(FullText.html("a & \uE000b\uE001 <i>")).isEqualTo("a &amp; <mark>b</mark> &lt;i&gt;");
        // a query with only stop words or symbols finds nothing rather than failing
        assertThat(search.search("de het een", false).size()).isZero();
    }

    @Test
    void emptyOrTooLongQueriesGetAClearMessage() throws Exception {
        mvc.perform(get("/search")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een zoekterm in.")));
        mvc.perform(get("/search").param("q", "   ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een zoekterm in.")));
        mvc.perform(get("/search").param("q", "x".repeat(201))).andExpect(status().isOk())
                .andExpect(content().string(containsString("De zoekterm is te lang")));
        mvc.perform(get("/search").param("q", "!!! ???")).andExpect(status().isOk())
                .andExpect(content().string(containsString("geen woorden")));
        mvc.perform(get("/api/search").param("q", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/search").param("q", "x".repeat(201))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("200")));
    }

    private long theme(long programmeId, String code, String name, String description) {
        return dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, programmeId).set(THEME.CODE, code).set(THEME.NAME, name)
                .set(THEME.KIND, ThemeKind.THEME).set(THEME.DESCRIPTION, description)
                .returning(THEME.ID).fetchSingle(THEME.ID);
    }

    private String programmeCode(long id) {
        return dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(id)).fetchSingle(PROGRAMME.CODE);
    }

    @Test
    void findsProgrammesThemesAndAreasGroupedByKindWithCounts() throws Exception {
        String tag = OrgVoucherTestData.word();
        long programme = data.programme(true);
        dsl.update(PROGRAMME).set(PROGRAMME.NAME, "Programma " + tag).where(PROGRAMME.ID.eq(programme)).execute();
        long theme = theme(programme, "T1", "Thema " + tag, "Over " + tag + " en meer.");
        long area = data.area("MUNICIPALITY");
        dsl.update(AREA).set(AREA.NAME, "Gemeente " + tag).where(AREA.ID.eq(area)).execute();
        long project = data.project("Project " + tag, null, true, programme);

        queries.reset();
        SearchResults results = search.search(tag, false);
        assertThat(queries.count()).isLessThanOrEqualTo(5);
        assertThat(ids(results.programmes())).containsExactly(programme);
        assertThat(ids(results.themes())).containsExactly(theme);
        assertThat(ids(results.areas())).containsExactly(area);
        assertThat(ids(results.projects())).containsExactly(project);
        assertThat(results.size()).isEqualTo(4);
        // programmes and themes are linked by their codes, areas by theirs
        String code = programmeCode(programme);
        assertThat(results.programmes().getFirst().url()).isEqualTo("/programmes/" + code);
        assertThat(results.themes().getFirst().url()).isEqualTo("/programmes/" + code + "/themes/T1");
        assertThat(results.areas().getFirst().url()).isEqualTo("/areas/" + data.areaCode(area));
        // what tells hits of the same name apart: the programme of a theme, the kind of an area
        assertThat(results.themes().getFirst().context()).isEqualTo("Programma " + tag);
        assertThat(results.areas().getFirst().context()).isEqualTo("MUNICIPALITY");
        assertThat(results.programmes().getFirst().context()).isEqualTo(code);

        mvc.perform(get("/search").param("q", tag).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Programmes (1)"), containsString("Themes (1)"),
                        containsString("Projects (1)"), containsString("Organisations (0)"),
                        containsString("Areas (1)"), containsString("href=\"/programmes/" + code + "\""),
                        containsString("href=\"/programmes/" + code + "/themes/T1\""),
                        containsString("href=\"/areas/" + data.areaCode(area) + "\""),
                        containsString("· Programma " + tag), containsString("· Municipality"))));
        mvc.perform(get("/api/search").param("q", tag))
                .andExpect(jsonPath("$.programmes[0].url").value("/programmes/" + code))
                .andExpect(jsonPath("$.themes.length()").value(1))
                .andExpect(jsonPath("$.areas.length()").value(1));
    }

    @Test
    void anUnpublishedProgrammeAndItsThemesAreFoundOnlyByLoggedInUsers() {
        String tag = OrgVoucherTestData.word();
        long hidden = data.programme(false);
        dsl.update(PROGRAMME).set(PROGRAMME.NAME, "Verborgen " + tag).where(PROGRAMME.ID.eq(hidden)).execute();
        long theme = theme(hidden, "T1", "Verborgen thema " + tag, null);
        SearchResults anonymous = search.search(tag, false);
        assertThat(anonymous.programmes()).isEmpty();
        assertThat(anonymous.themes()).isEmpty();
        SearchResults loggedIn = search.search(tag, true);
        assertThat(ids(loggedIn.programmes())).containsExactly(hidden);
        assertThat(ids(loggedIn.themes())).containsExactly(theme);
        assertThat(loggedIn.themes().getFirst().published()).isFalse();
        // inside a word too: the rule is the same
        assertThat(search.search(tag.substring(3), false).programmes()).extracting(FullText.Hit::id)
                .doesNotContain(hidden);
        assertThat(search.search(tag.substring(3), true).programmes()).extracting(FullText.Hit::id).contains(hidden);
    }

    @Test
    void matchesInsideWordsOfNames() {
        String tag = OrgVoucherTestData.word();
        long org = data.organisation("ChipTech" + tag, "Ontwerpt microchips", true);
        long programme = data.programme(true);
        dsl.update(PROGRAMME).set(PROGRAMME.NAME, "Hightechprogramma" + tag).where(PROGRAMME.ID.eq(programme))
                .execute();
        long area = data.area("MUNICIPALITY");
        dsl.update(AREA).set(AREA.NAME, "Oud" + tag + "veen").where(AREA.ID.eq(area)).execute();
        // "tech" is no beginning of "ChipTech...": full text alone does not find it
        SearchResults r = search.search("tech " + tag, false);
        assertThat(ids(r.organisations())).containsExactly(org);
        assertThat(ids(r.programmes())).containsExactly(programme);
        assertThat(r.organisations().getFirst().titleHtml()).isEqualTo("Chip<mark>Tech" + tag + "</mark>");
        assertThat(ids(search.search(tag.substring(4), false).areas())).containsExactly(area);
        assertThat(search.search(tag.substring(4), false).areas().getFirst().titleHtml())
                .isEqualTo("Oud" + tag.substring(0, 4) + "<mark>" + tag.substring(4) + "</mark>veen");
        // a fragment shorter than three letters is not looked for inside names
        assertThat(search.search("ec", false).organisations()).extracting(FullText.Hit::id).doesNotContain(org);
    }
    @Test
    void aCommonWordListsTheBestFiftyAndSaysThereAreMoreWithoutCounting() throws Exception {
        String tag = OrgVoucherTestData.word();
        long exact = data.project(tag, null, true, null);
        for (int i = 1; i < SiteSearch.MAX_HITS_PER_GROUP; i++) {
            data.project("Project " + i + " over " + tag + " in Twente", null, true, null);
        }
        // exactly fifty: all listed, none more
        SearchResults fifty = search.search(tag, false);
        assertThat(fifty.projects()).hasSize(SiteSearch.MAX_HITS_PER_GROUP);
        assertThat(fifty.more()).isEmpty();
        mvc.perform(get("/search").param("q", tag).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Projects (50)"),
                        containsString("50 results for"), not(containsString("More than")))));

        long last = data.project("Nog een project over " + tag + " en nog veel meer woorden", null, true, null);
        SearchResults more = search.search(tag, false);
        assertThat(more.projects()).hasSize(SiteSearch.MAX_HITS_PER_GROUP);
        assertThat(ids(more.projects())).first().isEqualTo(exact); // the best still first
        assertThat(ids(more.projects())).doesNotContain(last); // the least alike is the one left out
        assertThat(more.more()).containsExactly("projects");
        mvc.perform(get("/search").param("q", tag).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Projects (more than 50)"),
                        containsString("More than 50 results for"), containsString("Organisations (0)"))));
        mvc.perform(get("/search").param("q", tag))
                .andExpect(content().string(containsString("Projecten (meer dan 50)")));
        mvc.perform(get("/api/search").param("q", tag))
                .andExpect(jsonPath("$.projects.length()").value(SiteSearch.MAX_HITS_PER_GROUP))
                .andExpect(jsonPath("$.more[0]").value("projects"))
                .andExpect(jsonPath("$.more.length()").value(1));
    }
}
