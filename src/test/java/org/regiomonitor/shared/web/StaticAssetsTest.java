package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.regiomonitor.browser.BrowserTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Static assets over a real servlet container (compression is the container's): pages reference them
 * under content-hashed URLs, which are cached for a year and sent compressed, while pages themselves are
 * never cached; the 1 MB chart library is referenced by exactly the pages that draw a chart or map. Same
 * configuration as the browser tests, so a full run shares their application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "REGIOMONITOR_ADMIN_PASSWORD=" + BrowserTestSupport.ADMIN_PASSWORD)
@ActiveProfiles("test")
class StaticAssetsTest {

    /** A stylesheet, script or icon of the page's own origin: {@code href} or {@code src} of link and script. */
    private static final Pattern ASSET = Pattern.compile("<(?:link|script)\\b[^>]*?\\b(?:href|src)=\"(/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.(css|js|svg)");
    private static final Pattern CHART = Pattern.compile("data-chart-option|data-map-geojson");
    private static final String CHART_LIBRARY = "/webjars/echarts/";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void assetsOfAPageAreContentHashedCachedForAYearAndCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        // Pages change with every edit and may carry personal data: never cached.
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = gunzip(page.body());

        List<String> assets = assets(html);
        assertThat(assets).anyMatch(a -> a.startsWith("/css/app-"))
                .anyMatch(a -> a.startsWith("/js/app-"))
                .anyMatch(a -> a.startsWith("/favicon-"))
                .anyMatch(a -> a.startsWith("/webjars/htmx.org/"))
                .anyMatch(a -> a.startsWith(CHART_LIBRARY))
                .allMatch(a -> HASHED.matcher(a).matches());
        for (String asset : assets) {
            HttpResponse<byte[]> r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(asset)
                    .contains("max-age=31536000, public, immutable");
            boolean gzipped = r.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
            byte[] content = gzipped ? gunzip(r.body()).getBytes(StandardCharsets.UTF_8) : r.body();
            // Below 1 KiB (the icon) compression does not pay; everything larger is compressed.
            assertThat(gzipped).as(asset + " compressed").isEqualTo(content.length >= 1024);
        }
    }

    @Test
    void onlyPagesWithAChartOrMapLoadTheChartLibrary() throws Exception {
        List<String> withCharts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/", "/projects", "/organisations", "/programmes", "/finance", "/vouchers",
                "/areas/CR12", "/areas/GM0153", "/search?q=twente", "/sources", "/login")) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String html = gunzip(r.body());
            boolean chart = CHART.matcher(html).find();
            if (chart) {
                withCharts.add(path);
            }
            if (chart != html.contains(CHART_LIBRARY)) {
                failures.add(path + (chart ? " draws a chart but does not load " : " draws no chart but loads ")
                        + CHART_LIBRARY);
            }
        }
        assertThat(failures).isEmpty();
        // The rule above is tested both ways: these pages draw charts, the project and organisation lists do not.
        assertThat(withCharts).contains("/", "/finance", "/vouchers", "/areas/CR12", "/areas/GM0153")
                .doesNotContain("/projects", "/organisations");
    }

    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        return assets;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
