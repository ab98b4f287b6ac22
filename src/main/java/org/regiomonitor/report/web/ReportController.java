package org.regiomonitor.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.report.internal.CouncilEditions;
import org.regiomonitor.report.internal.CouncilView;
import org.regiomonitor.report.internal.ImpactOverview;
import org.regiomonitor.report.internal.ImpactOverviews;
import org.regiomonitor.report.internal.ProgressReport;
import org.regiomonitor.report.internal.ProgressReports;
import org.regiomonitor.report.internal.ReportCouncils;
import org.regiomonitor.report.internal.ReportDefinitions;
import org.regiomonitor.report.internal.ReportDocuments;
import org.regiomonitor.report.internal.ReportJobs;
import org.regiomonitor.report.internal.ReportSnapshots;
import org.regiomonitor.report.internal.ReportView;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.web.FormSave;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The reports: definitions (logged-in users read them; their programmes' managers and administrators write and
 * publish them), the report as a web page and as PDF made on request, and the published snapshots (public).
 */
@Controller
class ReportController {

    /** Projects on a page of the impact overview on the web. */
    static final int IMPACT_PAGE = 20;

    private final ReportDefinitions definitions;
    private final ProgressReports reports;
    private final ReportDocuments documents;
    private final ReportSnapshots snapshots;
    private final ReportCouncils councils;
    private final CouncilEditions editions;
    private final ReportJobs jobs;
    private final ImpactOverviews impacts;
    private final PortfolioQueries portfolio;
    private final IndicatorSets sets;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    ReportController(ReportDefinitions definitions, ProgressReports reports, ReportDocuments documents,
            ReportSnapshots snapshots, ReportCouncils councils, CouncilEditions editions, ReportJobs jobs,
            ImpactOverviews impacts,
            PortfolioQueries portfolio, IndicatorSets sets, AccessPolicy access,
            AuditLog audit, Clock clock) {
        this.definitions = definitions;
        this.reports = reports;
        this.documents = documents;
        this.snapshots = snapshots;
        this.councils = councils;
        this.editions = editions;
        this.jobs = jobs;
        this.impacts = impacts;
        this.portfolio = portfolio;
        this.sets = sets;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String list(Authentication auth, Model model) {
        boolean loggedIn = access.canSeeUnpublished(auth);
        model.addAttribute("reports", loggedIn ? definitions.all() : List.of());
        model.addAttribute("loggedIn", loggedIn);
        model.addAttribute("programmeNames", programmeNames());
        model.addAttribute("snapshots", snapshots.all());
        model.addAttribute("canCreate", access.canWriteReports(auth));
        return "report/list";
    }

    @GetMapping("/reports/new")
    String create(Authentication auth, Model model) {
        access.require(access.canWriteReports(auth));
        return form(null, ReportForm.empty(Year.now(clock).getValue()), model);
    }

    @PostMapping("/reports")
    String save(@ModelAttribute("form") ReportForm form, BindingResult errors, Authentication auth,
            HttpServletResponse response, Model model) {
        access.require(mayWrite(form, auth));
        long[] id = new long[1];
        if (FormSave.save(errors, response, () -> definitions.check(form.toInput()),
                () -> id[0] = definitions.create(form.toInput(), actor(auth)))) {
            return "redirect:/reports/" + id[0];
        }
        return form(null, form, model);
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Authentication auth, Model model) {
        ReportView report = readable(id, auth);
        model.addAttribute("report", report);
        model.addAttribute("programmeNames", programmeNames());
        model.addAttribute("snapshots", snapshots.ofReport(id));
        model.addAttribute("canWrite", access.canWriteReport(auth, report.programmeIds()));
        model.addAttribute("history", audit.historyForPage(auth, "report", id));
        return "report/report";
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@PathVariable long id, Authentication auth, Model model) {
        ReportView report = writable(id, auth);
        return form(report, ReportForm.of(report), model);
    }

    @PostMapping("/reports/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult errors,
            Authentication auth, HttpServletResponse response, Model model) {
        ReportView report = writable(id, auth);
        access.require(mayWrite(form, auth));
        if (FormSave.save(errors, response, () -> definitions.check(form.toInput()),
                () -> definitions.update(id, form.toInput()))) {
            return "redirect:/reports/" + id;
        }
        return form(report, form, model);
    }

    /** The report as a web page: the same document the PDF is made from. */
    @GetMapping(value = "/reports/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable long id, Authentication auth, Locale locale) {
        return render(readable(id, auth), locale).html();
    }

    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication auth, Locale locale) {
        ReportView report = readable(id, auth);
        byte[] pdf = documents.pdf(render(report, locale));
        return file(pdf, CouncilEditions.fileName(report, null, locale), MediaType.APPLICATION_PDF);
    }

