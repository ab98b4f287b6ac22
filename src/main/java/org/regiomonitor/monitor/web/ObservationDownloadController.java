package org.regiomonitor.monitor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.regiomonitor.monitor.internal.ObservationExport;
import org.regiomonitor.monitor.internal.ObservationQueries;
import org.regiomonitor.shared.export.TableDownloads.Format;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stored observations as Excel and CSV from the pages (an indicator's page links to its own): the filters of the
 * API's observation list ({@link ObservationQueries#filter}), every row. The monitor is reference data: everyone reads
 * all of it.
 */
@Controller
class ObservationDownloadController {

    private final ObservationQueries observations;
    private final ObservationExport export;

    ObservationDownloadController(ObservationQueries observations, ObservationExport export) {
        this.observations = observations;
        this.export = export;
    }

    @GetMapping("/monitor/observations.xlsx")
    void xlsx(@RequestParam(required = false) String indicator, @RequestParam(required = false) String area,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
            HttpServletResponse response) throws IOException {
        export.send(response, Format.XLSX, observations.filter(indicator, area, from, to), locale);
    }

    @GetMapping("/monitor/observations.csv")
    void csv(@RequestParam(required = false) String indicator, @RequestParam(required = false) String area,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
            HttpServletResponse response) throws IOException {
        export.send(response, Format.CSV, observations.filter(indicator, area, from, to), locale);
    }
}
