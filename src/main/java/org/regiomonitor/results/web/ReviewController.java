package org.regiomonitor.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.regiomonitor.area.Areas;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ReviewQueue;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The review queue of a programme manager ({@code /tasks/review}, linked from "my tasks"): each update awaiting
 * their review beside the value it would replace, with approve and return. Approve and return also serve the
 * project's results page; from the queue, a refused step comes back in the queue with the error at its form.
 */
@Controller
class ReviewController {

    private final ReviewQueue queue;
    private final ResultsReader reader;
    private final UpdateService updates;
    private final AccessPolicy policy;
    private final Areas areas;

    ReviewController(ReviewQueue queue, ResultsReader reader, UpdateService updates, AccessPolicy policy, Areas areas) {
        this.queue = queue;
        this.reader = reader;
        this.updates = updates;
        this.policy = policy;
        this.areas = areas;
    }

    @GetMapping("/tasks/review")
    String queue(Authentication auth, Locale locale, Model model) {
        return page(null, new ReviewForm(), auth, locale, model);
    }

    @PostMapping("/updates/{id}/return")
    String returnToLead(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        return step(id, form, errors, () -> updates.returnToLead(id, form.toInput(), auth), auth, locale, model, response);
    }

    @PostMapping("/updates/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        return step(id, form, errors, () -> updates.approve(id, form.toInput(), auth), auth, locale, model, response);
    }

    private String step(long id, ReviewForm form, BindingResult errors, Runnable action, Authentication auth,
            Locale locale, Model model, HttpServletResponse response) {
        long project = reader.projectOfUpdate(id).orElseThrow(() -> new NotFoundException("update", id));
        try {
            action.run();
            return form.fromQueue() ? "redirect:/tasks/review" : "redirect:/projects/" + project + "/results#update-" + id;
        } catch (InvalidInputException e) {
            if (!form.fromQueue()) {
                throw e; // the results page answers with the error page, as before
            }
            FormErrors.apply(errors, e.violations());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (StaleEditException e) {
            if (!form.fromQueue()) {
                throw e;
            }
            FormErrors.stale(errors);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return page(id, form, auth, locale, model);
    }

    /** The queue; {@code failed}: the update whose form comes back with errors (the others get empty forms). */
    private String page(Long failed, ReviewForm form, Authentication auth, Locale locale, Model model) {
        policy.require(policy.canSeeUnpublished(auth)); // logged in
        ReviewQueue.Queue q = queue.of(auth);
        model.addAttribute("items", q.items());
        model.addAttribute("partNames", PartNames.of(areas.municipalityChoices(), q.dimensions(), locale));
        model.addAttribute("failed", failed);
        model.addAttribute("reviewForm", form);
        model.addAttribute("blankReview", new ReviewForm());
        return "results/review";
    }
}
