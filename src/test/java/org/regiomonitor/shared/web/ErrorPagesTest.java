package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regiomonitor.browser.BrowserTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 6, acceptance 3: every error a browser can reach is a page in the layout, in the user's language, without
 * Java internals; under /api/ the same errors are RFC 9457 problem details. Through a real servlet container,
 * because the errors outside a controller (unknown address, wrong method, a failure) go through the container's
 * error dispatch, which MockMvc does not do. Same configuration as the browser tests: one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "REGIOMONITOR_ADMIN_PASSWORD=" + BrowserTestSupport.ADMIN_PASSWORD)
@ActiveProfiles("test")
class ErrorPagesTest {

    /** A request, its status, and per language a text the page must show. */
    record Case(String method, String path, int status, Map<String, String> says) {
    }

    private static final List<String> NEVER = List.of("Whitelabel", "Exception", "org.regiomonitor",
            "org.springframework", ".java", "Secret failure", "\"timestamp\"", "\"status\":");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void errorsArePagesInTheLayoutInTheUsersLanguage() throws Exception {
        List<Case> cases = List.of(
                new Case("GET", "/projects/abc", 400, Map.of("nl", "Deze aanvraag kan niet worden verwerkt.",
                        "en", "This request cannot be processed.", "de", "Diese Anfrage kann nicht verarbeitet werden.")),
                new Case("GET", "/projects/abc", 400, Map.of("nl", "verwacht een heel getal",
                        "en", "expected a whole number", "de", "erwartet eine ganze Zahl")),
                new Case("GET", "/no-such-page", 404, Map.of("nl", "Niet gevonden.", "en", "Not found.",
                        "de", "Nicht gefunden.")),
                // one not-found path: the page says what was not found
                new Case("GET", "/programmes/NO-SUCH-PROGRAMME", 404, Map.of("nl", "Dit programma bestaat niet",
                        "en", "This programme does not exist", "de", "Dieses Programm gibt es nicht")),
                new Case("GET", "/programmes/999999999/finance", 404, Map.of("nl", "Dit programma bestaat niet",
                        "en", "This programme does not exist", "de", "Dieses Programm gibt es nicht")),
                new Case("GET", "/organisations/999999999", 404, Map.of("nl", "Deze organisatie bestaat niet",
                        "en", "This organisation does not exist", "de", "Diese Organisation gibt es nicht")),
                new Case("GET", "/areas/XX9999", 404, Map.of("nl", "Er is geen gebied met deze code.",
                        "en", "There is no area with this code.", "de", "Es gibt kein Gebiet mit diesem Code.")),
                // only POST is mapped here: the method is refused before any controller runs
                new Case("GET", "/themes/1/delete", 405, Map.of("nl", "Dit adres neemt geen GET-aanvraag aan.",
                        "en", "This address does not take a GET request.",
                        "de", "Diese Adresse nimmt keine GET-Anfrage an.")),
                new Case("GET", "/test-only/failure", 500, Map.of("nl", "Er ging iets mis.",
                        "en", "Something went wrong.", "de", "Etwas ist schiefgelaufen.")));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Map.Entry<String, String> language : c.says().entrySet()) {
                String lang = language.getKey();
                for (String accept : List.of("text/html,application/xhtml+xml,*/*;q=0.8", "*/*", "application/json")) {
                    HttpResponse<String> r = send(c.method(), c.path() + (c.path().contains("?") ? "&" : "?")
                            + "lang=" + lang, accept);
                    String what = c.method() + " " + c.path() + " [" + lang + ", " + accept + "]: ";
                    String body = r.body();
                    if (r.statusCode() != c.status()) {
                        failures.add(what + "status " + r.statusCode());
                    }
                    if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                        failures.add(what + "not a page: " + r.headers().firstValue("Content-Type"));
                    }
                    if (!body.contains("<html lang=\"" + lang + "\"") || !body.contains("class=\"main-nav\"")
                            || !body.contains("class=\"site-footer\"")) {
                        failures.add(what + "not in the layout in " + lang);
                    }
                    if (!body.contains(language.getValue())) {
                        failures.add(what + "does not say \"" + language.getValue() + "\"");
                    }
                    NEVER.stream().filter(body::contains).forEach(n -> failures.add(what + "shows " + n));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theApiKeepsAnsweringWithProblemDetails() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] c : List.of(new String[] {"GET", "/api/no-such-thing", "404"},
                new String[] {"GET", "/api/test-only/failure", "500"},
                new String[] {"GET", "/api/budget-lines/1/revisions", "405"})) {
            // a browser's Accept header must not turn an API answer into a page
            HttpResponse<String> r = send(c[0], c[1], "text/html,application/xhtml+xml,*/*;q=0.8");
            String what = c[0] + " " + c[1] + ": ";
            if (r.statusCode() != Integer.parseInt(c[2])) {
                failures.add(what + "status " + r.statusCode() + " " + r.body());
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                failures.add(what + "not a problem detail: " + r.headers().firstValue("Content-Type"));
            }
            if (!r.body().contains("\"status\":" + c[2]) || !r.body().contains("\"title\":")) {
                failures.add(what + "body " + r.body());
            }
            NEVER.stream().filter(n -> !n.equals("\"status\":")).filter(r.body()::contains)
                    .forEach(n -> failures.add(what + "shows " + n));
        }
        assertThat(failures).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
