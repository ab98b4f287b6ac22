package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The project pages and forms over HTTP: saving, validation, stale edits, rights, visibility, query counts. */
@IntegrationTest
class ProjectWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    ProjectReader reader;
    @Autowired
    QueryCounter queries;

    PortfolioFixtures fx;
    long programme;
    long theme;
    long lead;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        programme = fx.programme(true);
        theme = fx.theme(programme);
        lead = fx.organisation();
        admin = fx.user(Role.ADMIN);
    }

    /** A complete, valid project form post. */
    private MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder b, String title) {
        return projectForm(b, title, String.valueOf(lead));
    }

    /** The same post with the lead organisation field as given ("" = none chosen). */
    private MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder b, String title, String leadField) {
        return b.with(csrf())
                .param("title", title)
                .param("summary", "Wat het project doet")
                .param("leadOrganisationId", leadField)
                .param("programmeIds", String.valueOf(programme))
                .param("themeIds", String.valueOf(theme))
                .param("startDate", "2024-02-01")
                .param("endDate", "2026-01-31")
                .param("status", "APPLICATION")
                .param("published", "true")
                .param("partners[0].organisationId", "")
                .param("partners[0].role", "")
                .param("links[0].label", "Projectsite")
                .param("links[0].url", "https://example.org/project");
    }

    @Test
    void aProjectWhoseSourcesNameNoLeadIsCreatedAndEditedWithoutOne() throws Exception {
        // 53 of the 57 reference projects have no lead organisation: the form must not demand one.
        String title = PortfolioFixtures.unique("Zonder penvoerder");
        MvcResult created = mvc.perform(projectForm(post("/projects"), title, "").with(user(admin)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/projects/", ""));
        ProjectDetail d = reader.detail(id, true).orElseThrow();
        assertThat(d.leadOrganisationId()).isNull();
        assertThat(d.partners()).isEmpty();
        mvc.perform(get("/projects/{id}/edit", id).with(user(admin))).andExpect(status().isOk());

        // A typo fixed, a lead found later, and taken away again: each save is accepted.
        mvc.perform(projectForm(post("/projects/{id}", id), title + " (typfout hersteld)", "")
                        .param("version", String.valueOf(d.version()))
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection());
        d = reader.detail(id, true).orElseThrow();
        assertThat(d.title()).isEqualTo(title + " (typfout hersteld)");
        mvc.perform(projectForm(post("/projects/{id}", id), d.title())
                        .param("version", String.valueOf(d.version())).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        d = reader.detail(id, true).orElseThrow();
        assertThat(d.partners()).extracting(p -> p.organisationId() + ":" + p.role()).containsExactly(lead + ":LEAD");
        mvc.perform(projectForm(post("/projects/{id}", id), d.title(), "")
                        .param("version", String.valueOf(d.version()))
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection());
        d = reader.detail(id, true).orElseThrow();
        assertThat(d.leadOrganisationId()).isNull();
        assertThat(d.partners()).isEmpty();
    }

    @Test
    void createAndUpdateThroughTheForm() throws Exception {
        String title = PortfolioFixtures.unique("Webproject");
        long partner = fx.organisation();
        long municipality = fx.municipality();
        MvcResult created = mvc.perform(projectForm(post("/projects"), title)
                        .param("partners[1].organisationId", String.valueOf(partner))
                        .param("partners[1].role", "KNOWLEDGE")
                        .param("municipalityIds", String.valueOf(municipality))
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*"))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/projects/", ""));

        ProjectDetail d = reader.detail(id, true).orElseThrow();
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.partners()).extracting(p -> p.organisationId() + ":" + p.role())
                .containsExactlyInAnyOrder(lead + ":LEAD", partner + ":KNOWLEDGE");
        assertThat(d.links()).extracting(l -> l.url()).containsExactly("https://example.org/project");
        assertThat(d.municipalities()).extracting(a -> a.id()).containsExactly(municipality);
        assertThat(d.history()).singleElement().satisfies(h -> {
            assertThat(h.toStatus()).isEqualTo(ProjectStatus.APPLICATION);
            assertThat(h.changedBy()).isEqualTo(admin.username());
        });

        // The page shows the facts, the partner links and the history.
        mvc.perform(get("/projects/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/organisations/" + partner)))
                .andExpect(content().string(containsString("/areas/" + fx.areaCode(municipality))))
                .andExpect(content().string(not(containsString("/projects/" + id + "/edit"))));

        mvc.perform(get("/projects/{id}/edit", id).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + title + "\"")));

        mvc.perform(projectForm(post("/projects/{id}", id), title + " v2")
                        .param("version", String.valueOf(d.version()))
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection());
        ProjectDetail after = reader.detail(id, true).orElseThrow();
        assertThat(after.title()).isEqualTo(title + " v2");
        assertThat(after.version()).isEqualTo(d.version() + 1);
        assertThat(after.partners()).extracting(p -> p.role()).containsExactly(PartnerRole.LEAD);
        assertThat(after.municipalities()).isEmpty();
    }

    @Test
    void anInvalidFormSavesNothingAndExplainsEveryField() throws Exception {
        long otherProgramme = fx.programme(true);
        long foreignTheme = fx.theme(otherProgramme);
        int projects = dsl.fetchCount(PROJECT);
        int links = dsl.fetchCount(PROJECT_LINK);

        mvc.perform(post("/projects").with(csrf()).with(user(admin))
                        .param("title", "")
                        .param("leadOrganisationId", String.valueOf(lead))
                        .param("programmeIds", String.valueOf(programme))
                        .param("themeIds", String.valueOf(foreignTheme))
                        .param("startDate", "2025-01-01")
                        .param("endDate", "2024-01-01")
                        .param("links[0].label", "Kapot")
                        .param("links[0].url", "ftp://example.org"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "themeIds", "endDate", "links[0].url"))
                .andExpect(content().string(containsString("Het einde ligt vóór het begin.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"Kapot\""))); // the input is kept

        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(projects);
        assertThat(dsl.fetchCount(PROJECT_LINK)).isEqualTo(links);
    }

    @Test
    void aNonNumericYearOrDateIsReportedBesideItsFieldTogetherWithTheRules() throws Exception {
        int projects = dsl.fetchCount(PROJECT);
        mvc.perform(post("/projects").with(csrf()).with(user(admin))
                        .param("title", "")
                        .param("leadOrganisationId", String.valueOf(lead))
                        .param("programmeIds", String.valueOf(programme))
                        .param("themeIds", String.valueOf(theme))
                        .param("startDate", "gisteren"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startDate", "title"));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(projects);
    }

    @Test
    void aStaleEditIsRefusedAndTheUsersInputIsKept() throws Exception {
        long id = fx.project(PortfolioFixtures.unique("Verouderd"), programme, theme, true);
        int version = reader.detail(id, true).orElseThrow().version();
        // Someone else saves first.
        mvc.perform(projectForm(post("/projects/{id}", id), "Eerste wijziging")
                .param("version", String.valueOf(version)).with(user(admin))).andExpect(status().is3xxRedirection());

        mvc.perform(projectForm(post("/projects/{id}", id), "Tweede wijziging")
                        .param("version", String.valueOf(version)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")))
                .andExpect(content().string(containsString("value=\"Tweede wijziging\"")));
        assertThat(reader.detail(id, true).orElseThrow().title()).isEqualTo("Eerste wijziging");
    }

    @Test
    void aProjectLeadChangesHisOwnProjectOnly() throws Exception {
        long mine = fx.project(PortfolioFixtures.unique("Van mij"), programme, theme, true);
        long theirs = fx.project(PortfolioFixtures.unique("Van een ander"), programme, theme, true);
        UserPrincipal projectLead = fx.projectLead(mine);
        fx.projectLead(theirs);
        int theirVersion = reader.detail(theirs, true).orElseThrow().version();

        mvc.perform(get("/projects/{id}/edit", theirs).with(user(projectLead))).andExpect(status().isForbidden());
        mvc.perform(projectForm(post("/projects/{id}", theirs), "Gekaapt")
                        .param("version", String.valueOf(theirVersion)).with(user(projectLead)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/status", theirs).with(csrf()).with(user(projectLead))
                .param("status", "UNDER_ASSESSMENT").param("version", String.valueOf(theirVersion)))
                .andExpect(status().isForbidden());
        assertThat(reader.detail(theirs, true).orElseThrow().title()).doesNotContain("Gekaapt");

        // The page offers no edit buttons on someone else's project, and does on his own.
        mvc.perform(get("/projects/{id}", theirs).with(user(projectLead)))
                .andExpect(content().string(not(containsString("/projects/" + theirs + "/edit"))));
        mvc.perform(get("/projects/{id}", mine).with(user(projectLead)))
                .andExpect(content().string(containsString("/projects/" + mine + "/edit")));

        int myVersion = reader.detail(mine, true).orElseThrow().version();
        mvc.perform(get("/projects/{id}/edit", mine).with(user(projectLead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alleen een programmamanager kan de programma")));
        mvc.perform(projectForm(post("/projects/{id}", mine), "Mijn nieuwe titel")
                        .param("version", String.valueOf(myVersion)).with(user(projectLead)))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.detail(mine, true).orElseThrow().title()).isEqualTo("Mijn nieuwe titel");
    }

    @Test
    void aProgrammeManagerEditsProjectsOfHisProgrammeOnlyAndAViewerNothing() throws Exception {
        long otherProgramme = fx.programme(true);
        long otherTheme = fx.theme(otherProgramme);
        long inMine = fx.project(PortfolioFixtures.unique("In mijn programma"), programme, theme, true);
        long inOther = fx.project(PortfolioFixtures.unique("In ander programma"), otherProgramme, otherTheme, true);
        UserPrincipal manager = fx.programmeManager(programme);
        UserPrincipal viewer = fx.user(Role.VIEWER);

        mvc.perform(get("/projects/{id}/edit", inOther).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/{id}/edit", inMine).with(user(manager))).andExpect(status().isOk());
        mvc.perform(projectForm(post("/projects/{id}", inMine), "Door de manager")
                        .param("version", String.valueOf(reader.detail(inMine, true).orElseThrow().version()))
                        .with(user(manager)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/projects/{id}/edit", inMine).with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(projectForm(post("/projects/{id}", inMine), "Door de kijker")
                        .param("version", String.valueOf(reader.detail(inMine, true).orElseThrow().version()))
                        .with(user(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/new").with(user(viewer))).andExpect(status().isForbidden());
        assertThat(reader.detail(inMine, true).orElseThrow().title()).isEqualTo("Door de manager");
    }

    @Test
    void anonymousVisitorsSeeNoUnpublishedProject() throws Exception {
        String hidden = PortfolioFixtures.unique("Geheim");
        String shown = PortfolioFixtures.unique("Openbaar");
        long hiddenId = fx.project(hidden, programme, theme, false);
        fx.project(shown, programme, theme, true);

        mvc.perform(get("/projects").param("programme", String.valueOf(programme)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shown)))
                .andExpect(content().string(not(containsString(hidden))));
        mvc.perform(get("/projects/{id}", hiddenId)).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}", programme))
                .andExpect(content().string(not(containsString(hidden))));
        mvc.perform(get("/themes/{id}", theme))
                .andExpect(content().string(not(containsString(hidden))));

        // Logged-in users see it.
        UserPrincipal viewer = fx.user(Role.VIEWER);
        mvc.perform(get("/projects/{id}", hiddenId).with(user(viewer))).andExpect(status().isOk());
        mvc.perform(get("/projects").param("programme", String.valueOf(programme)).with(user(viewer)))
                .andExpect(content().string(containsString(hidden)));
    }

    @Test
    void aPublishedProjectShowsNoNameOfAnUnpublishedLeadOrPartnerToAnonymousVisitors() throws Exception {
        String leadName = PortfolioFixtures.unique("Verborgen-trekker");
        String partnerName = PortfolioFixtures.unique("Verborgen-partner");
        String title = PortfolioFixtures.unique("Open project");
        long hiddenLead = fx.organisation(leadName, false);
        long id = fx.project(title, programme, theme, hiddenLead, fx.organisation(partnerName, false));

        for (String url : List.of("/projects/" + id, "/projects?programme=" + programme,
                "/programmes/" + programme, "/themes/" + theme, "/api/projects/" + id,
                "/api/projects?programme=" + programme)) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(title)))
                    .andExpect(content().string(not(containsString(leadName))))
                    .andExpect(content().string(not(containsString(partnerName))));
        }
        // Filtering by the hidden organisation finds nothing for anonymous visitors.
        mvc.perform(get("/projects").param("organisation", String.valueOf(hiddenLead)))
                .andExpect(content().string(not(containsString(title))));
        // Logged-in users see both.
        mvc.perform(get("/projects").param("organisation", String.valueOf(hiddenLead))
                        .with(user(fx.user(Role.VIEWER))))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/projects/{id}", id).with(user(fx.user(Role.VIEWER))))
                .andExpect(content().string(containsString(leadName)))
                .andExpect(content().string(containsString(partnerName)));
    }

    @Test
    void statusChangeThroughTheFormIsRecordedWithWhoAndWhen() throws Exception {
        UserPrincipal manager = fx.programmeManager(programme);
        long id = fx.project(PortfolioFixtures.unique("Status"), programme, theme, true);
        int version = reader.detail(id, true).orElseThrow().version();

        mvc.perform(get("/projects/{id}/status", id).with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"UNDER_ASSESSMENT\"")))
                .andExpect(content().string(not(containsString("value=\"RUNNING\""))));

        // A transition that skips a step is refused beside the field.
        mvc.perform(post("/projects/{id}/status", id).with(csrf()).with(user(manager))
                        .param("status", "RUNNING").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "status"));

        LocalDate on = LocalDate.now().minusDays(3);
        mvc.perform(post("/projects/{id}/status", id).with(csrf()).with(user(manager))
                        .param("status", "UNDER_ASSESSMENT").param("changedOn", on.toString())
                        .param("note", "Aanvraag compleet").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(dsl.select(PROJECT_STATUS_CHANGE.CHANGED_BY, PROJECT_STATUS_CHANGE.CHANGED_ON,
                        PROJECT_STATUS_CHANGE.NOTE)
                .from(PROJECT_STATUS_CHANGE)
                .where(PROJECT_STATUS_CHANGE.PROJECT_ID.eq(id))
                .and(PROJECT_STATUS_CHANGE.TO_STATUS.eq(ProjectStatus.UNDER_ASSESSMENT))
                .fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo(manager.username());
                    assertThat(r.value2()).isEqualTo(on);
                    assertThat(r.value3()).isEqualTo("Aanvraag compleet");
                });
        mvc.perform(get("/projects/{id}", id).with(user(manager)))
                .andExpect(content().string(containsString("Aanvraag compleet")))
                .andExpect(content().string(containsString(manager.username())));

        // Stale status change (version of before the change) is refused.
        mvc.perform(post("/projects/{id}/status", id).with(csrf()).with(user(manager))
                        .param("status", "APPROVED").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
    }

    @Test
    void theProjectListStaysWithinABoundedNumberOfQueries() throws Exception {
        long listProgramme = fx.programme(true);
        long listTheme = fx.theme(listProgramme);
        long municipality = fx.municipality();
        for (int i = 0; i < 30; i++) {
            fx.projectWithPartners(PortfolioFixtures.unique("Lijst"), listProgramme, listTheme, 4,
                    List.of(municipality));
        }
        UserPrincipal viewer = fx.user(Role.VIEWER);

        for (int size : new int[] {5, 30}) {
            queries.reset();
            mvc.perform(get("/projects").param("programme", String.valueOf(listProgramme))
                            .param("size", String.valueOf(size)).param("sort", "start").param("dir", "desc")
                            .with(user(viewer)))
                    .andExpect(status().isOk());
            assertThat(queries.count()).as("queries for a page of %d", size).isLessThanOrEqualTo(8);
        }
        queries.reset();
        mvc.perform(get("/projects").param("municipality", fx.areaCode(municipality)).param("sort", "lead"))
                .andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(8);
        queries.reset();
        mvc.perform(get("/programmes/{id}", listProgramme)).andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(8);
    }

    @Test
    void theProjectPageStaysWithinABoundedNumberOfQueries() throws Exception {
        List<Long> municipalities = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            municipalities.add(fx.municipality());
        }
        long id = fx.projectWithPartners(PortfolioFixtures.unique("Groot"), programme, theme, 25, municipalities);
        assertThat(dsl.fetchCount(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID.eq(id))).isEqualTo(26);
        UserPrincipal manager = fx.programmeManager(programme);

        queries.reset();
        mvc.perform(get("/projects/{id}", id).with(user(manager))).andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(5);
        queries.reset();
        mvc.perform(get("/projects/{id}", id)).andExpect(status().isOk());
        assertThat(queries.count()).isLessThanOrEqualTo(5);
        assertThat(dsl.fetchCount(PROJECT_THEME, PROJECT_THEME.PROJECT_ID.eq(id))).isEqualTo(1);
    }
    /**
     * The list's organisation filter is a searched choice: the page carries the chosen organisation only, not every
     * organisation (a thousand of them weighed 80 KB on every list page); without script its search button reloads
     * the list with the matches to choose from. The organisation's page links to its projects in the list.
     */
    @Test
    void theOrganisationFilterIsASearchedChoice() throws Exception {
        String tag = PortfolioFixtures.unique("Zoekorg");
        String otherName = tag + " Nergens";
        long other = fx.organisation(otherName, true);
        String leadName = dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(lead))
                .fetchSingle().value1();
        String title = PortfolioFixtures.unique("Gefilterd");
        fx.project(title, programme, theme, lead, fx.organisation());

        // nothing chosen: "all" and a search field, no organisation listed
        String none = html(get("/projects"));
        assertThat(none).contains("data-searched-choice", "name=\"choiceq_organisation\"")
                .containsPattern("<input type=\"radio\" name=\"organisation\" value=\"\" checked=\"checked\">\\s*<span>Alle</span>")
                .doesNotContain(otherName).doesNotContainPattern("data-choice-match(?!es)");
        // chosen: that one, ticked, and the list filtered by it
        String chosen = html(get("/projects").param("organisation", String.valueOf(lead)));
        assertThat(chosen).containsPattern("name=\"organisation\" value=\"" + lead + "\" checked>\\s*<span>"
                        + java.util.regex.Pattern.quote(org.springframework.web.util.HtmlUtils.htmlEscape(leadName)))
                .contains(title).doesNotContain(otherName);
        // the search without script: the same list, with the matches offered as more radio buttons
        String searched = html(get("/projects").param("organisation", String.valueOf(lead))
                .param("choiceSearch", "organisation").param("choiceq_organisation", tag));
        assertThat(searched).containsPattern("name=\"organisation\" value=\"" + other + "\" data-choice-match")
                .containsPattern("name=\"choiceq_organisation\"\\s+value=\"" + tag + "\"")
                .contains(title);
        // an organisation the visitor may not see keeps its number, not its name, and is not offered
        String hiddenName = tag + " Verborgen";
        long hidden = fx.organisation(hiddenName, false);
        String anonymous = html(get("/projects").param("organisation", String.valueOf(hidden))
                .param("choiceSearch", "organisation").param("choiceq_organisation", tag));
        assertThat(anonymous).doesNotContain(hiddenName)
                .containsPattern("value=\"" + hidden + "\" checked>\\s*<span>#" + hidden + "</span>");
        mvc.perform(get("/projects").param("organisation", String.valueOf(hidden)).with(user(fx.user(Role.VIEWER))))
                .andExpect(content().string(containsString(hiddenName)));
        mvc.perform(get("/organisations/{id}", lead))
                .andExpect(content().string(containsString("href=\"/projects?organisation=" + lead
                        + "&amp;sort=title&amp;dir=asc\"")));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
