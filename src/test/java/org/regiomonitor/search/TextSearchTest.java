package org.regiomonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The one way text is searched ({@link FullText}): the list filters (projects, organisations, funders) and the site
 * search ignore case and accents, find parts of words, treat LIKE wildcards as text, keep unpublished rows from
 * anonymous visitors, and the site search orders by relevance. The indexes behind it: {@link TextSearchIndexTest}.
 */
@IntegrationTest
class TextSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    SiteSearch search;

    OrgVoucherTestData data;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
    }

    private List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
        String json = mvc.perform(request).andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(json, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> projects(String q) throws Exception {
        return ids(get("/api/projects").param("q", q).param("size", "200"));
    }

    private static List<Long> hitIds(List<FullText.Hit> hits) {
        return hits.stream().map(FullText.Hit::id).toList();
    }

    @Test
    void theProjectFilterFindsEveryWordInTitleOrSummaryIgnoringCaseAndAccents() throws Exception {
        String tag = OrgVoucherTestData.word();
        long cooperation = data.project("Coöperatie " + tag + " Twente", "Samen met ondernemers", true, null);
        long cafe = data.project("Cafe " + tag, "Een café aan de grens met België", true, null);
        long other = data.project("Ander project " + tag, null, true, null);

        assertThat(projects(tag.toUpperCase())).containsExactlyInAnyOrder(cooperation, cafe, other);
        // inside a word
        assertThat(projects(tag.substring(2, 8))).containsExactlyInAnyOrder(cooperation, cafe, other);
        // accents either way, in the title and in the summary
        assertThat(projects("cooperatie " + tag)).containsExactly(cooperation);
        assertThat(projects("COÖPERATIE " + tag)).containsExactly(cooperation);
        assertThat(projects("café " + tag)).containsExactly(cafe);
        assertThat(projects(tag + " belgie")).containsExactly(cafe);
        assertThat(projects("ondernemer " + tag)).containsExactly(cooperation);
        // every word must occur, in the title or the summary
        assertThat(projects(tag + " nergens")).isEmpty();
        assertThat(projects(tag + "\u00a0twente")).containsExactly(cooperation);
    }

    @Test
    void wildcardsInTheFilterAreText() throws Exception {
        String tag = OrgVoucherTestData.word();
        long percent = data.project(tag + " 50% subsidie", null, true, null);
        long digits = data.project(tag + " 500 subsidie", null, true, null);
        long underscore = data.project(tag + " a_b", null, true, null);
        long letter = data.project(tag + " axb", null, true, null);
        long backslash = data.project(tag + " c\\d", null, true, null);
        data.project(tag + " cd", null, true, null);

        assertThat(projects(tag + " 50%")).containsExactly(percent);
        assertThat(projects(tag + " 50")).containsExactlyInAnyOrder(percent, digits);
        assertThat(projects(tag + " a_b")).containsExactly(underscore);
        assertThat(projects(tag + " a")).contains(underscore, letter);
        assertThat(projects(tag + " c\\d")).containsExactly(backslash);
        // full-width % and _ lose their width when accents are folded away, and stay text
        assertThat(projects(tag + " 50\uff05")).containsExactly(percent);
        assertThat(projects(tag + " a\uff3fb")).containsExactly(underscore);
    }

    @Test
    void anonymousVisitorsDoNotFindUnpublishedRowsByText() throws Exception {
        String tag = OrgVoucherTestData.word();
        long shown = data.project("Zichtbaar " + tag, null, true, null);
        long hidden = data.project("Verborgen " + tag, null, false, null);
        long shownOrg = data.organisation("Zichtbare organisatie " + tag, null, true);
        long hiddenOrg = data.organisation("Verborgen organisatie " + tag, null, false);

        assertThat(projects(tag)).containsExactly(shown);
        var viewer = data.user(Role.VIEWER).principal();
        assertThat(ids(get("/api/projects").param("q", tag).with(viewer))).containsExactlyInAnyOrder(shown, hidden);
        assertThat(ids(get("/api/organisations").param("q", tag))).containsExactly(shownOrg);
        assertThat(ids(get("/api/organisations").param("q", tag).with(viewer)))
                .containsExactlyInAnyOrder(shownOrg, hiddenOrg);
        assertThat(hitIds(search.search(tag, false).projects())).containsExactly(shown);
        assertThat(hitIds(search.search(tag.substring(3), false).projects())).containsExactly(shown);
        assertThat(hitIds(search.search(tag.substring(3), true).projects())).containsExactlyInAnyOrder(shown, hidden);
    }

    @Test
    void theOrganisationAndFunderFiltersMatchTheSameWay() throws Exception {
        String tag = OrgVoucherTestData.word();
        long org = data.organisation("Coöperatie " + tag, "Werkt in België en Duitsland", true);
        long other = data.organisation("Stichting " + tag, "Zorg in Twente", true);
        long funder = data.funder("Fonds Coöperatie " + tag, org);

        assertThat(ids(get("/api/organisations").param("q", "cooperatie " + tag))).containsExactly(org);
        assertThat(ids(get("/api/organisations").param("q", tag + " BELGIE"))).containsExactly(org);
        assertThat(ids(get("/api/organisations").param("q", tag.toUpperCase())))
                .containsExactlyInAnyOrder(org, other);
        // words need not stand together: "Stichting ... Twente"
        assertThat(ids(get("/api/organisations").param("q", "twente stichting " + tag))).containsExactly(other);
        assertThat(ids(get("/api/funders").param("q", "fonds cooperatie " + tag))).containsExactly(funder);
        assertThat(ids(get("/api/funders").param("q", tag + "%"))).isEmpty();
    }

    @Test
    void siteSearchIgnoresAccentsInWordsAndInsideNames() {
        String tag = OrgVoucherTestData.word();
        long project = data.project("Samenwerking " + tag, "Met partners uit België en Duitsland.", true, null);
        SearchResults r = search.search("belgie " + tag, false);
        assertThat(hitIds(r.projects())).containsExactly(project);
        assertThat(r.projects().getFirst().snippetHtml()).contains("<mark>België</mark>");

        long org = data.organisation("Coöperatie" + tag, null, true);
        List<FullText.Hit> inside = search.search("operatie" + tag, false).organisations();
        assertThat(hitIds(inside)).containsExactly(org);
        assertThat(inside.getFirst().titleHtml()).isEqualTo("Co<mark>öperatie" + tag + "</mark>");
    }

    @Test
    void siteSearchPutsTheMostRelevantHitsFirst() {
        // ending in x, which the Dutch stemmer leaves whole: a random word ending in "se" or "ene" was stemmed to
        // its first 8 letters, the name below, which then counted as the word in a name (5 words in 2,000)
        String tag = OrgVoucherTestData.word() + "x";
        // the word in the summary of a project named much like it, and in the long title of another: the title
        // counts more (created first and first by name, the first would come first without relevance)
        long inSummary = data.project(tag.substring(0, 8) + " project", "Over " + tag + " in de regio.", true, null);
        long inTitle = data.project("Een lang project over vele dingen, waaronder " + tag + ", in de regio Twente",
                "Iets anders.", true, null);
        assertThat(hitIds(search.search(tag, false).projects())).containsExactly(inTitle, inSummary);

        long longer = data.organisation("Academie " + tag + " Twente Holding", null, true);
        long foundation = data.organisation("Academie voor " + tag, null, true);
        long exact = data.organisation(tag, null, true);
        List<Long> organisations = hitIds(search.search(tag, false).organisations());
        assertThat(organisations).containsExactlyInAnyOrder(longer, foundation, exact);
        assertThat(organisations.getFirst()).isEqualTo(exact);
    }

    @Test
    void aCommonWordStillListsTheNamesMostLikeItFirst() {
        String tag = OrgVoucherTestData.word();
        long exact = data.project(tag, null, true, null);
        long prefix = data.project(tag + "centrum", null, true, null);
        // more projects than are ranked fully, each with the word in its title and twice in its summary: a higher
        // word rank than the two above, which only the similarity of their names puts first
        int many = SiteSearch.MAX_HITS_PER_GROUP * 6;
        dsl.execute("insert into project (title, summary, status, published) select 'Project ' || i || ' over "
                + tag + " in Twente', 'Meer over " + tag + " en nog eens " + tag + ".', 'RUNNING', true "
                + "from generate_series(1, " + many + ") i");
        List<Long> hits = hitIds(search.search(tag, false).projects());
        assertThat(hits).hasSize(SiteSearch.MAX_HITS_PER_GROUP);
        assertThat(hits.subList(0, 2)).containsExactly(exact, prefix);
    }
}
