package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invalid submit of several forms renders the one error summary (links to the invalid fields) and,
 * on each invalid field, aria-invalid and aria-describedby naming its error (and hint); a form posted
 * without a session says the session expired, while a logged-in user without the right still gets
 * "no access".
 */
@IntegrationTest
class FormErrorsOverHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    OrgVoucherTestData data;
    TestUser admin;

    @BeforeEach
    void setUp() {
        data = new OrgVoucherTestData(dsl, users);
        admin = data.user(Role.ADMIN);
    }

    @Test
    void anInvalidOrganisationShowsTheSummaryAndMarksEachField() throws Exception {
        String page = mvc.perform(post("/organisations").with(csrf()).with(admin.principal())
                        .param("name", " ").param("kind", "").param("website", "ftp://example.org"))
                .andReturn().getResponse().getContentAsString();

        assertSummaryLinksTo(page, "name", "kind", "website");
        assertInvalid(page, "input", "name", "name-error");
        assertInvalid(page, "select", "kind", "kind-error");
        assertInvalid(page, "input", "website", "website-hint website-error");
        assertThat(startTag(page, "textarea", "description")).doesNotContain("aria-invalid");
    }

    @Test
    void anInvalidVoucherShowsTheSummaryAndMarksEachField() throws Exception {
        long programme = data.programme(true);
        String page = mvc.perform(post("/vouchers").with(csrf()).with(admin.principal())
                        .param("programmeId", String.valueOf(programme)).param("scheme", "Innovatievoucher")
                        .param("schemeKind", "SMALL_GRANT").param("quantity", "0").param("amount", "abc"))
                .andReturn().getResponse().getContentAsString();

        assertSummaryLinksTo(page, "quantity", "amount", "awardYear");
        assertInvalid(page, "input", "quantity", "quantity-hint quantity-error");
        assertInvalid(page, "input", "amount", "amount-hint amount-error");
        assertInvalid(page, "input", "awardYear", "awardYear-hint awardYear-error");
    }

    @Test
    void anInvalidProjectShowsTheSummaryAlsoForRowsOfATable() throws Exception {
        long programme = data.programme(true);
        String page = mvc.perform(post("/projects").with(csrf()).with(admin.principal())
                        .param("title", "").param("programmeIds", String.valueOf(programme))
                        .param("links[0].label", "Kapot").param("links[0].url", "ftp://example.org"))
                .andReturn().getResponse().getContentAsString();

        assertSummaryLinksTo(page, "title", "links0.url");
        assertInvalid(page, "input", "title", "title-error");
        assertInvalid(page, "input", "links0.url", "links0.url-error");
    }

    @Test
    void aWrongPasswordChangeMarksThePasswordFields() throws Exception {
        String page = mvc.perform(post("/account/password").with(csrf()).with(admin.principal())
                        .param("currentPassword", "not-the-password").param("newPassword", "short")
                        .param("confirmation", "other"))
                .andReturn().getResponse().getContentAsString();

        assertSummaryLinksTo(page, "currentPassword", "newPassword");
        assertInvalid(page, "input", "currentPassword", "currentPassword-error");
        assertInvalid(page, "input", "newPassword", "newPassword-hint newPassword-error");
        assertThat(page).doesNotContain("not-the-password"); // a password is never written back
    }

    /** One convention: the service checks the constraints, so the page and the API refuse alike, in the same words. */
    @Test
    void theFormAndTheApiRefuseATooLongFunderNameWithTheSameMessage() throws Exception {
        String name = "F".repeat(301);
        String page = mvc.perform(post("/finance/funders").with(csrf()).with(admin.principal())
                        .param("name", name).param("categoryCode", "RIJK"))
                .andReturn().getResponse().getContentAsString();
        assertInvalid(page, "input", "name", "name-error");
        assertThat(page).contains("Deze tekst is te lang.");

        var api = mvc.perform(post("/api/funders").with(admin.basic()).header("Accept-Language", "nl")
                        .contentType("application/json").content("{\"name\": \"" + name + "\", \"categoryCode\": \"RIJK\"}"))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("\"field\":\"name\"", "Deze tekst is te lang.");
    }

    @Test
    void aValidFormShowsNoSummaryAndNoInvalidField() throws Exception {
        String page = mvc.perform(get("/organisations/new").with(admin.principal()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("data-error-summary").doesNotContain("aria-invalid");
        assertThat(page).contains("id=\"website-hint\"").containsPattern("<input[^>]*aria-describedby=\"website-hint\"");
    }

    @Test
    void aFormPostedWithoutASessionSaysTheSessionExpired() throws Exception {
        var refused = mvc.perform(post("/organisations").param("name", "Zonder sessie")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getForwardedUrl()).isEqualTo("/session-expired");
        String page = mvc.perform(get("/session-expired").header("Referer", "http://localhost/organisations/new"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Uw sessie is verlopen").doesNotContain("Geen toegang");
        // the way back to the form after log-in
        assertThat(page).contains("/login?expired=&amp;back=/organisations/new");
    }

    @Test
    void aLoggedInUserWithoutTheRightStillGetsNoAccess() throws Exception {
        TestUser viewer = data.user(Role.VIEWER);
        var response = mvc.perform(post("/organisations").with(csrf()).with(viewer.principal())
                        .param("name", "Mag niet"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getForwardedUrl()).isEqualTo("/access-denied");
    }

    @Test
    void theLogInPageKeepsOnlyALocalWayBack() throws Exception {
        assertThat(mvc.perform(get("/login").param("expired", "").param("back", "/projects/5/edit"))
                .andReturn().getResponse().getContentAsString())
                .contains("name=\"back\" value=\"/projects/5/edit\"", "Uw sessie was verlopen");
        for (String foreign : new String[] {"https://example.org/", "//example.org/x", "/\\example.org"}) {
            assertThat(mvc.perform(get("/login").param("back", foreign)).andReturn().getResponse()
                    .getContentAsString()).doesNotContain("name=\"back\"");
        }
    }

    private static void assertSummaryLinksTo(String page, String... fieldIds) {
        Matcher summary = Pattern.compile("<div[^>]*data-error-summary[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertThat(summary.find()).as("the error summary").isTrue();
        assertThat(summary.group(0)).contains("role=\"alert\"", "tabindex=\"-1\"");
        for (String id : fieldIds) {
            assertThat(summary.group(1)).as("summary link to " + id).contains("href=\"#" + id + "\"");
            assertThat(page).as("the target of the link to " + id).contains("id=\"" + id + "\"");
        }
    }

    private static void assertInvalid(String page, String element, String id, String describedBy) {
        String tag = startTag(page, element, id);
        assertThat(tag).as(element + " " + id).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"" + describedBy + "\"");
        for (String target : describedBy.split(" ")) {
            assertThat(page).as("element described by " + target).contains("id=\"" + target + "\"");
        }
    }

    private static String startTag(String page, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("<" + element + " id=" + id + ">").isTrue();
        return m.group();
    }
}
