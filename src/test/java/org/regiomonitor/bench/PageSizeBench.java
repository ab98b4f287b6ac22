package org.regiomonitor.bench;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The size of every HTML page type whose content grows with the data (issue 10: no page over ~300 KB at
 * national scale), run with {@code ./mvnw -Pbench verify -Dtest=PageSizeBench}. Starts the application on its own
 * embedded PostgreSQL, adds SYNTHETIC rows ({@link SyntheticData}: {@code bench.projects} projects, default
 * 20,000; {@link SyntheticResults}: a results programme of {@code bench.results.projects} projects, default 1,000),
 * then fetches each page once as an anonymous visitor and prints its size in KiB, the SQL statements it ran and the
 * time of that one request (one request: sizes, not speed, are the figures here). The pages picked are the largest
 * of their type: the programme, theme, municipality and organisation with the most projects. Written to
 * {@code target/bench/page-sizes.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({QueryCounter.class, SqlTimer.class})
class PageSizeBench {

    private static final SyntheticData.Size SCALE = SyntheticData.Size.twente(Integer.getInteger("bench.projects", 20000),
            Integer.getInteger("bench.vouchers", 5000), Integer.getInteger("bench.organisations", 1000));
    private static final int RESULT_PROJECTS = Integer.getInteger("bench.results.projects", 1000);
    /** The size every page should stay under (issue 10). */
    private static final long LIMIT_KIB = 300;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    QueryCounter queries;

    @Autowired
    SqlTimer sqlTimer;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pageSizes() throws Exception {
        StringBuilder out = new StringBuilder("Regiomonitor page sizes (issue 10), ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        // A kept database (-Dregiomonitor.embedded-postgres.data-dir=... -Dregiomonitor.embedded-postgres.clean=false)
        // already holds the synthetic rows of an earlier run: measure it as it is.
        boolean loaded = dsl.fetchExists(SOURCE, SOURCE.CODE.eq(SyntheticData.SOURCE_CODE));
        if (!loaded) {
            long start = System.nanoTime();
            Map<String, Integer> added = new SyntheticData(dsl).add(SCALE);
            Map<String, Integer> results = RESULT_PROJECTS > 0 ? new SyntheticResults(dsl).add(RESULT_PROJECTS).rows()
                    : Map.of();
            dsl.execute("analyze");
            out.append("Synthetic rows added in ").append((System.nanoTime() - start) / 1_000_000).append(" ms: ")
                    .append(added).append("; results ").append(results).append('\n');
        }
        boolean results = dsl.fetchExists(PROGRAMME, PROGRAMME.CODE.eq(SyntheticResults.PROGRAMME_CODE));
        out.append("rows: ").append(SyntheticData.counts(dsl)).append("\n\n");

        String format = "%-58s %6s %9s %8s %8s%n";
        out.append(format.formatted("page (anonymous visitor)", "status", "KiB", "SQL", "ms"));
        List<String> over = new ArrayList<>();
        for (String uri : pages(results)) {
            queries.reset();
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            int bytes = response.body().length;
            double millis = (System.nanoTime() - sent) / 1e6;
            out.append(format.formatted(uri, response.statusCode(), bytes / 1024, queries.count(), PathTimer.ms(millis)));
            if (bytes / 1024 > LIMIT_KIB) {
                over.add(uri);
            }
        }
        out.append("over ").append(LIMIT_KIB).append(" KiB: ").append(over.isEmpty() ? "none" : over).append('\n');
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench", "page-sizes.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private List<String> pages(boolean results) {
        var count = DSL.count();
        String programme = dsl.select(PROGRAMME.CODE).from(PROGRAMME)
                .join(PROJECT_PROGRAMME).on(PROJECT_PROGRAMME.PROGRAMME_ID.eq(PROGRAMME.ID))
                .where(PROGRAMME.PUBLISHED).groupBy(PROGRAMME.CODE).orderBy(count.desc()).limit(1)
                .fetchSingle(PROGRAMME.CODE);
        long theme = dsl.select(THEME.ID).from(THEME).join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                .join(PROJECT_THEME).on(PROJECT_THEME.THEME_ID.eq(THEME.ID)).where(PROGRAMME.PUBLISHED)
                .groupBy(THEME.ID).orderBy(count.desc()).limit(1).fetchSingle(THEME.ID);
        String municipality = dsl.select(AREA.CODE).from(AREA).join(PROJECT_AREA).on(PROJECT_AREA.AREA_ID.eq(AREA.ID))
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY)).groupBy(AREA.CODE).orderBy(count.desc()).limit(1)
                .fetchSingle(AREA.CODE);
        long organisation = dsl.select(PROJECT_PARTNER.ORGANISATION_ID).from(PROJECT_PARTNER)
                .groupBy(PROJECT_PARTNER.ORGANISATION_ID).orderBy(count.desc()).limit(1)
                .fetchSingle(PROJECT_PARTNER.ORGANISATION_ID);
        long project = dsl.select(BUDGET_LINE.PROJECT_ID).from(BUDGET_LINE).join(PROJECT)
                .on(PROJECT.ID.eq(BUDGET_LINE.PROJECT_ID)).where(PROJECT.PUBLISHED).groupBy(BUDGET_LINE.PROJECT_ID)
                .orderBy(count.desc(), BUDGET_LINE.PROJECT_ID).limit(1).fetchSingle(BUDGET_LINE.PROJECT_ID);
        long line = dsl.select(DSL.min(BUDGET_LINE.ID)).from(BUDGET_LINE).join(PROGRAMME)
                .on(PROGRAMME.ID.eq(BUDGET_LINE.PROGRAMME_ID)).where(PROGRAMME.CODE.eq(programme)).fetchSingle().value1();
        List<String> pages = new ArrayList<>(List.of("/", "/programmes", "/programmes/" + programme,
                "/programmes/" + programme + "/finance", "/programmes/" + programme + "/results",
                "/themes/" + theme, "/areas", "/areas/CR12",
                "/areas/" + municipality, "/areas/NL01", "/areas/PV23", "/organisations", "/organisations/" + organisation, "/projects",
                "/projects/" + project, "/projects/" + project + "/finance", "/finance", "/finance/funders",
                "/finance/budget-lines/" + line, "/vouchers", "/search?q=innovatie", "/sources", "/npvr", "/open-data"));
        if (results) {
            pages.add("/programmes/" + SyntheticResults.PROGRAMME_CODE + "/results");
            pages.add("/programmes/" + SyntheticResults.PROGRAMME_CODE);
        }
        return pages;
    }
}
