package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@link AnonymousPageCache}: an anonymous visitor's page is served again without rendering while the database is
 * unchanged, byte for byte as rendered; any committed write makes the next request render anew (never a page older
 * than the data); logged-in users, visitors with a session, answers that set a cookie and other languages are kept
 * apart.
 */
@IntegrationTest
@TestPropertySource(properties = "regiomonitor.page-cache.enabled=true")
class AnonymousPageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    QueryCounter queries;

    @Test
    void anUnchangedPageIsServedAgainAndAWriteShowsOnTheNextRequest() throws Exception {
        String first = page(get("/programmes"));
        queries.record();
        String again = page(get("/programmes"));
        assertThat(queries.recorded()).as("served again: the snapshot is the only statement").singleElement()
                .satisfies(sql -> assertThat(sql).contains("pg_current_snapshot()"));
        assertThat(again).isEqualTo(first);
        MvcResult served = mvc.perform(get("/programmes")).andExpect(status().isOk()).andReturn();
        assertThat(served.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(served.getResponse().getHeader("Content-Language")).isEqualTo("nl");
        assertThat(served.getResponse().getHeader("X-Frame-Options")).as("the security headers").isEqualTo("DENY");

        String name = "Cachetest " + UUID.randomUUID();
        dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "CT" + UUID.randomUUID().toString().substring(0, 8))
                .set(PROGRAMME.NAME, name).set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING)
                .set(PROGRAMME.PUBLISHED, true).execute();
        assertThat(rendered(get("/programmes"))).as("the next request after a write is rendered").isTrue();
        assertThat(page(get("/programmes"))).contains(name);
    }

    @Test
    void languagesLoggedInUsersSessionsAndCookiesAreKeptApart() throws Exception {
        String dutch = page(get("/programmes"));
        String english = page(get("/programmes").cookie(new Cookie("regiomonitor-lang", "en")));
        assertThat(english).isNotEqualTo(dutch);
        assertThat(page(get("/programmes"))).isEqualTo(dutch);

        assertThat(rendered(get("/programmes"))).as("unchanged: served again").isFalse();
        assertThat(rendered(get("/programmes").with(user("cachetest").roles("ADMIN"))))
                .as("a logged-in user's page").isTrue();
        assertThat(rendered(get("/programmes").cookie(new Cookie("SESSION", "abc")))).as("a request with a session")
                .isTrue();

        // files are not looked at: no snapshot is read for a style sheet
        queries.record();
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        assertThat(queries.recorded()).isEmpty();

        // switching the language sets a cookie: never stored
        page(get("/programmes").param("lang", "de"));
        assertThat(rendered(get("/programmes").param("lang", "de"))).as("an answer that sets a cookie").isTrue();
        MvcResult switched = mvc.perform(get("/programmes").param("lang", "de")).andExpect(status().isOk()).andReturn();
        assertThat(switched.getResponse().getCookie("regiomonitor-lang")).isNotNull();
    }

    /** Whether the request ran a statement other than the snapshot's: the page was rendered, not served again. */
    private boolean rendered(MockHttpServletRequestBuilder request) throws Exception {
        queries.record();
        page(request);
        return queries.recorded().stream().anyMatch(sql -> !sql.contains("pg_current_snapshot()"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
