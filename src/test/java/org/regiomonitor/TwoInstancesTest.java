package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.SCHEDULED_RUN;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.ResultsFixtures;
import org.regiomonitor.results.internal.UpdateReminders;
import org.regiomonitor.security.UserAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer (issue 10, acceptance 4): a log-in on one
 * is honoured by the other (session and its CSRF token), and a log-out on either ends it on both; a scheduled job
 * fired on both at once runs on one. The second instance has a public base URL, which its redirects, cookies and
 * absolute links follow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    static final String ADMIN_PASSWORD = "shared-sessions-secret-1";
    static final String PUBLIC_BASE_URL = "https://monitor.example.org";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static EmbeddedPostgres db;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        db = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        one = start(db);
        two = start(db, "--regiomonitor.public-base-url=" + PUBLIC_BASE_URL);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {two, one, db}) {
            if (c != null) {
                c.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres db, String... more) {
        String[] args = {"--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--server.port=0",
                "--regiomonitor.reference-data.load-on-empty=false",
                "--REGIOMONITOR_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort()};
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

    /**
     * The reminders' scheduler fires on both instances at the same moment for the same day: one runs the day's
     * reminders (one mail to the lead), the other finds the day taken; firing again later changes nothing.
     */
    @Test
    void aScheduledJobFiredOnBothInstancesRunsOnce() throws Exception {
        ResultsFixtures f = new ResultsFixtures(one);
        long programme = f.programme();
        f.halfYears(programme, 2024, 2024);
        long project = f.project(programme);
        f.indicator(project, null, Measure.UNIT, false);
        one.getBean(UserAdministration.class).setEmail(f.leadUser(project).id(), "lead@example.org");
        LocalDate day = LocalDate.of(2024, 7, 20); // 20 days after the first half-year ended
        List<UpdateReminders> reminders = List.of(one.getBean(UpdateReminders.class),
                two.getBean(UpdateReminders.class));

        CountDownLatch fire = new CountDownLatch(1);
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = reminders.stream().map(r -> schedulers.submit(() -> {
                fire.await();
                return r.remind(day);
            })).toList();
            fire.countDown();
            List<Boolean> ran = List.of(runs.get(0).get(30, TimeUnit.SECONDS), runs.get(1).get(30, TimeUnit.SECONDS));
            assertThat(ran).containsExactlyInAnyOrder(true, false);
        } finally {
            schedulers.shutdownNow();
        }
        assertThat(reminders.get(1).remind(day)).as("fired again later").isFalse();
        assertThat(reminders.get(0).remind(day)).isFalse();
        smtp.waitForIncomingEmail(5_000, 1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("reminder", "1-1-2024 - 30-6-2024");
        assertThat(one.getBean(DSLContext.class).fetchCount(SCHEDULED_RUN, SCHEDULED_RUN.JOB.eq("update-reminders")))
                .isEqualTo(1);
    }

    /** The load balancer's health check: up on both, also while the mail server is down. */
    @Test
    @Order(Integer.MAX_VALUE) // it stops the mail server
    void bothInstancesAreHealthyWithoutTheMailServer() throws Exception {
        smtp.stop();
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            HttpResponse<String> health = get(base(instance) + "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
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
