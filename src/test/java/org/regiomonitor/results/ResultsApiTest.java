package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results API with the rights per role (issue 7, acceptance 3 at the API level), the review cycle, optimistic
 * locking, problem details per field, and an approved update in the roll-ups on the next request (acceptance 2).
 */
@IntegrationTest
class ResultsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;

    ResultsFixtures f;
    long programme;
    long project;
    UserPrincipal admin;
    UserPrincipal lead;
    UserPrincipal manager;
    UserPrincipal viewer;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
        programme = f.programme();
        project = f.project(programme);
        admin = f.user(Role.ADMIN);
        lead = f.leadUser(project);
        manager = f.managerUser(programme);
        viewer = f.user(Role.VIEWER);
    }

    private static RequestPostProcessor as(UserPrincipal u) {
        return httpBasic(u.username(), ResultsFixtures.PASSWORD);
    }

    private MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder b, Object body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private long id(String response) {
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Catalogue (manager), periods (manager), result and indicator (lead); returns indicator id and period ids. */
    private long[] frame(String code) throws Exception {
        mvc.perform(body(post("/api/programmes/{id}/catalogue", programme), map("code", code, "nameNl", "Bedrijven "
                + "ondersteund", "nameEn", "Companies supported", "measure", "UNIT")).with(as(lead)))
                .andExpect(status().isForbidden());
        long catalogue = id(mvc.perform(body(post("/api/programmes/{id}/catalogue", programme), map("code", code,
                        "nameNl", "Bedrijven ondersteund", "nameEn", "Companies supported", "measure", "UNIT"))
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.aggregation").value("SUM_OF_PERIODS"))
                .andReturn().getResponse().getContentAsString());
        String periods = mvc.perform(body(post("/api/programmes/{id}/periods", programme),
                        map("fromYear", 2024, "toYear", 2024)).with(as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].kind").value("HALF_YEAR"))
                .andExpect(jsonPath("$[0].endDate").value("2024-06-30"))
                .andReturn().getResponse().getContentAsString();
        long result = id(mvc.perform(body(post("/api/projects/{id}/results", project),
                        map("title", "Bedrijven geholpen", "type", "OUTPUT")).with(as(lead)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long indicator = id(mvc.perform(body(post("/api/results/{id}/indicators", result),
                        map("title", "Aantal bedrijven", "measure", "UNIT", "catalogueIndicatorId", catalogue,
                                "targetValue", 100, "targetDate", "2025-12-31")).with(as(lead)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        List<Number> periodIds = JsonPath.read(periods, "$[*].id");
        return new long[] {indicator, periodIds.get(0).longValue(), periodIds.get(1).longValue()};
    }

    @Test
    void theReviewCycleWithItsRightsAndTheRollUpOnTheNextRequest() throws Exception {
        String code = ResultsFixtures.unique("API");
        long[] frame = frame(code);
        long indicator = frame[0];
        long period = frame[1];
        Map<String, Object> update = map("periodId", period, "value", 50, "qualifier", "AT_LEAST",
                "narrative", "<p>Goed <script>alert(1)</script>verlopen</p>");

        for (UserPrincipal denied : List.of(manager, viewer, f.leadUser(f.project(programme)))) {
            mvc.perform(body(post("/api/indicators/{id}/updates", indicator), update).with(as(denied)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(body(post("/api/indicators/{id}/updates", indicator), update))
                .andExpect(status().isUnauthorized());
        long id = id(mvc.perform(body(post("/api/indicators/{id}/updates", indicator), update).with(as(lead)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.narrative").value("<p>Goed verlopen</p>"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(body(post("/api/updates/{id}/submit", id), map("version", 0)).with(as(lead)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(body(post("/api/updates/{id}/approve", id), map("version", 1)).with(as(lead)))
                .andExpect(status().isForbidden());
        mvc.perform(body(post("/api/updates/{id}/approve", id), map("version", 1)).with(as(f.managerUser(f.programme()))))
                .andExpect(status().isForbidden());
        mvc.perform(body(post("/api/updates/{id}/return", id), map("version", 1)).with(as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message").value("Zeg waarom de rapportage terug gaat."));
        mvc.perform(body(post("/api/updates/{id}/return", id), map("version", 1, "comment", "Welke bedrijven?"))
                        .with(as(manager)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        // stale: the lead's edit with the version read before the return
        mvc.perform(body(put("/api/updates/{id}", id), map("value", 52, "qualifier", "AT_LEAST", "version", 1))
                        .with(as(lead)))
                .andExpect(status().isConflict());
        mvc.perform(body(put("/api/updates/{id}", id), map("value", 52, "qualifier", "AT_LEAST", "version", 2))
                        .with(as(lead)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(52));
        mvc.perform(body(post("/api/updates/{id}/submit", id), map("version", 3)).with(as(lead)))
                .andExpect(jsonPath("$.status").value("RESUBMITTED"));

        // not yet approved: not in any total
        mvc.perform(get("/api/programmes/{id}/roll-ups", programme).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.group == '" + code.toLowerCase() + "')]", hasSize(0)));
        mvc.perform(body(post("/api/updates/{id}/approve", id), map("version", 4, "comment", "Akkoord")).with(as(manager)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.counted").value(true));

        // approved: in the programme, cross-programme and region totals on the next request
        String group = "$.figures[?(@.group == '" + code.toLowerCase() + "')]";
        mvc.perform(get("/api/programmes/{id}/roll-ups", programme).with(as(viewer)))
                .andExpect(jsonPath(group + ".value", hasItem(52.0)))
                .andExpect(jsonPath(group + ".name", hasItem("Bedrijven ondersteund")))
                .andExpect(jsonPath(group + ".display", hasItem("meer dan 52")))
                .andExpect(jsonPath(group + ".rule", hasItem("Som van de goedgekeurde waarden van de perioden.")))
                .andExpect(jsonPath("$.rules", hasSize(3)));
        mvc.perform(get("/api/programmes/{id}/roll-ups", programme).with(as(viewer)).header("Accept-Language", "en"))
                .andExpect(jsonPath(group + ".display", hasItem("more than 52")));
        mvc.perform(get("/api/roll-ups").param("from", "2024-01-01").param("to", "2024-12-31").with(as(viewer)))
                .andExpect(jsonPath(group + ".value", hasItem(52.0)));
        mvc.perform(get("/api/roll-ups").param("from", "2024-01-01").param("to", "2024-12-31")
                        .param("programme", String.valueOf(programme)).with(as(viewer)))
                .andExpect(jsonPath(group + ".value", hasItem(52.0)));
        mvc.perform(get("/api/projects/{id}/results", project).with(as(viewer)))
                .andExpect(jsonPath("$[0].indicators[0].progress.status").value("ON_TRACK"))
                .andExpect(jsonPath("$[0].indicators[0].progress.actual").value(52.0));
        mvc.perform(get("/api/updates/{id}/transitions", id).with(as(viewer)))
                .andExpect(jsonPath("$[*].toStatus").value(org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED",
                        "RETURNED", "RESUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$[2].comment").value("Welke bedrijven?"))
                .andExpect(jsonPath("$[4].actor").value(manager.username()));
        // the project is not published: anonymous callers do not see it
        mvc.perform(get("/api/projects/{id}/results", project)).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsAProblemPerFieldAndNothingIsWritten() throws Exception {
        long[] frame = frame(ResultsFixtures.unique("BAD"));
        mvc.perform(body(post("/api/indicators/{id}/updates", frame[0]), map("periodId", frame[1], "numerator", 1,
                        "disaggregations", List.of(map("areaCode", "GM-NOT-THERE", "value", 1)))).with(as(lead)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("value", "numerator",
                        "disaggregations[0].areaCode")));
        mvc.perform(body(post("/api/indicators/{id}/updates", frame[0]), map("periodId", frame[1], "value", 1,
                        "status", "APPROVED")).with(as(lead)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/indicators/{id}/updates", frame[0]).with(as(lead)))
                .andExpect(jsonPath("$", hasSize(0)));
        // a locked period takes no updates
        mvc.perform(body(put("/api/periods/{id}/lock", frame[1]), map("locked", true, "version", 0)).with(as(lead)))
                .andExpect(status().isForbidden());
        mvc.perform(body(put("/api/periods/{id}/lock", frame[1]), map("locked", true, "version", 0)).with(as(manager)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(true));
        mvc.perform(body(post("/api/indicators/{id}/updates", frame[0]), map("periodId", frame[1], "value", 1))
                        .with(as(lead)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodId"))
                .andExpect(jsonPath("$.errors[0].message").value("Deze periode is afgesloten."));
    }

    @Test
    void theResultsEndpointsAreInTheOpenApiDescription() throws Exception {
        String spec = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(spec).contains("/api/programmes/{id}/catalogue", "/api/programmes/{id}/periods",
                "/api/projects/{id}/results", "/api/indicators/{id}/updates", "/api/updates/{id}/approve",
                "/api/updates/{id}/return", "/api/updates/{id}/transitions", "/api/programmes/{id}/roll-ups",
                "/api/roll-ups", "\"Results\"");
    }

    @Test
    void attachmentsAreTypeCheckedAndDownloadedByLoggedInUsers() throws Exception {
        long[] frame = frame(ResultsFixtures.unique("ATT"));
        long id = id(mvc.perform(body(post("/api/indicators/{id}/updates", frame[0]), map("periodId", frame[1],
                "value", 3)).with(as(lead))).andReturn().getResponse().getContentAsString());
        byte[] pdf = "%PDF-1.7\nbewijs".getBytes(StandardCharsets.US_ASCII);
        String answer = mvc.perform(multipart("/api/updates/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "bewijs.pdf", "text/html", pdf)).with(as(lead)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        long attachment = ((Number) JsonPath.read(answer, "$.attachments[0].id")).longValue();
        mvc.perform(multipart("/api/updates/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "script.pdf", "application/pdf",
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).with(as(lead)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/updates/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "bewijs.pdf", "application/pdf", pdf)).with(as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/attachments/{id}", attachment).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/attachments/{id}", attachment)).andExpect(status().isNotFound());
        assertThat(f.dsl.fetchSingle("select count(*) from update_attachment where update_id = ?", id)
                .get(0, Integer.class)).isEqualTo(1);
    }
}
