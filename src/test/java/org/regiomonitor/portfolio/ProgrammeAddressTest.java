package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6, section 5: {@code /programmes/AVT-2023} works. A programme is served at its code (stable and readable),
 * in any case, and still at its id; its finance page and its themes likewise; the site links to the code.
 */
@IntegrationTest
class ProgrammeAddressTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    PortfolioFixtures fx;
    UserPrincipal admin;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        admin = fx.user(Role.ADMIN);
    }

    private String code(long programme) {
        return dsl.select(PROGRAMME.CODE).from(PROGRAMME).where(PROGRAMME.ID.eq(programme)).fetchSingle(PROGRAMME.CODE);
    }

    private String name(long programme) {
        return dsl.select(PROGRAMME.NAME).from(PROGRAMME).where(PROGRAMME.ID.eq(programme)).fetchSingle(PROGRAMME.NAME);
    }

    @Test
    void aProgrammeIsServedAtItsCodeAndStillAtItsId() throws Exception {
        long programme = fx.programme(true);
        long theme = fx.theme(programme);
        String code = code(programme);
        String themeCode = dsl.select(THEME.CODE).from(THEME).where(THEME.ID.eq(theme)).fetchSingle(THEME.CODE);
        for (String path : List.of("/programmes/" + code, "/programmes/" + code.toLowerCase(),
                "/programmes/" + programme)) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(name(programme)),
                            // the page links to the code: its finance page, its themes
                            containsString("href=\"/programmes/" + code + "/finance\""),
                            containsString("href=\"/programmes/" + code + "/themes/" + themeCode + "\""))));
            mvc.perform(get(path + "/finance")).andExpect(status().isOk())
                    .andExpect(content().string(containsString(name(programme))));
        }
        mvc.perform(get("/programmes/{code}/themes/{theme}", code, themeCode)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/programmes/" + code + "\"")));
        mvc.perform(get("/themes/{id}", theme)).andExpect(status().isOk());
        mvc.perform(get("/programmes")).andExpect(content().string(containsString("href=\"/programmes/" + code + "\"")));
        mvc.perform(get("/programmes/{code}/edit", code).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/programmes/{code}/themes/new", code).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void anUnpublishedProgrammeIsNotFoundByItsCodeEither() throws Exception {
        long hidden = fx.programme(false);
        long theme = fx.theme(hidden);
        String code = code(hidden);
        String themeCode = dsl.select(THEME.CODE).from(THEME).where(THEME.ID.eq(theme)).fetchSingle(THEME.CODE);
        for (String path : List.of("/programmes/" + code, "/programmes/" + code + "/finance",
                "/programmes/" + code + "/themes/" + themeCode)) {
            mvc.perform(get(path)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(name(hidden)))));
            mvc.perform(get(path).with(user(fx.user(Role.VIEWER)))).andExpect(status().isOk());
        }
        mvc.perform(get("/programmes/NO-SUCH-CODE")).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{code}/themes/NO-SUCH-THEME", code).with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCodeCannotBeMistakenForAnIdOrTheNewForm() throws Exception {
        int before = dsl.fetchCount(PROGRAMME);
        for (String code : List.of("2023", "new", "..", "a b")) {
            mvc.perform(post("/programmes").with(csrf()).with(user(admin))
                            .param("code", code).param("name", "Adres " + code).param("status", "PLANNED"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "code"));
        }
        assertThat(dsl.fetchCount(PROGRAMME)).isEqualTo(before);
        // a theme's code is part of its address too
        long programme = fx.programme(true);
        for (String code : List.of("new", "12", "a/b")) {
            mvc.perform(post("/programmes/{id}/themes", programme).with(csrf()).with(user(admin))
                            .param("code", code).param("name", "Thema " + code).param("kind", "GOAL"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "code"));
        }
        assertThat(dsl.fetchCount(THEME, THEME.PROGRAMME_ID.eq(programme))).isZero();
        // and a code that saves is the address the form goes on to
        String code = PortfolioFixtures.unique("RDT");
        mvc.perform(post("/programmes").with(csrf()).with(user(admin))
                        .param("code", code).param("name", "Adres " + code).param("status", "PLANNED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/programmes/" + code));
    }
}
