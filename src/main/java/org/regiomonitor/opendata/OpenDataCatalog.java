package org.regiomonitor.opendata;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.DataState;
import org.regiomonitor.opendata.Dataset.Group;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.ProgrammeSummary;
import org.regiomonitor.report.PublishedReports;
import org.regiomonitor.shared.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What the region publishes as open data: the lists with their downloads and API, the results of every published
 * programme, the published report snapshots and the IATI file. The portal page and the DCAT-AP catalogue are both made
 * from this one list. Each download applies its owner's publication rule for anonymous visitors; this list itself names
 * only published programmes and published reports.
 */
@Service
public class OpenDataCatalog {

    /** The IATI activity file (issue 9's IATI export, served by its own feature). */
    public static final String IATI_PATH = "/iati/activities.xml";
    static final String IATI_STANDARD = "https://iatistandard.org/en/iati-standard/203/";

    /**
     * The catalogue as read in one state of the data.
     *
     * @param modified the newest change of the data (the audit trail's), null when nothing was ever changed
     */
    public record Catalog(List<Dataset> datasets, Instant modified) {

        public List<Dataset> of(Group group) {
            return datasets.stream().filter(d -> d.group() == group).toList();
        }
    }

    private final PortfolioQueries portfolio;
    private final PublishedReports reports;
    private final AuditLog audit;

    OpenDataCatalog(PortfolioQueries portfolio, PublishedReports reports, AuditLog audit) {
        this.portfolio = portfolio;
        this.reports = reports;
        this.audit = audit;
    }

    /** Three queries: the published programmes, the published reports and the data state. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Catalog read() {
        List<Dataset> datasets = new ArrayList<>(lists());
        for (ProgrammeSummary p : portfolio.programmeSummaries(false)) {
            datasets.add(results(p));
        }
        for (PublishedReports.PublishedReport r : reports.all()) {
            datasets.add(report(r));
        }
        DataState state = audit.dataState();
        return new Catalog(List.copyOf(datasets), state == null ? null : state.at());
    }

    private static List<Dataset> lists() {
        return List.of(
                list("projects", "/projects", List.of("ECON", "REGI"),
                        file("csv", Format.CSV, "/projects.csv"),
                        file("partners-csv", Format.CSV, "/projects.csv?table=partners", "opendata.distribution.partners"),
                        file("xlsx", Format.XLSX, "/projects.xlsx"),
                        api("/api/projects")),
                list("organisations", "/organisations", List.of("ECON"),
                        file("csv", Format.CSV, "/organisations.csv"),
                        file("xlsx", Format.XLSX, "/organisations.xlsx"),
                        api("/api/organisations")),
                list("budget-lines", "/finance", List.of("ECON", "GOVE"),
                        file("csv", Format.CSV, "/finance/budget-lines.csv"),
                        file("revisions-csv", Format.CSV, "/finance/budget-lines.csv?table=revisions",
                                "opendata.distribution.revisions"),
                        file("xlsx", Format.XLSX, "/finance/budget-lines.xlsx"),
                        api("/api/budget-lines")),
                list("vouchers", "/vouchers", List.of("ECON"),
                        file("csv", Format.CSV, "/vouchers.csv"),
                        file("xlsx", Format.XLSX, "/vouchers.xlsx"),
                        api("/api/vouchers")),
                list("observations", "/monitor", List.of("REGI", "ECON", "SOCI"),
                        file("csv", Format.CSV, "/monitor/observations.csv"),
                        file("xlsx", Format.XLSX, "/monitor/observations.xlsx"),
                        api("/api/monitor/observations")),
                list("npvr", "/npvr", List.of("REGI", "GOVE"),
                        api("/api/npvr/tasks")),
                new Dataset("iati", Group.LISTS, Label.message("opendata.dataset.iati.title"),
                        Label.message("opendata.dataset.iati.description"), Label.message("opendata.dataset.iati.keywords"),
                        List.of("ECON", "GOVE"), null, null, null, null, IATI_STANDARD,
                        List.of(file("xml", Format.XML, IATI_PATH))));
    }

    private static Dataset list(String key, String landingPage, List<String> themes, Distribution... distributions) {
        String prefix = "opendata.dataset." + key;
        return new Dataset(key, Group.LISTS, Label.message(prefix + ".title"), Label.message(prefix + ".description"),
                Label.message(prefix + ".keywords"), themes, landingPage, null, null, null, null,
                List.of(distributions));
    }

    private static Dataset results(ProgrammeSummary p) {
        String code = UriUtils.encodePathSegment(p.code(), UTF_8);
        String page = "/programmes/" + code + "/results";
        return new Dataset("results-" + p.code(), Group.RESULTS, Label.message("opendata.dataset.results.title", p.name()),
                Label.message("opendata.dataset.results.description", p.name()),
                Label.message("opendata.dataset.results.keywords"), List.of("ECON", "REGI"), page, p.startYear(),
                p.endYear(), null, null,
                List.of(file("csv", Format.CSV, page + ".csv", "opendata.distribution.updates"),
                        file("totals-csv", Format.CSV, page + ".csv?table=totals", "opendata.distribution.totals"),
                        file("xlsx", Format.XLSX, page + ".xlsx"),
                        api("/api/programmes/" + p.id() + "/roll-ups")));
    }

    private static Dataset report(PublishedReports.PublishedReport r) {
        String page = "/reports/snapshots/" + r.id();
        LocalDate day = LocalDate.ofInstant(r.generatedAt(), Formats.ZONE);
        return new Dataset("report-" + r.id(), Group.REPORTS, Label.literal(r.title(), r.language()),
                Label.message("opendata.dataset.report.description", day.toString(), r.sha256()),
                Label.message("opendata.dataset.report.keywords"), List.of("GOVE", "ECON"), page, null, null,
                r.generatedAt(), null, List.of(file("pdf", Format.PDF, page + "/file")));
    }

    private static Distribution file(String key, Format format, String path) {
        return new Distribution(key, format, path, Label.message("opendata.format." + format.name()), true);
    }

    private static Distribution file(String key, Format format, String path, String partCode) {
        return new Distribution(key, format, path,
                Label.message("opendata.distribution.part", Label.message(partCode), format.name()), true);
    }

    private static Distribution api(String path) {
        return new Distribution("api", Format.JSON, path, Label.message("opendata.format.api"), false);
    }
}
