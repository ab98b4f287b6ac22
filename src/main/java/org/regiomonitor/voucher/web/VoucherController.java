package org.regiomonitor.voucher.web;

import static org.regiomonitor.shared.Text.blankToNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.FormErrors;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.web.QueryParams;
import org.regiomonitor.shared.web.SearchedChoices;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.VoucherSummary;
import org.regiomonitor.voucher.internal.VoucherForm;
import org.regiomonitor.voucher.internal.VoucherRepository;
import org.regiomonitor.voucher.internal.VoucherRepository.VoucherSort;
import org.regiomonitor.voucher.internal.VoucherService;
import org.regiomonitor.voucher.internal.VoucherViews.ProgrammeOption;
import org.regiomonitor.voucher.internal.VoucherViews.VoucherDetail;
import org.regiomonitor.shared.SourceOptions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The voucher page (totals, charts, list) and the create and edit forms. */
@Controller
@RequestMapping("/vouchers")
class VoucherController {

    private final VoucherQueries queries;
    private final VoucherRepository repository;
    private final VoucherService service;
    private final AccessPolicy access;
    private final VoucherCharts charts;
    private final MessageSource messages;
    private final SourceOptions sourceOptions;
    private final AuditLog audit;

    VoucherController(VoucherQueries queries, VoucherRepository repository, VoucherService service,
            AccessPolicy access, VoucherCharts charts, MessageSource messages, SourceOptions sourceOptions,
            AuditLog audit) {
        this.audit = audit;
        this.sourceOptions = sourceOptions;
        this.queries = queries;
        this.repository = repository;
        this.service = service;
        this.access = access;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String programme, @RequestParam(required = false) String schemeKind,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        ListParams<VoucherSort> params = params(page, size, sort, dir);
        boolean all = access.canSeeUnpublished(auth);
        VoucherFilter filter = filter(programme, schemeKind, municipality, year);
        VoucherSummary summary = queries.summary(filter, all);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", summary);
        model.addAttribute("result", params.requireExisting(
                repository.list(filter, all, params.sort(), params.descending(), params.page(), params.size())));
        model.addAttribute("links", ListLinks.of("/vouchers", params).filter("programme", filter.programmeId())
                .filter("schemeKind", filter.schemeKind()).filter("municipality", filter.municipality())
                .filter("year", filter.year()).anchor("voucher-list"));
        model.addAttribute("programmes", repository.programmes(all));
        model.addAttribute("municipalities", repository.municipalityChoices());
        model.addAttribute("schemeKinds", SchemeKind.values());
        Set<Long> editable = repository.editableProgrammes(auth).stream().map(ProgrammeOption::id)
                .collect(Collectors.toSet());
        model.addAttribute("editableProgrammes", editable);
        model.addAttribute("canCreate", !editable.isEmpty());
        String unknown = messages.getMessage("voucher.municipality.unknown", null, locale);
        model.addAttribute("programmeChart", charts.awardsBar(summary.byProgramme(), g -> g.label(),
                messages.getMessage("voucher.byProgramme", null, locale)));
        model.addAttribute("schemeChart", charts.awardsBar(summary.byScheme(), g -> g.label(),
                messages.getMessage("voucher.byScheme", null, locale)));
        model.addAttribute("municipalityChart", charts.awardsBar(summary.byMunicipality(),
                g -> g.label() == null ? unknown : g.label(), messages.getMessage("voucher.byMunicipality", null, locale)));
        return ListLinks.view("voucher/overview", request, response);
    }

    /**
     * The list's filters as the page reads them (also for its downloads): malformed values and unknown kinds are no
     * filter.
     */
    static VoucherFilter filter(String programme, String schemeKind, String municipality, String year) {
        return new VoucherFilter(parseLong(programme), QueryParams.enumOrNull(SchemeKind.class, schemeKind),
                blankToNull(municipality), parseInt(year));
    }

    /** The list's page and order; by default the newest awards first. */
    static ListParams<VoucherSort> params(Integer page, Integer size, String sort, String dir) {
        return ListParams.read(page, size, sort, dir, VoucherSort.YEAR, true);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long programme, Authentication auth, Model model) {
        access.require(service.mayEditSomeProgramme(auth));
        VoucherForm form = new VoucherForm();
        form.setProgrammeId(programme);
        return form(form, null, auth, model);
    }

    @PostMapping
    String create(@ModelAttribute("voucher") VoucherForm form, BindingResult errors, Authentication auth,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        access.require(service.mayEditSomeProgramme(auth));
        if (SearchedChoices.searching(request)) {
            return form(form, null, auth, model);
        }
        FormErrors.apply(errors, service.check(form, null));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, null, auth, model);
        }
        try {
            service.create(form, auth);
        } catch (InvalidInputException e) {
            FormErrors.apply(errors, e.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, null, auth, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/vouchers?programme=" + form.getProgrammeId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Authentication auth, Model model) {
        VoucherDetail voucher = repository.detail(id, true).orElseThrow(VoucherController::notFound);
        access.require(access.canEditProgramme(auth, voucher.programmeId()));
        return form(VoucherForm.of(voucher), id, auth, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("voucher") VoucherForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        VoucherDetail current = repository.detail(id, true).orElseThrow(VoucherController::notFound);
        access.require(access.canEditProgramme(auth, current.programmeId()));
        if (SearchedChoices.searching(request)) {
            return form(form, id, auth, model);
        }
        FormErrors.apply(errors, service.check(form, id));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, id, auth, model);
        }
        try {
            service.update(id, form, auth);
        } catch (InvalidInputException e) {
            FormErrors.apply(errors, e.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, id, auth, model);
        } catch (StaleEditException e) {
            FormErrors.stale(errors);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, id, auth, model);
        } catch (NotFoundException e) {
            throw notFound();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/vouchers?programme=" + form.getProgrammeId();
    }

    private String form(VoucherForm form, Long id, Authentication auth, Model model) {
        List<ProgrammeOption> programmes = repository.editableProgrammes(auth);
        model.addAttribute("voucher", form);
        model.addAttribute("voucherId", id);
        model.addAttribute("programmes", programmes);
        model.addAttribute("schemes", repository.schemes());
        model.addAttribute("schemeKinds", SchemeKind.values());
        model.addAttribute("quantityQualifiers", ValueQualifier.values());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("municipalities", repository.municipalityChoices());
        model.addAttribute("sources", sourceOptions.all());
        model.addAttribute("history", id == null ? null : audit.historyForPage(auth, "voucher_award", id));
        return "voucher/form";
    }

    private static NotFoundException notFound() {
        return new NotFoundException("voucher", "");
    }

    /** Malformed filter values in the address are ignored rather than failing the page. */
    private static Long parseLong(String s) {
        try {
            return Text.isBlank(s) ? null : Long.valueOf(Text.strip(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        try {
            return Text.isBlank(s) ? null : Integer.valueOf(Text.strip(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
