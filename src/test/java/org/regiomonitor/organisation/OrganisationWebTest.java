package org.regiomonitor.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.db.tables.records.OrganisationRecord;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class OrganisationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    QueryCounter queries;

    OrgVoucherTestData data;
    TestUser admin;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
        admin = data.user(Role.ADMIN);
    }

    private static MockHttpServletRequestBuilder form(String url, String name, String kind, String website) {
        return post(url).with(csrf()).param("name", name).param("kind", kind).param("website", website)
                .param("description", "Maakt chips").param("published", "true");
    }

    private OrganisationRecord byName(String name) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.NAME.eq(name)).fetchOne();
    }

    @Test
    void administratorCreatesAndEditsAnOrganisation() throws Exception {
        String name = "Chipfabriek " + OrgVoucherTestData.word();
        long municipality = data.area("MUNICIPALITY");
        mvc.perform(form("/organisations", name, "BUSINESS", "https://example.org")
                        .param("municipalityId", String.valueOf(municipality)).with(admin.principal()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organisations/*"));
        OrganisationRecord created = byName(name);
        assertThat(created).isNotNull();
        assertThat(created.getMunicipalityId()).isEqualTo(municipality);
        assertThat(created.getWebsite()).isEqualTo("https://example.org");

        mvc.perform(get("/organisations/" + created.getId()).with(admin.principal()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("Maakt chips"),
                        containsString("Bedrijf"))));
        mvc.perform(get("/organisations/" + created.getId() + "/edit").with(admin.principal()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(form("/organisations/" + created.getId(), name + " BV", "BUSINESS", "")
                        .param("version", "0").with(admin.principal()))
                .andExpect(status().is3xxRedirection());
        OrganisationRecord updated = dsl.fetchSingle(ORGANISATION, ORGANISATION.ID.eq(created.getId()));
        assertThat(updated.getName()).isEqualTo(name + " BV");
        assertThat(updated.getWebsite()).isNull();
        assertThat(updated.getVersion()).isEqualTo(1);
    }

    @Test
    void invalidInputSavesNothingAndShowsAnErrorBesideEachField() throws Exception {
        int before = dsl.fetchCount(ORGANISATION);
        mvc.perform(form("/organisations", " ", "", "ftp://example.org")
                        .param("municipalityId", "-1").with(admin.principal()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""), containsString("Vul een naam in."),
                        containsString("id=\"kind-error\""), containsString("id=\"website-error\""),
                        containsString("id=\"municipalityId-error\""), containsString("aria-invalid=\"true\""),
                        containsString("Niet opgeslagen"))));
        assertThat(dsl.fetchCount(ORGANISATION)).isEqualTo(before);
    }

    @Test
    void aDuplicateNameIsRefusedBesideTheNameField() throws Exception {
        String name = "Dubbel " + OrgVoucherTestData.word();
        data.organisation(name, null, true);
        int before = dsl.fetchCount(ORGANISATION);
        mvc.perform(form("/organisations", name.toUpperCase(), "BUSINESS", "").with(admin.principal()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""),
                        containsString("Er bestaat al een organisatie met deze naam"))));
        assertThat(dsl.fetchCount(ORGANISATION)).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefused() throws Exception {
        String name = "Oud " + OrgVoucherTestData.word();
        long id = data.organisation(name, null, true);
        // someone else saves first
        dsl.update(ORGANISATION).set(ORGANISATION.VERSION, 1).where(ORGANISATION.ID.eq(id)).execute();
        mvc.perform(form("/organisations/" + id, name + " nieuw", "BUSINESS", "").param("version", "0")
                        .with(admin.principal()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
        assertThat(dsl.fetchSingle(ORGANISATION, ORGANISATION.ID.eq(id)).getName()).isEqualTo(name);
    }

    @Test
    void onlyAdministratorsAndProgrammeManagersMayCreate() throws Exception {
        mvc.perform(get("/organisations/new")).andExpect(status().is3xxRedirection()); // to the log-in
        for (Role role : new Role[] {Role.VIEWER, Role.PROJECT_LEAD}) {
            TestUser u = data.user(role);
            String name = "Verboden " + OrgVoucherTestData.word();
            mvc.perform(get("/organisations/new").with(u.principal())).andExpect(status().isForbidden());
            mvc.perform(form("/organisations", name, "BUSINESS", "").with(u.principal()))
                    .andExpect(status().isForbidden());
            assertThat(byName(name)).isNull();
        }
        TestUser manager = data.user(Role.PROGRAMME_MANAGER);
        String name = "Toegestaan " + OrgVoucherTestData.word();
        mvc.perform(form("/organisations", name, "EDUCATION", "").with(manager.principal()))
                .andExpect(status().is3xxRedirection());
        assertThat(byName(name)).isNotNull();
        // and anonymous posts are sent to log in, writing nothing
        String anonymous = "Anoniem " + OrgVoucherTestData.word();
        mvc.perform(form("/organisations", anonymous, "BUSINESS", "")).andExpect(status().is3xxRedirection());
        assertThat(byName(anonymous)).isNull();
    }

    @Test
    void detailShowsProjectsWithRolesAndFundersInBoundedQueries() throws Exception {
        String name = "Partner " + OrgVoucherTestData.word();
        long org = data.organisation(name, "Een partner", true);
        String ledTitle = "Geleid project " + OrgVoucherTestData.word();
        long led = data.project(ledTitle, null, true, null);
        data.lead(led, org);
        data.partner(led, org, "KNOWLEDGE");
        String hiddenTitle = "Verborgen project " + OrgVoucherTestData.word();
        long hidden = data.project(hiddenTitle, null, false, null);
        data.partner(hidden, org, "IMPLEMENTING");
        String funder = "Fonds " + OrgVoucherTestData.word();
        data.funder(funder, org);

        queries.reset();
        mvc.perform(get("/organisations/" + org))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ledTitle), containsString("<span>Penvoerder, </span><span>Kennispartner</span>"),
                        containsString(funder), not(containsString(hiddenTitle)))));
        assertThat(queries.count()).isLessThanOrEqualTo(5); // organisation, programmes, projects, funders, history

        mvc.perform(get("/organisations/" + org).with(data.user(Role.VIEWER).principal()))
                .andExpect(content().string(allOf(containsString(hiddenTitle), containsString("Uitvoerende partner"))));
    }

    @Test
    void theTwenteBoardPageListsTheReferenceProgrammesItOwns() throws Exception {
        long board = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq("Twente Board"))
                .fetchSingle().value1();
        // what the reference data says the board owns, read from the programme table itself
        List<String> owned = dsl.select(PROGRAMME.NAME).from(PROGRAMME)
                .where(PROGRAMME.OWNER_ORGANISATION_ID.eq(board)).and(PROGRAMME.PUBLISHED.isTrue())
                .fetch(r -> r.value1());
        List<String> others = dsl.select(PROGRAMME.NAME).from(PROGRAMME)
                .where(PROGRAMME.CODE.in("AVT-2018", "AVT-2023", "RDT-1", "RDT-2", "MICROCHIP", "NPVR"))
                .and(PROGRAMME.OWNER_ORGANISATION_ID.isNull().or(PROGRAMME.OWNER_ORGANISATION_ID.ne(board)))
                .fetch(r -> r.value1());
        assertThat(owned).contains("Agenda voor Twente 2023-2027", "Regio Deal Twente I");

        String html = mvc.perform(get("/organisations/" + board)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String section = html.substring(html.indexOf("id=\"programmes-heading\""), html.indexOf("id=\"projects-heading\""));
        owned.forEach(name -> assertThat(section).contains(HtmlUtils.htmlEscape(name, "UTF-8")));
        others.forEach(name -> assertThat(section).doesNotContain(HtmlUtils.htmlEscape(name, "UTF-8")));
    }

    @Test
    void anUnpublishedProgrammeOfAnOrganisationIsShownOnlyToThoseWhoMaySeeIt() throws Exception {
        String name = "Eigenaar " + OrgVoucherTestData.word();
        long org = data.organisation(name, null, true);
        String programme = "Programma van " + name;
        dsl.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.STATUS, PROGRAMME.PUBLISHED,
                        PROGRAMME.OWNER_ORGANISATION_ID, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR)
                .values("OWN-" + OrgVoucherTestData.word(), programme, ProgrammeStatus.PLANNED, false, org, 2026, 2030)
                .execute();

        mvc.perform(get("/organisations/" + org))
                .andExpect(content().string(allOf(not(containsString(programme)),
                        not(containsString("id=\"programmes-heading\"")))));
        mvc.perform(get("/organisations/" + org).with(data.user(Role.VIEWER).principal()))
                .andExpect(content().string(allOf(containsString(programme), containsString("2026–2030"),
                        containsString("Gepland"), containsString("Programma&#39;s als eigenaar"))));
        mvc.perform(get("/organisations/" + org).param("lang", "en").with(data.user(Role.VIEWER).principal()))
                .andExpect(content().string(containsString("Programmes it owns")));
    }

    @Test
    void unpublishedOrganisationsAreHiddenFromAnonymousVisitors() throws Exception {
        String name = "Geheim " + OrgVoucherTestData.word();
        long id = data.organisation(name, null, false);
        mvc.perform(get("/organisations/" + id)).andExpect(status().isNotFound());
        String link = "href=\"/organisations/" + id + "\"";
        mvc.perform(get("/organisations").param("q", name)).andExpect(content().string(not(containsString(link))));
        mvc.perform(get("/organisations").param("q", name).with(data.user(Role.VIEWER).principal()))
                .andExpect(content().string(containsString(link)));
    }

    @Test
    void listFiltersByKindMunicipalityAndTextAndSorts() throws Exception {
        String tag = OrgVoucherTestData.word();
        long municipality = data.area("MUNICIPALITY");
        String code = data.areaCode(municipality);
        long a = data.organisation("Alfa " + tag, null, true);
        data.organisation("Beta " + tag, null, true);
        dsl.update(ORGANISATION).set(ORGANISATION.MUNICIPALITY_ID, municipality).set(ORGANISATION.KIND, OrganisationKind.EDUCATION)
                .where(ORGANISATION.ID.eq(a)).execute();

        queries.reset();
        mvc.perform(get("/organisations").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Alfa " + tag), containsString("Beta " + tag))));
        assertThat(queries.count()).isLessThanOrEqualTo(3);
        mvc.perform(get("/organisations").param("q", tag).param("kind", "EDUCATION"))
                .andExpect(content().string(allOf(containsString("Alfa " + tag), not(containsString("Beta " + tag)))));
        mvc.perform(get("/organisations").param("municipality", code))
                .andExpect(content().string(allOf(containsString("Alfa " + tag), not(containsString("Beta " + tag)))));
        String desc = mvc.perform(get("/organisations").param("q", tag).param("sort", "NAME").param("dir", "desc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(desc.indexOf("Beta " + tag)).isLessThan(desc.indexOf("Alfa " + tag));
        // unknown filter values are ignored, not an error
        mvc.perform(get("/organisations").param("kind", "NONSENSE").param("sort", "x")).andExpect(status().isOk());
    }
}
