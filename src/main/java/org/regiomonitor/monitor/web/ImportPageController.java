package org.regiomonitor.monitor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.internal.ImportUploads;
import org.regiomonitor.monitor.internal.ObservationQueries;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.QueryParams;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import screen (analysts and administrators): choose a format, upload a file (a zip for CBS OData v4) and for
 * the template its source; first a preview of what would change, with every problem by file, row and column; then
 * "Import" runs exactly the previewed file (kept by {@link PendingImports}) and shows the summary. Below, the
 * releases imported so far.
 */
@Controller
class ImportPageController {

    static final int RELEASES_SHOWN = 20;

    /** The upload form. */
    public static class ImportForm {
        private String format;
        private String source;
        private MultipartFile file;

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    private final ImportUploads uploads;
    private final PendingImports pending;
    private final ObservationQueries queries;
    private final AccessPolicy policy;

    ImportPageController(ImportUploads uploads, PendingImports pending, ObservationQueries queries,
            AccessPolicy policy) {
        this.uploads = uploads;
        this.pending = pending;
        this.queries = queries;
        this.policy = policy;
    }

    @GetMapping("/monitor/imports")
    String page(Authentication auth, Model model) {
        policy.require(policy.canMaintainMonitor(auth));
        return page(new ImportForm(), model);
    }

    @PostMapping("/monitor/imports/preview")
    String preview(@ModelAttribute("importForm") ImportForm form, BindingResult errors, Authentication auth,
            Model model, HttpServletResponse response) throws IOException {
        policy.require(policy.canMaintainMonitor(auth));
        ImportFormat format = QueryParams.enumOrNull(ImportFormat.class, form.getFormat());
        if (format == null) {
            errors.rejectValue("format", "monitor.imports.formatRequired");
        }
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", "monitor.imports.fileRequired");
        }
        if (format == ImportFormat.TEMPLATE && Text.isBlank(form.getSource())) {
            errors.rejectValue("source", "monitor.imports.sourceRequired");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, model);
        }
        String source = format == ImportFormat.TEMPLATE ? Text.strip(form.getSource()) : null;
        PendingImports.Pending kept = pending.keep(file.getInputStream(), file.getOriginalFilename(), format, source,
                policy.actorName(auth));
        ImportSummary summary = execute(kept, true, auth);
        if (summary.refused() || summary.added() + summary.changed() == 0) {
            pending.delete(kept); // nothing to import: refused, or identical to what is stored
        } else {
            model.addAttribute("token", kept.token());
        }
        if (summary.refused()) {
            response.setStatus(422);
        }
        model.addAttribute("summary", summary);
        model.addAttribute("previewed", true);
        return page(form, model);
    }

    @PostMapping("/monitor/imports/run")
    String run(@RequestParam(required = false) String token, Authentication auth, Model model,
            HttpServletResponse response) throws IOException {
        policy.require(policy.canMaintainMonitor(auth));
        var kept = pending.find(token, policy.actorName(auth));
        if (kept.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("expired", true);
            return page(new ImportForm(), model);
        }
        try {
            ImportSummary summary = execute(kept.get(), false, auth);
            model.addAttribute("summary", summary);
            model.addAttribute("previewed", false);
            if (summary.refused()) {
                response.setStatus(422);
            }
        } finally {
            pending.delete(kept.get());
        }
        return page(new ImportForm(), model);
    }

    private ImportSummary execute(PendingImports.Pending p, boolean preview, Authentication auth) throws IOException {
        return uploads.execute(p.format(), ImportUploads.open(p.name(), () -> new ByteArrayInputStream(p.content())),
                p.source(), preview, policy.actorName(auth));
    }

    private String page(ImportForm form, Model model) {
        model.addAttribute("importForm", form);
        model.addAttribute("formats", Arrays.asList(ImportFormat.values()));
        model.addAttribute("sources", queries.sources());
        model.addAttribute("releases", queries.releases(0, RELEASES_SHOWN));
        model.addAttribute("examples", List.of("regiomonitor-template.csv", "regiomonitor-template.xlsx"));
        return "monitor/imports";
    }
}
