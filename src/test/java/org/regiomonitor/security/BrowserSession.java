package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One browser over MockMvc: a real form log-in, then the session cookie Spring Session issued (the
 * session lives in PostgreSQL) and the CSRF token its pages carry, as a browser would send them.
 */
final class BrowserSession {

    static final String COOKIE = "SESSION";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final Cookie session;
    /** The CSRF token of a page read while logged in, kept to replay it after the session is ended. */
    private final String csrf;

    private BrowserSession(MockMvc mvc, Cookie session, String csrf) {
        this.mvc = mvc;
        this.session = session;
        this.csrf = csrf;
    }

    /** Logs in through the form; fails the test unless the log-in succeeded. */
    static BrowserSession logIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult login = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn();
        Cookie anonymous = login.getResponse().getCookie(COOKIE);
        assertThat(anonymous).as("the log-in page's session (for its CSRF token)").isNotNull();
        String formToken = find(HIDDEN_CSRF, login.getResponse().getContentAsString());
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/login").cookie(anonymous)
                .param("username", username).param("password", password).param("_csrf", formToken)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("log-in of " + username).isEqualTo("/");
        Cookie session = result.getResponse().getCookie(COOKIE);
        assertThat(session).as("a new session id at log-in").isNotNull();
        assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/account/password").cookie(session)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return new BrowserSession(mvc, session, find(META_CSRF, page.getResponse().getContentAsString()));
    }

    static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    ResultActions get(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).cookie(session));
    }

    /** Posts a form with the session cookie and the CSRF token the session's pages carried. */
    ResultActions post(String url, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).cookie(session).param("_csrf", csrf);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return mvc.perform(request);
    }
}
