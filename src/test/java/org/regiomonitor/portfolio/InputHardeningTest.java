package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5, input hardening: characters PostgreSQL or a page cannot hold are refused with a 400 naming the
 * field (never a 500) and nothing is written; text is NFC and white space is white space in the Unicode
 * sense; a field a request may not set is refused, not ignored.
 */
@IntegrationTest
class InputHardeningTest {

    static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    ProjectReader reader;
    @Autowired
    JsonMapper json;

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

    private Map<String, Object> body(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("leadOrganisationId", lead);
        b.put("programmeIds", List.of(programme));
        b.put("themeIds", List.of(theme));
        b.put("links", List.of(Map.of("label", "Site", "url", "https://example.org/hardening")));
        return b;
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, Object body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private RequestPostProcessor asAdmin() {
        return httpBasic(admin.username(), PortfolioFixtures.PASSWORD);
    }

    private MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder b, String title) {
        return b.with(csrf()).with(user(admin))
                .param("title", title)
                .param("leadOrganisationId", String.valueOf(lead))
                .param("programmeIds", String.valueOf(programme))
                .param("themeIds", String.valueOf(theme))
                .param("status", "APPLICATION")
                .param("_published", "on");
    }

    private int projectsTitled(String title) {
        return dsl.fetchCount(PROJECT, PROJECT.TITLE.eq(title));
    }

