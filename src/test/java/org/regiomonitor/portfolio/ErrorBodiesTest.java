package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 5: no error answer names a Java class, method or library. A list of malformed requests against the
 * API and the pages; every answer is a 4xx whose body says what was wrong in the caller's terms.
 */
@IntegrationTest
class ErrorBodiesTest {

    static final Pattern INTERNAL = Pattern.compile("org\\.regiomonitor|org\\.springframework|springframework"
            + "|java\\.|\\.java\\b|Exception|tools\\.jackson|com\\.fasterxml|jakarta\\.|ProjectApiController"
            + "|\\w+Input\\b|\\w+Request\\b|\\w+Form\\b");

    /** A request, the status it must get, and a text its body must contain (in English). */
    record Case(String name, MockHttpServletRequestBuilder request, int status, String says) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    PortfolioFixtures fx;
    UserPrincipal admin;
    long project;
    long programme;
    long theme;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        admin = fx.user(Role.ADMIN);
        programme = fx.programme(true);
        theme = fx.theme(programme);
        project = fx.project(PortfolioFixtures.unique("Fout"), programme, theme, true);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder b) {
        return b.with(httpBasic(admin.username(), PortfolioFixtures.PASSWORD)).header("Accept-Language", "en");
    }

    private MockHttpServletRequestBuilder apiJson(MockHttpServletRequestBuilder b, String body) {
        return api(b).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder b) {
        return b.with(user(admin)).with(csrf()).param("lang", "en");
    }

    @Test
    void malformedApiRequestsGetSpecificAnswersWithoutJavaNames() throws Exception {
        List<Case> cases = List.of(
                new Case("empty body", apiJson(post("/api/projects"), ""), 400, "The request has no body"),
                new Case("broken JSON", apiJson(post("/api/projects"), "{\"title\": "), 400, "not valid JSON"),
                new Case("not an object", apiJson(post("/api/projects"), "[1, 2]"), 400, "must be a JSON object"),
                new Case("text, not JSON", api(post("/api/projects")).contentType(MediaType.TEXT_PLAIN).content("x"),
                        415, ""),
                new Case("bad date", apiJson(post("/api/projects"), "{\"title\":\"x\",\"startDate\":\"31-01-2026\"}"),
                        400, "Field 'startDate': expected a date like 2026-01-31."),
                new Case("text for a number", apiJson(post("/api/projects"), "{\"leadOrganisationId\":\"abc\"}"), 400,
                        "Field 'leadOrganisationId': expected a whole number."),
                new Case("text for a list", apiJson(post("/api/projects"), "{\"programmeIds\":\"x\"}"), 400,
                        "Field 'programmeIds': expected a list."),
                new Case("unknown status", apiJson(post("/api/projects"), "{\"status\":\"FOO\"}"), 400,
                        "Field 'status': expected one of: APPLICATION, UNDER_ASSESSMENT"),
                new Case("bad boolean", apiJson(post("/api/projects"), "{\"published\":\"maybe\"}"), 400,
                        "Field 'published': expected true or false."),
                new Case("list for text", apiJson(post("/api/projects"), "{\"title\":[\"a\"]}"), 400,
                        "Field 'title': expected text."),
                new Case("object for a list", apiJson(post("/api/projects"), "{\"links\":{\"a\":1}}"), 400,
                        "Field 'links': expected a list."),
                new Case("nested bad value", apiJson(post("/api/projects"),
                        "{\"partners\":[{\"organisationId\":1,\"role\":\"BOSS\"}]}"), 400, "Field 'partners[0].role'"),
                new Case("null in a list", apiJson(post("/api/projects"), "{\"programmeIds\":[null]}"), 400, ""),
                new Case("bad amount", apiJson(post("/api/budget-lines"), "{\"budgeted\":\"lots\"}"), 400,
                        "Field 'budgeted': expected a number like 1250000.50."),
                new Case("bad voucher date", apiJson(post("/api/vouchers"), "{\"awardedOn\":\"yesterday\"}"), 400,
                        "Field 'awardedOn': expected a date like 2026-01-31."),
                new Case("bad role", apiJson(post("/api/users"), "{\"username\":\"x\",\"role\":\"KING\"}"), 400,
                        "Field 'role': expected one of"),
                new Case("bad area kind", apiJson(post("/api/areas"), "{\"kind\":\"PLANET\"}"), 400, "Field 'kind'"),
                new Case("empty organisation body", apiJson(put("/api/organisations/1"), ""), 400, "no body"),
                new Case("method not allowed", api(delete("/api/projects")), 405, ""),
                new Case("path variable of the wrong kind", api(get("/api/projects/abc")), 400,
                        "Field 'id': expected a whole number."),
                new Case("parameter of the wrong kind", api(get("/api/projects")).param("page", "x"), 400,
                        "Field 'page': expected a whole number."),
                new Case("missing parameter", api(delete("/api/themes/{id}", theme)), 400, "Parameter 'version' is missing."),
                new Case("missing period", api(get("/api/areas/GM0141/member-sum")), 400, "Parameter 'period'"),
                new Case("not found", api(get("/api/projects/999999999")), 404, "not found"),
                new Case("no such API", api(get("/api/no-such-thing")), 404, ""),
                new Case("stale edit", apiJson(put("/api/projects/{id}", project), "{\"title\":\"Oud\",\"leadOrganisationId\":"
                        + fx.organisation() + ",\"programmeIds\":[" + programme + "],\"themeIds\":[" + theme
                        + "],\"version\":99}"), 409, "changed by someone else"));
        check(cases);
    }

    @Test
    void malformedPageRequestsGetSpecificAnswersWithoutJavaNames() throws Exception {
        List<Case> cases = List.of(
                new Case("path variable of the wrong kind", page(get("/projects/abc")), 400,
                        "Field &#39;id&#39;: expected a whole number."),
                new Case("parameter of the wrong kind", page(get("/projects")).param("page", "x"), 400,
                        "Field &#39;page&#39;: expected a whole number."),
                new Case("not found", page(get("/projects/999999999")), 404, "Not found"),
                new Case("missing parameter", page(post("/themes/{id}/delete", theme)), 400,
                        "Parameter &#39;version&#39; is missing."),
                new Case("field the form does not have", page(post("/projects/{id}", project)).param("owner", "me"), 400,
                        "Field &#39;owner&#39; is not part of this form."),
                new Case("nonsense row index", page(post("/projects/{id}", project)).param("partners[x].role", "LEAD"),
                        400, "is not part of this form"),
                new Case("bad date in a form", page(post("/projects")).param("title", "x").param("startDate", "gisteren"),
                        200, ""),
                new Case("unknown choice in a form", page(post("/projects")).param("title", "x").param("status", "FOO")
                        .param("regionWide", "maybe").param("partners[0].role", "BOSS"), 200,
                        "This value does not fit here"),
                new Case("NUL in a form", page(post("/organisations")).param("name", "a\u0000"), 400, "U+0000"));
        check(cases);
    }

    private void check(List<Case> cases) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            MockHttpServletResponse r = mvc.perform(c.request()).andReturn().getResponse();
            String body = r.getContentAsString(StandardCharsets.UTF_8) + " " + (r.getErrorMessage() == null ? ""
                    : r.getErrorMessage());
            if (r.getStatus() != c.status()) {
                failures.add(c.name() + ": status " + r.getStatus() + " instead of " + c.status() + ": " + body);
            }
            if (INTERNAL.matcher(body).find()) {
                failures.add(c.name() + ": names internals: " + body);
            }
            if (!body.contains(c.says())) {
                failures.add(c.name() + ": does not say \"" + c.says() + "\": " + body);
            }
        }
        assertThat(failures).isEmpty();
    }
}