    /** Stores the PDF as it is now, immutably; the snapshot page names its checksum and data state. */
    @PostMapping("/reports/{id}/publish")
    String publish(@PathVariable long id, Authentication auth, Locale locale) {
        ReportView report = writable(id, auth);
        ProgressReport content = reports.read(report, locale);
        var rendered = documents.html(content, locale, Instant.now(clock));
        byte[] pdf = documents.pdf(rendered);
        long snapshot = snapshots.publish(id, null, null, report.title(), locale.getLanguage(),
                CouncilEditions.fileName(report, null, locale), pdf, editions.dataState(content.dataState(), locale),
                rendered.generatedAt(), actor(auth));
        return "redirect:/reports/snapshots/" + snapshot;
    }

    @GetMapping("/reports/snapshots/{id}")
    String snapshot(@PathVariable long id, Authentication auth, Model model) {
        var snapshot = snapshots.find(id).orElseThrow(() -> new NotFoundException("report_snapshot", id));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("canDelete", access.isAdmin(auth));
        return "report/snapshot";
    }

    /** The published file, byte for byte as it was published. */
    @GetMapping("/reports/snapshots/{id}/file")
    ResponseEntity<byte[]> snapshotFile(@PathVariable long id) {
        var file = snapshots.file(id);
        return file(file.content(), file.fileName(), MediaType.parseMediaType(file.mediaType()));
    }

    @PostMapping("/reports/snapshots/{id}/delete")
    String deleteSnapshot(@PathVariable long id, Authentication auth) {
        access.require(access.isAdmin(auth));
        snapshots.delete(id);
        return "redirect:/reports";
    }

    /** The council editions: the home region's municipalities with their letters' fields and the background jobs. */
    @GetMapping("/reports/{id}/councils")
    String councilList(@PathVariable long id, Authentication auth, Model model) {
        ReportView report = readable(id, auth);
        model.addAttribute("report", report);
        model.addAttribute("councils", councils.all(id));
        model.addAttribute("jobs", jobs.ofReport(id));
        model.addAttribute("canWrite", access.canWriteReport(auth, report.programmeIds()));
        return "report/councils";
    }

    /** The jobs' progress, polled by the councils page while one runs. */
    @GetMapping("/reports/{id}/jobs")
    String jobList(@PathVariable long id, Authentication auth, Model model) {
        readable(id, auth);
        model.addAttribute("reportId", id);
        model.addAttribute("jobs", jobs.ofReport(id));
        return "report/councils :: jobs";
    }

    @GetMapping("/reports/{id}/councils/{code}/edit")
    String councilForm(@PathVariable long id, @PathVariable String code, Authentication auth, Model model) {
        ReportView report = writable(id, auth);
        CouncilView council = councils.get(id, code);
        return councilForm(report, council, CouncilForm.of(council), model);
    }

    @PostMapping("/reports/{id}/councils/{code}")
    String saveCouncil(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") CouncilForm form,
            BindingResult errors, Authentication auth, HttpServletResponse response, Model model) {
        ReportView report = writable(id, auth);
        CouncilView council = councils.get(id, code);
        if (FormSave.save(errors, response, List::of, () -> councils.update(id, code, form.toInput()))) {
            return "redirect:/reports/" + id + "/councils";
        }
        return councilForm(report, council, form, model);
    }

