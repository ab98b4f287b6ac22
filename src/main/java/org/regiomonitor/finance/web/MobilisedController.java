package org.regiomonitor.finance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.finance.internal.MobilisedCommand;
import org.regiomonitor.finance.internal.MobilisedInvestmentService;
import org.regiomonitor.finance.internal.MobilisedView;
import org.regiomonitor.finance.internal.ProgrammeRow;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.SourceOptions;
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

/** Adding and changing the investments a programme mobilised. */
@Controller
class MobilisedController {


    private final MobilisedInvestmentService service;
    private final FinanceQueries queries;
    private final FinanceRights rights;
    private final SourceOptions sourceOptions;

    MobilisedController(MobilisedInvestmentService service, FinanceQueries queries, FinanceRights rights, SourceOptions sourceOptions) {
        this.sourceOptions = sourceOptions;
        this.service = service;
        this.queries = queries;
        this.rights = rights;
    }

    @GetMapping("/finance/mobilised/new")
    String newForm(@RequestParam("programme") long programmeId, Authentication auth, Model model) {
        MobilisedForm form = new MobilisedForm();
        form.setProgrammeId(programmeId);
        return form(form, null, auth, model);
    }

    @GetMapping("/finance/mobilised/{id}/edit")
    String editForm(@PathVariable long id, Authentication auth, Model model) {
        MobilisedView m = queries.mobilisedInvestment(id, true)
                .orElseThrow(() -> new NotFoundException("mobilised investment", id));
        MobilisedForm form = new MobilisedForm();
        form.setProgrammeId(m.programmeId());
        form.setDescription(m.description());
        form.setAmount(m.amount().toPlainString());
        form.setLinkedProgrammeId(m.linkedProgrammeId());
        form.setSourceId(m.sourceId());
        form.setSourceLocator(m.sourceLocator());
        form.setVersion(m.version());
        return form(form, id, auth, model);
    }

    @PostMapping("/finance/mobilised")
    String create(@ModelAttribute("mobilisedForm") MobilisedForm form, BindingResult errors,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, form, errors, auth, model, redirect, response);
    }

    @PostMapping("/finance/mobilised/{id}")
    String update(@PathVariable long id, @ModelAttribute("mobilisedForm") MobilisedForm form,
            BindingResult errors, Authentication auth, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        MobilisedView m = queries.mobilisedInvestment(id, true)
                .orElseThrow(() -> new NotFoundException("mobilised investment", id));
        form.setProgrammeId(m.programmeId());
        return save(id, form, errors, auth, model, redirect, response);
    }

    private String save(Long id, MobilisedForm form, BindingResult errors, Authentication auth, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        BigDecimal amount = FormSupport.amount("amount", form.getAmount(), errors);
        if (!errors.hasErrors()) {
            MobilisedCommand cmd = new MobilisedCommand(form.getProgrammeId(), form.getDescription(), amount,
                    form.getLinkedProgrammeId(), form.getSourceId(), form.getSourceLocator(), form.getVersion());
            try {
                if (id == null) {
                    service.create(cmd, auth);
                } else {
                    service.update(id, cmd, auth);
                }
                redirect.addFlashAttribute("saved", true);
                return "redirect:/programmes/" + form.getProgrammeId() + "/finance#mobilised";
            } catch (InvalidInputException e) {
                FormErrors.apply(errors, e.violations());
            } catch (StaleEditException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.stale");
                return form(form, id, auth, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(form, id, auth, model);
    }

    private String form(MobilisedForm form, Long id, Authentication auth, Model model) {
        ProgrammeRow p = queries.programme(form.getProgrammeId(), true)
                .orElseThrow(() -> new NotFoundException("programme", form.getProgrammeId()));
        rights.require(rights.programme(auth, p.id()).full());
        model.addAttribute("mobilisedForm", form);
        model.addAttribute("investmentId", id);
        model.addAttribute("programmeRow", p);
        model.addAttribute("programmes", queries.programmeOptions());
        model.addAttribute("sources", sourceOptions.all());
        return "finance/mobilised-form";
    }
}
