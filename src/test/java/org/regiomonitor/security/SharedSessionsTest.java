package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regiomonitor.RegiomonitorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a log-in on one is honoured
 * by the other (session and its CSRF token), and a log-out on either ends it on both. The second one
 * has a public base URL, which its redirects, cookies and absolute links follow.
 */
class SharedSessionsTest {

    static final String ADMIN_PASSWORD = "shared-sessions-secret-1";
    static final String PUBLIC_BASE_URL = "https://monitor.example.org";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static ConfigurableApplicationContext start(EmbeddedPostgres db, String... more) {
        String[] args = {"--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--server.port=0",
                "--regiomonitor.reference-data.load-on-empty=false",
                "--REGIOMONITOR_ADMIN_PASSWORD=" + ADMIN_PASSWORD};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RegiomonitorApplication.class).run(all);
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "SESSION=..." from the response's Set-Cookie, for the next request's Cookie header. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String csrf(Pattern pattern, String html) {
        var m = pattern.matcher(html);
        assertThat(m.find()).as("CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void aLogInOnOneInstanceIsHonouredByTheOther() throws Exception {
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext one = start(db);
                ConfigurableApplicationContext two = start(db, "--regiomonitor.public-base-url=" + PUBLIC_BASE_URL)) {
            String a = base(one);
            String b = base(two);

            // Log in on instance one.
            HttpResponse<String> loginPage = get(a + "/login", null);
            String anonymous = sessionCookie(loginPage);
            HttpResponse<String> login = post(a + "/login", anonymous, Map.of("username", "admin",
                    "password", ADMIN_PASSWORD, "_csrf", csrf(HIDDEN_CSRF, loginPage.body())));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            String session = sessionCookie(login);

            // Instance two knows the session: it reads an administrator's page and takes a form post
            // whose CSRF token lives in the same session.
            HttpResponse<String> users = get(b + "/admin/users", session);
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains("admin");
            HttpResponse<String> tokens = post(b + "/account/tokens", session,
                    Map.of("name", "made-on-two", "_csrf", csrf(META_CSRF, users.body())));
            assertThat(tokens.statusCode()).isEqualTo(200);
            assertThat(get(a + "/account/tokens", session).body()).contains("made-on-two");

            // Log out on two: one no longer knows the session either.
            HttpResponse<String> logout = post(b + "/logout", session,
                    Map.of("_csrf", csrf(META_CSRF, get(b + "/account/tokens", session).body())));
            assertThat(logout.statusCode()).isEqualTo(302);
            HttpResponse<String> after = get(a + "/admin/users", session);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            publicBaseUrlGovernsRedirectsCookiesAndLinks(b);
        }
    }

    /** Instance two is reached over plain HTTP on localhost, yet acts as https://monitor.example.org. */
    private void publicBaseUrlGovernsRedirectsCookiesAndLinks(String b) throws Exception {
        // The page asked for before log-in is remembered with the public address, not the Host header.
        HttpResponse<String> protectedPage = get(b + "/account/tokens", null);
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(protectedPage.headers().firstValue("Strict-Transport-Security")).isPresent();
        String anonymous = sessionCookie(protectedPage);
        HttpResponse<String> loginPage = get(b + "/login", anonymous);
        HttpResponse<String> login = post(b + "/login", anonymous, Map.of("username", "admin",
                "password", ADMIN_PASSWORD, "_csrf", csrf(HIDDEN_CSRF, loginPage.body())));
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith(PUBLIC_BASE_URL + "/account/tokens"));

        HttpResponse<String> openApi = get(b + "/api/openapi", null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains(PUBLIC_BASE_URL).doesNotContain("localhost");
    }
}
