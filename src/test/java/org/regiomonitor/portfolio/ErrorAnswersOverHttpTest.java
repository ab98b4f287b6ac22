package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.browser.BrowserTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same promise as {@link ErrorBodiesTest} through a real servlet container: there the answers that
 * MockMvc cannot show are rendered too (the container's error dispatch, the security firewall). Same
 * configuration as the browser tests, so a full run shares their application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "REGIOMONITOR_ADMIN_PASSWORD=" + BrowserTestSupport.ADMIN_PASSWORD)
@ActiveProfiles("test")
class ErrorAnswersOverHttpTest {

    record Case(String method, String path, String body, int status, String says) {
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void refusedRequestsNeverAnswerWithJavaNames() throws Exception {
        List<Case> cases = List.of(
                new Case("GET", "/projects?q=ab%00cd&lang=en", null, 400, "contains a character that is not allowed"),
                new Case("GET", "/search?q=ab%01cd", null, 400, "U+0001"),
                new Case("GET", "/api/projects?q=ab%00cd", null, 400, "\"field\":\"q\""),
                new Case("GET", "/api/search?q=%C2%85x", null, 400, "U+0085"),
                new Case("POST", "/api/projects", "", 400, "no body"),
                new Case("POST", "/api/projects", "{\"title\":\"a\\u0000b\"}", 400, "\"field\":\"title\""),
                new Case("POST", "/api/projects", "{\"id\":1}", 400, "\"field\":\"id\""),
                new Case("DELETE", "/api/projects", null, 405, ""),
                new Case("DELETE", "/api/projects?q=%00", null, 405, ""),
                new Case("GET", "/api/no-such-thing", null, 404, ""),
                new Case("GET", "/api/projects/abc", null, 400, "expected"),
                new Case("GET", "/api/areas/GM%000141", null, 400, ""),
                new Case("GET", "/projects/abc?lang=en", null, 400, "expected a whole number"),
                new Case("GET", "/no-such-page", null, 404, ""),
                new Case("GET", "/areas/GM%000141", null, 400, ""));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                    .header("Accept-Language", "en");
            if (c.path().startsWith("/api/")) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (BrowserTestSupport.ADMIN_USERNAME + ":" + BrowserTestSupport.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)));
            }
            if (c.body() != null) {
                b.header("Content-Type", "application/json");
            }
            b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(c.body()));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != c.status()) {
                failures.add(c.method() + " " + c.path() + ": status " + r.statusCode() + ": " + r.body());
            }
            if (ErrorBodiesTest.INTERNAL.matcher(r.body()).find()) {
                failures.add(c.method() + " " + c.path() + ": names internals: " + r.body());
            }
            if (!r.body().contains(c.says())) {
                failures.add(c.method() + " " + c.path() + ": does not say \"" + c.says() + "\": " + r.body());
            }
        }
        assertThat(failures).isEmpty();
    }
}
