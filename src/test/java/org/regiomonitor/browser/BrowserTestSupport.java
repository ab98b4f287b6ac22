package org.regiomonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole application on a random port with its own embedded database,
 * driven by Debian's Chromium through Playwright. All subclasses share one Spring context (same
 * annotations), so create data with unique names. The administrator {@code admin} exists with
 * {@link #ADMIN_PASSWORD}: it is created by the first-start rule from {@code REGIOMONITOR_ADMIN_PASSWORD},
 * which these tests therefore cover end to end.
 *
 * <p>Chromium is launched once per test class; each test gets a fresh browser context (no cookies)
 * and {@link #page}. The browser is {@code /usr/bin/chromium} unless the system property or environment
 * variable {@code CHROMIUM_PATH} names another.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "REGIOMONITOR_ADMIN_PASSWORD=" + BrowserTestSupport.ADMIN_PASSWORD)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "browser-chief-password-1";
    /** The password of users made with {@link #createUser(Role)}. */
    public static final String USER_PASSWORD = "browser-user-password-1";

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");

    /** A user for a test, with a known password. */
    public record Credentials(long id, String username, String password) {
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAdministration users;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchChromium() {
        Path executable = chromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setBaseURL(url("")));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** The absolute URL of a path of the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Creates an enabled user with {@link #USER_PASSWORD} and a unique name. */
    protected Credentials createUser(Role role) {
        String username = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = users.createUser(username, "Browser " + role, USER_PASSWORD, role);
        return new Credentials(id, username, USER_PASSWORD);
    }

    /**
     * Logs in through the log-in form and waits until the header shows the user. It starts from a page
     * that needs a log-in, so it ends on a page with the header, and leaves the browser there.
     */
    protected void login(String username, String password) {
        page.navigate(url("/account/tokens"));
        assertThat(page).hasURL(url("/login"));
        submitLoginForm(username, password);
        // Spring Security marks the return from the log-in with "?continue".
        assertThat(page).hasURL(Pattern.compile("^" + regex(url("/account/tokens")) + "(\\?continue)?$"));
        assertThat(userInHeader()).hasText(username);
    }

    /** Fills in and submits the log-in form of the current page. */
    protected void submitLoginForm(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
    }

    protected void login(Credentials user) {
        login(user.username(), user.password());
    }

    protected void loginAsAdmin() {
        login(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /** The logged-in user's name in the page header. */
    protected com.microsoft.playwright.Locator userInHeader() {
        return page.locator("header .account a.user");
    }

    /** A literal for a regular expression that Playwright hands to JavaScript (no \Q...\E there). */
    protected static String regex(String literal) {
        return literal.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    private static Path chromium() {
        String configured = System.getProperty("CHROMIUM_PATH", System.getenv("CHROMIUM_PATH"));
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need Chromium at " + path
                    + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        }
        return path;
    }
}
