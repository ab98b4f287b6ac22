package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.USER_PROJECT;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.regiomonitor.voucher.SchemeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The searched choice (fragments/form :: choice): the forms that chose among every project or organisation carry
 * only the chosen ones; the search answers at most 20 matches of what the caller may choose; chosen ids are saved,
 * ids outside the form's set refused; the no-script search shows the form again with matches and saves nothing.
 */
@IntegrationTest
class SearchedChoiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    OrgVoucherTestData data;
    String tag;
    long programme;
    long otherProgramme;
    TestUser manager;
    TestUser admin;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
        tag = OrgVoucherTestData.word();
        programme = data.programme(true);
        otherProgramme = data.programme(true);
        manager = data.manager(programme);
        admin = data.user(Role.ADMIN);
    }

    @Test
    void theSearchAnswersAtMostTwentyMatchesInTitleOrderAndOnlyWhatTheCallerMaySee() throws Exception {
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            published.add(data.project("%s project %02d".formatted(tag, i), "", true, programme));
        }
        // unpublished, and first in title order: an anonymous search that showed it would show it first
        long hidden = data.project(tag + " a verborgen", "", false, programme);

        String anonymous = html(get("/choices/projects").param("q", tag).param("name", "projectIds")
                .param("multiple", "true"));
        assertThat(values(anonymous, "projectIds")).hasSize(SearchedChoices.LIMIT)
                .containsExactlyElementsOf(published.subList(0, SearchedChoices.LIMIT));
        assertThat(anonymous).contains("type=\"checkbox\"", "De eerste 20 treffers").doesNotContain("verborgen");
        // what the form shows as chosen already is not offered again
        assertThat(values(html(get("/choices/projects").param("q", tag).param("name", "projectIds")
                .param("skip", String.valueOf(published.get(0)))), "projectIds"))
                .startsWith(published.get(1)).doesNotContain(published.get(0));

        // logged in, unpublished projects may be chosen too (as the forms offered); two words narrow the search
        String loggedIn = html(get("/choices/projects").with(admin.principal()).param("q", tag + " VERBORG")
                .param("name", "projectId"));
        assertThat(values(loggedIn, "projectId")).containsExactly(hidden);
        assertThat(loggedIn).contains("type=\"radio\"", "1 treffer.");

        long organisation = data.organisation(tag + " Coöperatie", "", true);
        assertThat(values(html(get("/choices/organisations").param("q", "cooperatie " + tag)
                .param("name", "leadOrganisationId")), "leadOrganisationId")).containsExactly(organisation);
        assertThat(html(get("/choices/organisations").param("q", "nergens" + tag).param("name", "x")))
                .contains("Geen treffers.");
        mvc.perform(get("/choices/funders").param("q", tag).param("name", "x")).andExpect(status().isNotFound());
    }

    @Test
    void theSearchIsOneStatementWhateverTheMatches() throws Exception {
        for (int i = 0; i < 25; i++) {
            data.project(tag + " telling " + i, "", true, programme);
        }
        queries.reset();
        html(get("/choices/projects").with(manager.principal()).param("q", tag).param("name", "projectId")
                .param("editable", "true").param("programmeId", String.valueOf(programme)));
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    void theVoucherFormOffersOnlyProjectsOfProgrammesTheManagerEditsAndRefusesOthers() throws Exception {
        long mine = data.project(tag + " hier", "", true, programme);
        long theirs = data.project(tag + " daar", "", true, otherProgramme);

        // the form carries no project that is not chosen
        String form = html(get("/vouchers/new").with(manager.principal()));
        assertThat(form).doesNotContain(tag)
                .contains("data-searched-choice", "id=\"projectId-q\"", "data-include=\"programmeId\"");

        // the search in the voucher form: the manager's programmes only, and only the chosen programme's
        String matches = html(get("/choices/projects").with(manager.principal()).param("q", tag)
                .param("name", "projectId").param("editable", "true"));
        assertThat(values(matches, "projectId")).containsExactly(mine);
        assertThat(values(html(get("/choices/projects").with(manager.principal()).param("q", tag)
                .param("name", "projectId").param("editable", "true").param("programmeId", String.valueOf(otherProgramme))),
                "projectId")).isEmpty();

        // without script: the search button posts the form, which comes back with the matches, nothing saved
        int before = rows();
        String searched = html(voucher(post("/vouchers"), theirs).param("choiceSearch", "projectId")
                .param(SearchedChoices.queryParameter("projectId"), tag));
        // what was chosen stays chosen; the matches are the manager's programme's projects
        assertThat(values(searched, "projectId")).containsExactly(theirs, mine);
        assertThat(values(searched.substring(searched.indexOf("id=\"projectId-matches\"")), "projectId"))
                .containsExactly(mine);
        // the search field keeps the words and takes the focus, so the page opens at the matches
        assertThat(searched).containsPattern("name=\"choiceq_projectId\"\\s+value=\"" + tag + "\"[^>]*autofocus")
                .doesNotContain("id=\"error-summary-title\"");
        assertThat(rows()).isEqualTo(before);

        // a project of another programme is refused beside the field and kept shown (with its name) to correct
        String refused = mvc.perform(voucher(post("/vouchers"), theirs)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"projectId-error\"", "href=\"#projectId\"", tag + " daar")
                .containsPattern("name=\"projectId\" value=\"" + theirs + "\" checked");
        assertThat(rows()).isEqualTo(before);

        // the chosen project is saved, and the edit form shows it chosen, with no other project
        mvc.perform(voucher(post("/vouchers"), mine)).andExpect(status().is3xxRedirection());
        long id = dsl.fetchSingle(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID.eq(programme)).getId();
        assertThat(dsl.fetchSingle(VOUCHER_AWARD, VOUCHER_AWARD.ID.eq(id)).getProjectId()).isEqualTo(mine);
        String edit = html(get("/vouchers/" + id + "/edit").with(manager.principal()));
        assertThat(values(edit, "projectId")).containsExactly(mine);
        assertThat(edit).contains(tag + " hier").doesNotContain(tag + " daar");
    }

    @Test
    void theUserFormCarriesOnlyTheAssignedProjectsAndKeepsThemThroughAnError() throws Exception {
        long assigned = data.project(tag + " geleid", "", false, programme);
        long other = data.project(tag + " anders", "", true, programme);
        TestUser lead = data.user(Role.PROJECT_LEAD);
        users.assignProject(lead.id(), assigned);

        String form = html(get("/admin/users/" + lead.id()).with(admin.principal()));
        assertThat(values(form, "projectIds")).containsExactly(assigned);
        assertThat(form).contains(tag + " geleid", "name=\"_projectIds\"").doesNotContain(tag + " anders");

        // projects for a viewer: refused, and the ticked projects come back ticked with their names
        String refused = html(post("/admin/users/" + lead.id()).with(admin.principal()).with(csrf())
                .param("role", "VIEWER").param("enabled", "true").param("version", "0")
                .param("projectIds", String.valueOf(assigned), String.valueOf(other)));
        assertThat(refused).contains("id=\"projectIds-error\"", tag + " geleid", tag + " anders");
        assertThat(values(refused, "projectIds")).containsExactly(assigned, other);

        // an id that is no project is refused; nothing changes
        html(post("/admin/users/" + lead.id()).with(admin.principal()).with(csrf())
                .param("role", "PROJECT_LEAD").param("enabled", "true").param("version", "0")
                .param("projectIds", "987654321"));
        assertThat(dsl.fetch(USER_PROJECT, USER_PROJECT.USER_ID.eq(lead.id())).getValues(USER_PROJECT.PROJECT_ID))
                .containsExactly(assigned);

        // two chosen projects are saved; unticking all (only the marker sent) removes them
        mvc.perform(post("/admin/users/" + lead.id()).with(admin.principal()).with(csrf())
                        .param("role", "PROJECT_LEAD").param("enabled", "true").param("version", "0")
                        .param("projectIds", String.valueOf(assigned), String.valueOf(other)).param("_projectIds", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetch(USER_PROJECT, USER_PROJECT.USER_ID.eq(lead.id())).getValues(USER_PROJECT.PROJECT_ID))
                .containsExactlyInAnyOrder(assigned, other);
        mvc.perform(post("/admin/users/" + lead.id()).with(admin.principal()).with(csrf())
                        .param("role", "PROJECT_LEAD").param("enabled", "true").param("version", "1")
                        .param("_projectIds", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchExists(USER_PROJECT, USER_PROJECT.USER_ID.eq(lead.id()))).isFalse();
    }

    @Test
    void theProjectFormCarriesOnlyTheChosenOrganisations() throws Exception {
        long lead = data.organisation(tag + " Penvoerder", "", true);
        long partner = data.organisation(tag + " Partner", "", true);
        data.organisation(tag + " Buitenstaander", "", true);
        long project = data.project(tag + " samen", "", true, programme);
        data.lead(project, lead);
        data.partner(project, lead, "LEAD");
        data.partner(project, partner, "IMPLEMENTING");

        assertThat(html(get("/projects/new").with(admin.principal()))).doesNotContain(tag)
                .contains("id=\"leadOrganisationId-q\"", "id=\"partners0.organisationId-q\"");
        String edit = html(get("/projects/" + project + "/edit").with(admin.principal()));
        assertThat(values(edit, "leadOrganisationId")).containsExactly(lead);
        assertThat(edit).contains(tag + " Penvoerder", tag + " Partner").doesNotContain(tag + " Buitenstaander");

        // no script: searching a partner row shows its matches in that row only, and saves nothing
        String searched = html(post("/projects/" + project).with(admin.principal()).with(csrf())
                .param("title", tag + " samen").param("choiceSearch", "partners[1].organisationId")
                .param(SearchedChoices.queryParameter("partners[1].organisationId"), tag + " buiten"));
        assertThat(searched).containsPattern(Pattern.compile(
                "id=\"partners1.organisationId-matches\".*?" + tag + " Buitenstaander", Pattern.DOTALL));
        assertThat(values(searched, "partners[0].organisationId")).doesNotHaveDuplicates();
        assertThat(html(get("/projects/" + project).with(admin.principal()))).doesNotContain(tag + " Buitenstaander");
    }

    @Test
    void theProgrammeAndFunderFormsCarryOnlyTheChosenOrganisation() throws Exception {
        data.organisation(tag + " Eigenaar", "", true);
        assertThat(html(get("/programmes/new").with(admin.principal()))).doesNotContain(tag)
                .contains("id=\"ownerOrganisationId-q\"");
        assertThat(html(get("/finance/funders/new").with(admin.principal()))).doesNotContain(tag)
                .contains("id=\"organisationId-q\"");

        // no script: searching shows the matches and saves nothing
        int funders = dsl.fetchCount(org.jooq.impl.DSL.table("funder"));
        String searched = html(post("/finance/funders").with(admin.principal()).with(csrf())
                .param("name", tag + " fonds").param("categoryCode", "RIJK").param("choiceSearch", "organisationId")
                .param(SearchedChoices.queryParameter("organisationId"), tag + " eigenaar"));
        assertThat(searched).containsPattern(Pattern.compile(
                "id=\"organisationId-matches\".*?" + tag + " Eigenaar", Pattern.DOTALL));
        assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("funder"))).isEqualTo(funders);
        String programmeSearch = html(post("/programmes").with(admin.principal()).with(csrf())
                .param("code", "Z" + tag.hashCode()).param("name", tag + " programma").param("choiceSearch", "ownerOrganisationId")
                .param(SearchedChoices.queryParameter("ownerOrganisationId"), tag + " eigenaar"));
        assertThat(programmeSearch).containsPattern(Pattern.compile(
                "id=\"ownerOrganisationId-matches\".*?" + tag + " Eigenaar", Pattern.DOTALL));
    }

    private MockHttpServletRequestBuilder voucher(MockHttpServletRequestBuilder post, long project) {
        return post.with(manager.principal()).with(csrf()).param("programmeId", String.valueOf(programme))
                .param("projectId", String.valueOf(project)).param("scheme", "Vakmanschap")
                .param("schemeKind", SchemeKind.TRAINING_CHEQUE.name()).param("quantity", "1").param("amount", "100")
                .param("quantityQualifier", "EXACT").param("awardYear", "2024");
    }

    private int rows() {
        return dsl.fetchCount(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID.eq(programme));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The ids that the page offers (or has ticked) for the field, in page order; the empty "none" excluded. */
    private static List<Long> values(String html, String name) {
        return Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"(\\d+)\"").matcher(html).results()
                .map(m -> Long.valueOf(m.group(1))).toList();
    }
}
