package org.regiomonitor.finance.web;

import org.regiomonitor.shared.web.SearchedChoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiomonitor.finance.internal.Category;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.FunderCommand;
import org.regiomonitor.finance.internal.FunderService;
import org.regiomonitor.finance.internal.FunderView;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funders: a list for everyone; adding, changing and removing for administrators. */
@Controller
class FunderController {


    private final FunderService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    FunderController(FunderService service, FinanceQueries queries, FinanceRights rights) {
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping("/finance/funders")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response) {
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        String text = Text.blankToNull(q);
        // a category that does not exist means no filter, as on the other list pages
        String code = queries.categories().stream().map(Category::code).filter(c -> c.equals(category))
                .findFirst().orElse(null);
        PageResult<FunderView> result = params.requireExisting(
                queries.funderPage(code, text, rights.canSeeUnpublished(auth), params.page(), params.size()));
        model.addAttribute("result", result);
        model.addAttribute("funders", result.items());
        model.addAttribute("q", text);
        model.addAttribute("category", code);
        model.addAttribute("categories", queries.categories());
        model.addAttribute("links", ListLinks.of("/finance/funders", params).filter("q", text).filter("category", code));
        model.addAttribute("canManage", rights.canManageFunders(auth));
        return ListLinks.view("finance/funders", request, response);
    }

    @GetMapping("/finance/funders/new")
    String newForm(Authentication auth, Model model) {
        return form(new FunderForm(), null, auth, model);
    }

    @GetMapping("/finance/funders/{id}/edit")
    String editForm(@PathVariable long id, Authentication auth, Model model) {
        FunderView f = queries.funder(id, true).orElseThrow(() -> new NotFoundException("funder", id));
        FunderForm form = new FunderForm();
        form.setName(f.name());
        form.setCategoryCode(f.category());
        form.setOrganisationId(f.organisationId());
        form.setVersion(f.version());
        return form(form, f, auth, model);
    }

    @PostMapping("/finance/funders")
    String create(@ModelAttribute("funderForm") FunderForm form, BindingResult errors, Authentication auth,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return SearchedChoices.searching(request) ? form(form, null, auth, model)
                : save(null, form, errors, auth, model, redirect, response);
    }

    @PostMapping("/finance/funders/{id}")
    String update(@PathVariable long id, @ModelAttribute("funderForm") FunderForm form, BindingResult errors,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return SearchedChoices.searching(request)
                ? form(form, queries.funder(id, true).orElseThrow(() -> new NotFoundException("funder", id)), auth, model)
                : save(id, form, errors, auth, model, redirect, response);
    }

    @PostMapping("/finance/funders/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Authentication auth, RedirectAttributes redirect) {
        try {
            service.delete(id, version, auth);
            redirect.addFlashAttribute("deleted", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("deleteError", e.violations().getFirst().code());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("deleteError", "error.stale");
        }
        return "redirect:/finance/funders";
    }

    private String save(Long id, FunderForm form, BindingResult errors, Authentication auth, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            FunderCommand cmd = new FunderCommand(form.getName(), form.getCategoryCode(), form.getOrganisationId(),
                    form.getVersion());
            try {
                if (id == null) {
                    service.create(cmd, auth);
                } else {
                    service.update(id, cmd, auth);
                }
                redirect.addFlashAttribute("saved", true);
                return "redirect:/finance/funders";
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations());
            } catch (StaleEditException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.stale");
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        FunderView existing = id == null ? null
                : queries.funder(id, true).orElseThrow(() -> new NotFoundException("funder", id));
        return form(form, existing, auth, model);
    }

    private String form(FunderForm form, FunderView existing, Authentication auth, Model model) {
        rights.require(rights.canManageFunders(auth));
        model.addAttribute("funderForm", form);
        model.addAttribute("funder", existing);
        model.addAttribute("categories", queries.categories());
        return "finance/funder-form";
    }
}