    @Test
    void aNulInAQueryParameterIsA400NamingTheParameterOnPagesAndApi() throws Exception {
        for (String page : List.of("/projects", "/search", "/organisations", "/programmes", "/vouchers")) {
            mvc.perform(get(page).param("q", "ab" + NUL + "cd"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Het veld &#39;q&#39; bevat een teken dat niet is toegestaan (U+0000)")));
        }
        // Encoded in the URL, as a browser or curl sends it; the page speaks the language asked for.
        mvc.perform(get(URI.create("/projects?q=ab%00cd&lang=en")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Field &#39;q&#39; contains a character that is not allowed (U+0000)")));
        mvc.perform(get(URI.create("/projects?q=ab%00cd&lang=de")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Das Feld &#39;q&#39; enthält ein nicht erlaubtes Zeichen")));

        for (String api : List.of("/api/projects", "/api/search", "/api/organisations", "/api/users")) {
            mvc.perform(get(api).param("q", "ab" + NUL + "cd").with(asAdmin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("q"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("U+0000")));
        }
        mvc.perform(get("/api/vouchers").param("municipality", "GM" + NUL))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("municipality"));
        mvc.perform(get("/api/areas").param("region", "\u001b[31m"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        // A query parameter is one line: a line break in it is refused too.
        mvc.perform(get("/api/projects").param("q", "a\nb"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void aControlCharacterInAPathVariableIsA400() throws Exception {
        // An encoded NUL in the path is already refused by the security firewall, before any controller.
        mvc.perform(get("/api/areas/{code}", "GM" + NUL + "0141")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/areas/{code}", "GM\u001b0141"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/areas/{code}", "GM\u001b0141"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Het veld &#39;code&#39; bevat een teken")));
    }

    @Test
    void aNulInAJsonFieldIsA400NamingTheFieldAndWritesNothing() throws Exception {
        int before = dsl.fetchCount(PROJECT);
        String title = PortfolioFixtures.unique("Nul") + NUL + "titel";
        mvc.perform(json(post("/api/projects"), body(title)).with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+0000")));

        Map<String, Object> nested = body(PortfolioFixtures.unique("Nul-link"));
        nested.put("links", List.of(Map.of("label", "a" + NUL, "url", "https://example.org")));
        mvc.perform(json(post("/api/projects"), nested).with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("links[0].label"));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(before);
    }

    @Test
    void aNulInAFormFieldIsA400AndWritesNothing() throws Exception {
        String title = PortfolioFixtures.unique("Nul-form");
        int before = dsl.fetchCount(PROJECT);
        mvc.perform(projectForm(post("/projects"), title + NUL))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Het veld &#39;title&#39; bevat een teken")));
        mvc.perform(projectForm(post("/projects"), title).param("summary", "regel 1\nregel 2\u0007"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("U+0007")));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(before);
        assertThat(projectsTitled(title)).isZero();

        // Tab and line breaks are fine in a form's multi-line text.
        mvc.perform(projectForm(post("/projects"), title).param("summary", "regel 1\r\n\tregel 2"))
                .andExpect(status().is3xxRedirection());
        assertThat(projectsTitled(title)).isOne();
    }

    @Test
    void textIsStoredAsNfcFromJsonAndForms() throws Exception {
        String base = PortfolioFixtures.unique("Cafe");
        mvc.perform(json(post("/api/projects"), body(base + " cafe\u0301")).with(asAdmin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(base + " caf\u00e9"));
        assertThat(projectsTitled(base + " caf\u00e9")).isOne();
        assertThat(projectsTitled(base + " cafe\u0301")).isZero();

        String formBase = PortfolioFixtures.unique("Cafe-form");
        mvc.perform(projectForm(post("/projects"), formBase + " cafe\u0301"))
                .andExpect(status().is3xxRedirection());
        assertThat(projectsTitled(formBase + " caf\u00e9")).isOne();

        // A search for the decomposed form finds the composed title.
        mvc.perform(get("/api/projects").param("q", "caf" + "e\u0301").param("programme", String.valueOf(programme))
                        .with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem(base + " caf\u00e9")));
    }

    @Test
    void aTitleOfOnlyUnicodeSpacesIsMissing() throws Exception {
        int before = dsl.fetchCount(PROJECT);
        for (String blank : List.of("\u00a0\u00a0", "\u2007", " \u202f ", "\u3000", "\u200b")) {
            mvc.perform(json(post("/api/projects"), body(blank)).with(asAdmin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("title"))
                    .andExpect(jsonPath("$.errors[0].message").value("Vul dit in."));
        }
        mvc.perform(projectForm(post("/projects"), "\u00a0\u00a0\u00a0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul dit in.")));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(before);

        // Surrounding no-break spaces are white space too: stripped like ordinary ones.
        String title = PortfolioFixtures.unique("Nbsp");
        mvc.perform(json(post("/api/projects"), body("\u00a0" + title + "\u202f")).with(asAdmin()))
                .andExpect(status().isCreated());
        assertThat(projectsTitled(title)).isOne();
    }

    @Test
    void aLoneSurrogateIsRefused() throws Exception {
        int before = dsl.fetchCount(PROJECT);
        String body = json.writeValueAsString(body("PLACEHOLDER")).replace("PLACEHOLDER", "ab\\ud800cd");
        mvc.perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON).content(body).with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+D800")));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(before);
    }

    @Test
    void unknownAndReadOnlyJsonFieldsAreRefusedByName() throws Exception {
        int before = dsl.fetchCount(PROJECT);
        for (String field : List.of("id", "createdAt", "updatedAt")) {
            Map<String, Object> b = body(PortfolioFixtures.unique("Ro"));
            b.put(field, field.equals("id") ? 12345 : "2026-01-01T00:00:00Z");
            mvc.perform(json(post("/api/projects"), b).with(asAdmin()).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Field '" + field + "' is set by the server and cannot be sent."));
        }
        Map<String, Object> unknown = body(PortfolioFixtures.unique("Onbekend"));
        unknown.put("colour", "red");
        mvc.perform(json(post("/api/projects"), unknown).with(asAdmin()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("Field 'colour' does not exist here."));
        Map<String, Object> nested = body(PortfolioFixtures.unique("Onbekend-link"));
        nested.put("links", List.of(Map.of("label", "a", "url", "https://example.org", "target", "_blank")));
        mvc.perform(json(post("/api/projects"), nested).with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("links[0].target"));
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(before);

        // Another feature's API, same rule.
        mvc.perform(post("/api/organisations").contentType(MediaType.APPLICATION_JSON).with(asAdmin())
                        .content("{\"name\":\"" + PortfolioFixtures.unique("Org") + "\",\"kind\":\"BUSINESS\",\"id\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aFormFieldTheFormDoesNotOfferIsRefusedByName() throws Exception {
        String title = PortfolioFixtures.unique("Extra-veld");
        mvc.perform(projectForm(post("/projects"), title).param("createdBy", "someone-else").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Field &#39;createdBy&#39; is not part of this form.")));
        assertThat(projectsTitled(title)).isZero();

        // Request headers never bind into a form: a "Summary" header does not become the summary.
        mvc.perform(projectForm(post("/projects"), title).header("Summary", "uit een header"))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.select(PROJECT.SUMMARY).from(PROJECT).where(PROJECT.TITLE.eq(title)).fetchSingle().value1())
                .isNull();
    }

    @Test
    void theProjectStatusIsNotChangedByAnUpdate() throws Exception {
        long id = fx.project(PortfolioFixtures.unique("Status"), programme, theme, true);
        Map<String, Object> b = body(PortfolioFixtures.unique("Status-nieuw"));
        b.put("version", 0);
        b.put("status", "RUNNING");
        mvc.perform(json(put("/api/projects/{id}", id), b).with(asAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(reader.detail(id, true).orElseThrow().status()).isEqualTo(ProjectStatus.APPLICATION);
        // The status it has may be sent back unchanged.
        b.put("status", "APPLICATION");
        mvc.perform(json(put("/api/projects/{id}", id), b).with(asAdmin())).andExpect(status().isOk());
        // The edit form has no status field either.
        mvc.perform(post("/projects/{id}", id).with(csrf()).with(user(admin)).param("title", "Via het formulier")
                        .param("leadOrganisationId", String.valueOf(lead)).param("programmeIds", String.valueOf(programme))
                        .param("themeIds", String.valueOf(theme)).param("version", "1").param("status", "RUNNING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("status")));
        assertThat(reader.detail(id, true).orElseThrow().status()).isEqualTo(ProjectStatus.APPLICATION);
        assertThat(projectsTitled("Via het formulier")).isZero();
    }

    @Test
    void fieldsARequestMayNotSetAreRefusedNotIgnored() throws Exception {
        // A version when creating: a new record starts at 0.
        String title = PortfolioFixtures.unique("Versie");
        Map<String, Object> b = body(title);
        b.put("version", 3);
        mvc.perform(json(post("/api/projects"), b).with(asAdmin()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("Field 'version' cannot be set or changed here."));
        assertThat(projectsTitled(title)).isZero();

        // The programme of a mobilised investment stays with it.
        long other = fx.programme(true);
        String location = mvc.perform(post("/api/mobilised-investments").contentType(MediaType.APPLICATION_JSON)
                        .with(asAdmin()).content("{\"programmeId\":" + programme
                                + ",\"description\":\"Investering\",\"amount\":1000}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).with(asAdmin())
                        .content("{\"programmeId\":" + other + ",\"description\":\"Verhuisd\",\"amount\":1000,\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeId"));
        mvc.perform(get(location)).andExpect(jsonPath("$.description").value("Investering"));

        // A password together with "generate one" would be thrown away.
        String username = PortfolioFixtures.unique("gebruiker");
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).with(asAdmin())
                        .content("{\"username\":\"" + username + "\",\"role\":\"VIEWER\","
                                + "\"password\":\"een-lang-wachtwoord-1\",\"generatePassword\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(get("/api/users").param("q", username).with(asAdmin())).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aNulInTheLogInIsAFailedLogInNotAServerError() throws Exception {
        // (A NUL at the end would be trimmed away by Spring Security's log-in filter, like a space.)
        mvc.perform(post("/login").with(csrf()).param("username", NUL + admin.username().substring(1))
                        .param("password", PortfolioFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/login?error"));
        mvc.perform(get("/api/me").with(httpBasic(admin.username() + NUL + "x", PortfolioFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLineBreakInAOneLineFieldIsRefused() throws Exception {
        String title = PortfolioFixtures.unique("Twee");
        mvc.perform(json(post("/api/projects"), body(title + "\nregels")).with(asAdmin())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("This field is one line: no line break or tab."));
        mvc.perform(projectForm(post("/projects"), title + "\r\nregels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit veld is één regel: zonder regelovergang of tab.")));
        assertThat(dsl.fetchCount(PROJECT, PROJECT.TITLE.startsWith(title))).isZero();
        // Other features' one-line fields alike.
        mvc.perform(post("/api/funders").contentType(MediaType.APPLICATION_JSON).with(asAdmin())
                        .content("{\"name\":\"" + title + "\\tfonds\",\"categoryCode\":\"RIJK\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/organisations").with(csrf()).with(user(admin)).param("name", title + "\nBV")
                        .param("kind", "BUSINESS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dit veld is één regel")));
    }
}