    @GetMapping(value = "/reports/{id}/councils/{code}/html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String councilHtml(@PathVariable long id, @PathVariable String code, Authentication auth, Locale locale) {
        return editions.render(readable(id, auth), councils.get(id, code), locale).html();
    }

    @GetMapping("/reports/{id}/councils/{code}/pdf")
    ResponseEntity<byte[]> councilPdf(@PathVariable long id, @PathVariable String code, Authentication auth,
            Locale locale) {
        ReportView report = readable(id, auth);
        CouncilView council = councils.get(id, code);
        byte[] pdf = documents.pdf(editions.render(report, council, locale));
        return file(pdf, CouncilEditions.fileName(report, council.municipality().name(), locale),
                MediaType.APPLICATION_PDF);
    }

    /** Makes and publishes every council edition in the background; the councils page shows the progress. */
    @PostMapping("/reports/{id}/councils/publish")
    String publishCouncils(@PathVariable long id, Authentication auth, Locale locale) {
        writable(id, auth);
        jobs.startCouncilEditions(id, locale, actor(auth));
        return "redirect:/reports/" + id + "/councils#jobs";
    }

    private String councilForm(ReportView report, CouncilView council, CouncilForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        return "report/council-form";
    }

    /** A programme's impact overview as a web page: public, since it shows published work only. */
    @GetMapping(value = "/programmes/{key}/impact", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String impactHtml(@PathVariable String key, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        // a page of projects at a time (a programme can have thousands); the PDF has them all
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size == null ? IMPACT_PAGE : size);
        long id = programmeId(key);
        var overview = impacts.readPage(id, locale, params.page(), params.size())
                .orElseThrow(() -> new NotFoundException("programme", key));
        params.requireExisting(overview.page());
        return documents.html(overview, ListLinks.of("/programmes/" + overview.programme().code() + "/impact", params),
                locale, Instant.now(clock)).html();
    }

    @GetMapping("/programmes/{key}/impact.pdf")
    ResponseEntity<byte[]> impactPdf(@PathVariable String key, Locale locale) {
        var overview = impact(key, locale);
        byte[] pdf = documents.pdf(documents.html(overview, null, locale, Instant.now(clock)));
        return file(pdf, "impact-" + overview.programme().code() + "-" + locale.getLanguage() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    private ImpactOverview impact(String key, Locale locale) {
        return impacts.read(programmeId(key), locale).orElseThrow(() -> new NotFoundException("programme", key));
    }

    private long programmeId(String key) {
        return portfolio.programmeAddress(key, false).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
    }

    private ReportDocuments.Rendered render(ReportView report, Locale locale) {
        return documents.html(reports.read(report, locale), locale, Instant.now(clock));
    }

    private ReportView readable(long id, Authentication auth) {
        access.require(access.canSeeUnpublished(auth));
        return definitions.get(id);
    }

    private ReportView writable(long id, Authentication auth) {
        ReportView report = readable(id, auth);
        access.require(access.canWriteReport(auth, report.programmeIds()));
        return report;
    }

    /** Without a programme chosen the form says so beside the field; with programmes, the user must manage all. */
    private boolean mayWrite(ReportForm form, Authentication auth) {
        return access.canWriteReports(auth)
                && (form.getProgrammeIds().isEmpty() || access.canWriteReport(auth, form.getProgrammeIds()));
    }

    private String form(ReportView report, ReportForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("programmes", portfolio.programmeChoices(true));
        model.addAttribute("sets", sets.all());
        return "report/form";
    }

    private java.util.Map<Long, String> programmeNames() {
        var names = new java.util.HashMap<Long, String>();
        portfolio.programmeChoices(true).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(content);
    }

    private static String actor(Authentication auth) {
        return UserPrincipal.of(auth).map(UserPrincipal::username).orElseThrow();
    }
}
