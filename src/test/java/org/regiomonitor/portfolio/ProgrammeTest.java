package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProgrammeReader;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Programmes and themes over the web pages and the API: forms, rules, rights, visibility. */
@IntegrationTest
class ProgrammeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    ProgrammeReader reader;
    @Autowired
    JsonMapper json;

    PortfolioFixtures fx;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        admin = fx.user(Role.ADMIN);
    }

    @Test
    void anAdministratorCreatesAProgrammeWithSourcedFiguresThroughTheForm() throws Exception {
        String code = PortfolioFixtures.unique("AVT");
        long source = fx.source();
        mvc.perform(post("/programmes").with(csrf()).with(user(admin))
                        .param("code", code).param("name", "Agenda voor Twente test")
                        .param("startYear", "2023").param("endYear", "2027")
                        .param("budgetCeiling", "13000000").param("budgetCeilingSourceId", String.valueOf(source))
                        .param("budgetCeilingSourceLocator", "Financieel overzicht")
                        .param("multiplierTarget", "8.5").param("multiplierTargetSourceId", String.valueOf(source))
                        .param("expectedInvestment", "89000000").param("expectedInvestmentSourceId", String.valueOf(source))
                        .param("expectedInvestmentSourceLocator", "Multiplier")
                        .param("investmentVolume", "150000000").param("investmentVolumeSourceId", String.valueOf(source))
                        .param("investmentVolumeSourceLocator", "§4")
                        .param("status", "RUNNING").param("published", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + code));
        long id = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq(code)).fetchSingle(PROGRAMME.ID);

        var detail = reader.detail(id, false).orElseThrow();
        assertThat(detail.budgetCeiling()).isEqualByComparingTo(new BigDecimal("13000000"));
        assertThat(detail.budgetCeilingSource().locator()).isEqualTo("Financieel overzicht");
        assertThat(detail.multiplierTarget()).isEqualByComparingTo("8.5");
        // the amounts that are not a ceiling keep their own meaning and source (issue 6)
        assertThat(detail.expectedInvestment()).isEqualByComparingTo("89000000");
        assertThat(detail.expectedInvestmentSource().locator()).isEqualTo("Multiplier");
        assertThat(detail.investmentVolume()).isEqualByComparingTo("150000000");
        assertThat(detail.investmentVolumeSource().locator()).isEqualTo("§4");

        mvc.perform(get("/programmes/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Financieel overzicht")))
                .andExpect(content().string(containsString("/programmes/" + code + "/finance")))
                .andExpect(content().string(containsString("8,5")));
    }

    @Test
    void aFigureWithoutSourceAnEndBeforeTheStartAndADuplicateCodeAreRefused() throws Exception {
        long existing = fx.programme(true);
        String takenCode = dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(existing))
                .fetchSingle(PROGRAMME.CODE);
        int before = dsl.fetchCount(PROGRAMME);
        mvc.perform(post("/programmes").with(csrf()).with(user(admin))
                        .param("code", takenCode).param("name", "Dubbel")
                        .param("startYear", "2027").param("endYear", "2023")
                        .param("budgetCeiling", "100").param("expectedInvestment", "200")
                        .param("investmentVolume", "300").param("status", "PLANNED"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "endYear", "budgetCeilingSourceId",
                        "expectedInvestmentSourceId", "investmentVolumeSourceId"));
        assertThat(dsl.fetchCount(PROGRAMME)).isEqualTo(before);
    }

    @Test
    void aProgrammeManagerEditsHisProgrammeOnlyAndStaleEditsAreRefused() throws Exception {
        long mine = fx.programme(true);
        long other = fx.programme(true);
        UserPrincipal manager = fx.programmeManager(mine);
        var d = reader.detail(mine, true).orElseThrow();

        mvc.perform(get("/programmes/{id}/edit", other).with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/new").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/{id}", mine).with(csrf()).with(user(manager))
                        .param("code", d.code()).param("name", "Nieuwe naam").param("status", "COMPLETED")
                        .param("published", "true").param("version", String.valueOf(d.version())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programmes/" + d.code()));
        assertThat(reader.detail(mine, true).orElseThrow().name()).isEqualTo("Nieuwe naam");

        mvc.perform(post("/programmes/{id}", mine).with(csrf()).with(user(manager))
                        .param("code", d.code()).param("name", "Te laat").param("status", "COMPLETED")
                        .param("version", String.valueOf(d.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")))
                .andExpect(content().string(containsString("value=\"Te laat\"")));

        Map<String, Object> body = new HashMap<>(Map.of("code", d.code(), "name", "API", "status", "RUNNING",
                "version", d.version()));
        mvc.perform(put("/api/programmes/{id}", mine).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)).with(httpBasic(manager.username(), PortfolioFixtures.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/programmes/{id}", other).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)).with(httpBasic(manager.username(), PortfolioFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void themesAreAddedChangedAndRemovedByTheProgrammesManagers() throws Exception {
        long programme = fx.programme(true);
        UserPrincipal manager = fx.programmeManager(programme);
        UserPrincipal stranger = fx.programmeManager(fx.programme(true));
        String code = PortfolioFixtures.unique("AL");

        mvc.perform(post("/programmes/{id}/themes", programme).with(csrf()).with(user(stranger))
                .param("code", code).param("name", "Vreemd").param("kind", "GOAL")).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/{id}/themes", programme).with(csrf()).with(user(manager))
                        .param("code", "").param("name", "").param("kind", "GOAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "name"));
        mvc.perform(post("/programmes/{id}/themes", programme).with(csrf()).with(user(manager))
                        .param("code", code).param("name", "Arbeidsmarkt").param("kind", "ACTION_LINE")
                        .param("position", "1"))
                .andExpect(status().is3xxRedirection());
        long themeId = dsl.select(THEME.ID).from(THEME).where(THEME.PROGRAMME_ID.eq(programme)).and(THEME.CODE.eq(code))
                .fetchSingle(THEME.ID);

        // Same code twice in one programme is refused.
        mvc.perform(post("/programmes/{id}/themes", programme).with(csrf()).with(user(manager))
                        .param("code", code).param("name", "Nog eens").param("kind", "ACTION_LINE"))
                .andExpect(model().attributeHasFieldErrors("form", "code"));

        mvc.perform(post("/themes/{id}", themeId).with(csrf()).with(user(manager))
                        .param("code", code).param("name", "Arbeidsmarkt en onderwijs").param("kind", "ACTION_LINE")
                        .param("position", "2").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/themes/{id}", themeId)).andExpect(content().string(containsString("Arbeidsmarkt en onderwijs")));

        // In use: it stays.
        long project = fx.project(PortfolioFixtures.unique("Thema-gebruik"), programme, themeId, true);
        mvc.perform(post("/themes/{id}/delete", themeId).with(csrf()).with(user(manager)).param("version", "1"))
                .andExpect(redirectedUrl("/programmes/" + reader.detail(programme, true).orElseThrow().code()));
        assertThat(dsl.fetchExists(THEME, THEME.ID.eq(themeId))).isTrue();
        mvc.perform(get("/api/themes/{id}", themeId)).andExpect(jsonPath("$.theme.projectCount").value(1));
        assertThat(project).isPositive();

        // Via the API: add, change, remove an unused theme.
        String apiCode = PortfolioFixtures.unique("API");
        var auth = httpBasic(manager.username(), PortfolioFixtures.PASSWORD);
        String location = mvc.perform(post("/api/programmes/{id}/themes", programme).with(auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("code", apiCode, "name", "Via API", "kind", "NPVR_TASK"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.theme.kind").value("NPVR_TASK"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(put(location).with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("code", apiCode, "name", "", "kind", "NPVR_TASK",
                                "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name")));
        mvc.perform(get("/api/programmes/{id}/themes", programme))
                .andExpect(jsonPath("$[*].code", hasItem(apiCode)));
        mvc.perform(delete(location).param("version", "0").with(auth)).andExpect(status().isNoContent());
        mvc.perform(get(location)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsSeeOnlyPublishedProgrammes() throws Exception {
        long hidden = fx.programme(false);
        long shown = fx.programme(true);
        String hiddenCode = reader.detail(hidden, true).orElseThrow().code();
        long hiddenTheme = fx.theme(hidden);

        mvc.perform(get("/programmes")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(hiddenCode))))
                .andExpect(content().string(containsString("/programmes/" + reader.detail(shown, true).orElseThrow().code())));
        mvc.perform(get("/programmes/{id}", hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/themes/{id}", hiddenTheme)).andExpect(status().isNotFound());
        mvc.perform(get("/api/programmes/{id}", hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/api/programmes/{id}/themes", hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/api/programmes").param("size", "200"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) hidden))));
        mvc.perform(get("/programmes/{id}", hidden).with(user(fx.user(Role.VIEWER)))).andExpect(status().isOk());
    }

    @Test
    void theProgrammeListFiltersByStatusAndCountsProjects() throws Exception {
        long programme = fx.programme(true);
        long theme = fx.theme(programme);
        fx.project(PortfolioFixtures.unique("Teller"), programme, theme, true);
        fx.project(PortfolioFixtures.unique("Teller"), programme, theme, false);

        mvc.perform(get("/api/programmes").param("status", "RUNNING").param("size", "200"))
                .andExpect(jsonPath("$.items[?(@.id == " + programme + ")].projectCount").value(1));
        mvc.perform(get("/api/programmes").param("status", "RUNNING").param("size", "200")
                        .with(httpBasic(admin.username(), PortfolioFixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[?(@.id == " + programme + ")].projectCount").value(2));
        mvc.perform(get("/api/programmes").param("status", "PLANNED").param("size", "200"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) programme))));
        mvc.perform(get("/programmes").param("status", "PLANNED"))
                .andExpect(content().string(not(containsString("/programmes/" + programme + "\""))));
    }
}
