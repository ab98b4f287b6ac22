package org.regiomonitor.results.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.internal.Narratives;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.RollUpView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The results pages: a project's results (indicators, progress, the update history) and a programme's totals per
 * catalogue indicator and period with the rule next to each total. Self-contained templates, each a bounded number
 * of queries.
 */
@Controller
class ResultsPageController {

    private final ResultsReader reader;
    private final RollUps rollUps;
    private final AccessPolicy policy;

    ResultsPageController(ResultsReader reader, RollUps rollUps, AccessPolicy policy) {
        this.reader = reader;
        this.rollUps = rollUps;
        this.policy = policy;
    }

    @GetMapping("/projects/{id}/results")
    String project(@PathVariable long id, Authentication auth, Model model) {
        boolean unpublished = policy.canSeeUnpublished(auth);
        String title = reader.projectTitle(id, unpublished).orElseThrow(() -> new NotFoundException("project", id));
        Map<Long, List<UpdateView>> updates = reader.updatesOfProject(id, unpublished).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(ResultsPageController::safe)
                        .toList()));
        model.addAttribute("projectId", id);
        model.addAttribute("projectTitle", title);
        model.addAttribute("results", reader.results(id));
        model.addAttribute("updates", updates);
        model.addAttribute("periods", reader.periodsOfProject(id).stream()
                .collect(Collectors.toMap(PeriodView::id, Function.identity())));
        model.addAttribute("canWrite", policy.canWriteResultUpdates(auth, id));
        model.addAttribute("canReview", policy.canReviewResultUpdates(auth, id));
        return "results/project";
    }

    @GetMapping("/programmes/{id}/results")
    String programme(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        boolean unpublished = policy.canSeeUnpublished(auth);
        String name = reader.programmeName(id, unpublished).orElseThrow(() -> new NotFoundException("programme", id));
        List<CatalogueView> catalogue = reader.catalogue(id, locale);
        List<PeriodView> periods = reader.periods(id);
        RollUpView rollUp = reader.rollUp(rollUps.programme(id, unpublished), reader.windows(periods),
                reader.catalogueNames(catalogue, locale), reader.catalogueDecimals(catalogue), locale);
        Map<String, FigureView> cells = rollUp.figures().stream()
                .collect(Collectors.toMap(f -> f.group() + "|" + f.window(), Function.identity(), (a, b) -> a));
        model.addAttribute("programmeId", id);
        model.addAttribute("programmeName", name);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("periods", periods);
        model.addAttribute("cells", cells);
        model.addAttribute("rules", rollUp.rules());
        return "results/programme";
    }

    /** Narratives were sanitised when stored; sanitising again on output keeps older or imported rows safe too. */
    private static UpdateView safe(UpdateView u) {
        return new UpdateView(u.id(), u.indicatorId(), u.periodId(), u.value(), u.numerator(), u.denominator(),
                u.qualifier(), u.comment(), Narratives.sanitise(u.narrative()), u.status(), u.supersedesId(),
                u.supersededById(), u.counted(), u.createdBy(), u.createdAt(), u.version(), u.disaggregations(),
                u.unbalancedDimensions(), u.attachments());
    }
}
