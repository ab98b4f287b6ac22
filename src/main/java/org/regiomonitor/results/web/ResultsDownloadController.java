package org.regiomonitor.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.results.internal.ResultsExport;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The downloads of a programme's results page: Excel with updates, totals and notes; CSV with the updates or
 * ({@code ?table=totals}) the totals. At the programme's code or id, as the page; the same rights as the page.
 */
@Controller
class ResultsDownloadController {

    private final ResultsExport export;
    private final AccessPolicy policy;
    private final PortfolioQueries portfolio;

    ResultsDownloadController(ResultsExport export, AccessPolicy policy, PortfolioQueries portfolio) {
        this.export = export;
        this.policy = policy;
        this.portfolio = portfolio;
    }

    @GetMapping("/programmes/{key}/results.xlsx")
    void xlsx(@PathVariable String key, Authentication auth, Locale locale, HttpServletResponse response)
            throws IOException {
        send(key, Format.XLSX, null, auth, locale, response);
    }

    @GetMapping("/programmes/{key}/results.csv")
    void csv(@PathVariable String key, @RequestParam(required = false) String table, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        send(key, Format.CSV, table, auth, locale, response);
    }

    private void send(String key, Format format, String table, Authentication auth, Locale locale,
            HttpServletResponse response) throws IOException {
        boolean unpublished = policy.canSeeUnpublished(auth);
        long id = portfolio.programmeAddress(key, unpublished).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
        export.send(response, format, ResultsExport.Part.of(table), id, unpublished, locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
