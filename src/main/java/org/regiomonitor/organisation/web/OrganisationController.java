package org.regiomonitor.organisation.web;

import static org.regiomonitor.shared.Text.blankToNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiomonitor.audit.AuditLog;
import java.util.List;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.organisation.OrganisationPageSection;
import org.regiomonitor.organisation.internal.OrganisationForm;
import org.regiomonitor.organisation.internal.OrganisationRepository;
import org.regiomonitor.organisation.internal.OrganisationRights;
import org.regiomonitor.organisation.internal.OrganisationService;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationDetail;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationFilter;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationSort;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.web.FormErrors;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.web.QueryParams;
import org.regiomonitor.shared.SourceOptions;
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

/** The organisation pages: list, detail, create and edit forms. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    private final OrganisationRepository repository;
    private final OrganisationService service;
    private final OrganisationRights rights;
    private final SourceOptions sourceOptions;
    private final AuditLog audit;
    private final List<OrganisationPageSection> sections;

    OrganisationController(OrganisationRepository repository, OrganisationService service, OrganisationRights rights,
            SourceOptions sourceOptions, AuditLog audit, List<OrganisationPageSection> sections) {
        this.sections = sections;
        this.audit = audit;
        this.sourceOptions = sourceOptions;
        this.repository = repository;
        this.service = service;
        this.rights = rights;
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication auth, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        ListParams<OrganisationSort> params = ListParams.read(page, size, sort, dir, OrganisationSort.NAME);
        OrganisationFilter filter = filter(kind, municipality, q, params);
        model.addAttribute("filter", filter);
        model.addAttribute("result", params.requireExisting(
                repository.list(filter, rights.canSeeUnpublished(auth), params.page(), params.size())));
        model.addAttribute("links", ListLinks.of("/organisations", params).filter("q", filter.q())
                .filter("kind", filter.kind()).filter("municipality", filter.municipality()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("municipalities", repository.municipalityChoices());
        model.addAttribute("canEdit", rights.canEdit(auth));
        return ListLinks.view("organisation/list", request, response);
    }

    /**
     * The list's filters and order as the page reads them (also for its downloads): a kind it does not know is no
     * filter.
     */
    static OrganisationFilter filter(String kind, String municipality, String q, ListParams<OrganisationSort> params) {
        return new OrganisationFilter(QueryParams.enumOrNull(OrganisationKind.class, kind), blankToNull(municipality),
                blankToNull(q), params.sort(), params.descending());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Authentication auth, Model model) {
        boolean all = rights.canSeeUnpublished(auth);
        OrganisationDetail organisation = repository.detail(id, all).orElseThrow(() -> notFound());
        model.addAttribute("organisation", organisation);
        model.addAttribute("programmes", repository.programmes(id, all));
        // the projects it takes part in come from the portfolio
        sections.forEach(section -> section.addTo(model, id, all));
        model.addAttribute("funders", repository.funders(id));
        model.addAttribute("canEdit", rights.canEdit(auth));
        model.addAttribute("history", audit.historyForPage(auth, "organisation", id));
        return "organisation/detail";
    }

    @GetMapping("/new")
    String newForm(Authentication auth, Model model) {
        rights.requireEdit(auth);
        return form(new OrganisationForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("organisation") OrganisationForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        rights.requireEdit(auth);
        FormErrors.apply(errors, service.check(form, null));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, null, model);
        }
        try {
            long id = service.create(form, auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(errors, e.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Authentication auth, Model model) {
        rights.requireEdit(auth);
        OrganisationDetail organisation = repository.detail(id, true).orElseThrow(() -> notFound());
        return form(OrganisationForm.of(organisation), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("organisation") OrganisationForm form,
            BindingResult errors, Authentication auth, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        rights.requireEdit(auth);
        FormErrors.apply(errors, service.check(form, id));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, id, model);
        }
        try {
            service.update(id, form, auth);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(errors, e.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, id, model);
        } catch (StaleEditException e) {
            FormErrors.stale(errors);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, id, model);
        } catch (NotFoundException e) {
            throw notFound();
        }
    }

    private String form(OrganisationForm form, Long id, Model model) {
        model.addAttribute("organisation", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("municipalities", repository.municipalityChoices());
        model.addAttribute("sources", sourceOptions.all());
        return "organisation/form";
    }

    private static NotFoundException notFound() {
        return new NotFoundException("organisation", "");
    }
}
