package org.regiomonitor.results.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.results.internal.Narratives;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.FigureView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The results pages: a project's results (indicators, progress, the update history) and a programme's totals per
 * catalogue indicator and period with the rule next to each total. Self-contained templates, each a bounded number
 * of queries.
 */
@Controller
class ResultsPageController {

    private final ResultsReader reader;
    private final AccessPolicy policy;
    private final UpdateService updates;
    private final PortfolioQueries portfolio;
    private final org.regiomonitor.area.Areas areas;
    private final org.regiomonitor.results.RegionResults regionResults;

    ResultsPageController(ResultsReader reader, AccessPolicy policy, UpdateService updates,
            PortfolioQueries portfolio, org.regiomonitor.area.Areas areas,
            org.regiomonitor.results.RegionResults regionResults) {
        this.reader = reader;
        this.regionResults = regionResults;
        this.policy = policy;
        this.updates = updates;
        this.portfolio = portfolio;
        this.areas = areas;
    }

    @GetMapping("/projects/{id}/results")
    String project(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        boolean unpublished = policy.canSeeUnpublished(auth);
        String title = reader.projectTitle(id, unpublished).orElseThrow(() -> new NotFoundException("project", id));
        Map<Long, List<UpdateView>> updates = reader.updatesOfProject(id, unpublished).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(ResultsPageController::safe)
                        .toList()));
        model.addAttribute("projectId", id);
        model.addAttribute("projectTitle", title);
        model.addAttribute("results", reader.results(id));
        model.addAttribute("updates", updates);
        model.addAttribute("returnComments", reader.returnComments(id));
        model.addAttribute("periods", reader.periodsOfProject(id).stream()
                .collect(Collectors.toMap(PeriodView::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("qualifiers", org.regiomonitor.shared.ValueQualifier.values());
        model.addAttribute("canWrite", policy.canWriteResultUpdates(auth, id));
        model.addAttribute("canReview", policy.canReviewResultUpdates(auth, id));
        model.addAttribute("canSetUp", policy.canEditProject(auth, id)); // results and indicators (set-up pages)
        model.addAttribute("loggedIn", unpublished); // attachments are for logged-in users, as in the API
        model.addAttribute("partNames", PartNames.of(areas.municipalityChoices(), reader.dimensionsOfProject(id), locale));
        return "results/project";
    }

    /** At the programme's code (/programmes/AVT-2023/results) or its id, as the programme's other pages. */
    @GetMapping("/programmes/{key}/results")
    String programme(@PathVariable String key, Authentication auth, Locale locale, Model model) {
        boolean unpublished = policy.canSeeUnpublished(auth);
        var address = portfolio.programmeAddress(key, unpublished)
                .orElseThrow(() -> new NotFoundException("programme", key));
        long id = address.id();
        String name = reader.programmeName(id, unpublished).orElseThrow(() -> new NotFoundException("programme", id));
        List<CatalogueView> catalogue = reader.catalogue(id, locale);
        List<PeriodView> periods = reader.periods(id);
        Map<String, FigureView> cells = reader.programmeFigures(id, unpublished, catalogue, periods, locale).stream()
                .collect(Collectors.toMap(f -> f.group() + "|" + f.window(), Function.identity(), (a, b) -> a));
        model.addAttribute("programmeId", id);
        model.addAttribute("programmePath", address.path());
        model.addAttribute("programmeName", name);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("names", reader.catalogueNames(catalogue, locale));
        model.addAttribute("periods", periods);
        model.addAttribute("cells", cells);
        model.addAttribute("sources", regionResults.programmeSources(id, unpublished));
        model.addAttribute("rules", reader.rules(locale));
        model.addAttribute("canSetUp", policy.canEditProgramme(auth, id)); // catalogue, periods, dimensions
        return "results/programme";
    }

    /** The lead hands an update in (the form to write it is {@link UpdateFormController}'s, review is {@link ReviewController}'s). */
    @PostMapping("/updates/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute ReviewForm form, Authentication auth) {
        updates.submit(id, form.toInput(), auth);
        return backTo(projectOfUpdate(id)) + "#update-" + id;
    }

    private long projectOfUpdate(long updateId) {
        return reader.projectOfUpdate(updateId).orElseThrow(() -> new NotFoundException("update", updateId));
    }

    /** Back to the project's results page; the caller adds the fragment of the indicator or update acted on. */
    private static String backTo(long projectId) {
        return "redirect:/projects/" + projectId + "/results";
    }

    /** Narratives were sanitised when stored; sanitising again on output keeps older or imported rows safe too. */
    private static UpdateView safe(UpdateView u) {
        return new UpdateView(u.id(), u.indicatorId(), u.periodId(), u.value(), u.numerator(), u.denominator(),
                u.qualifier(), u.comment(), Narratives.sanitise(u.narrative()), u.status(), u.supersedesId(),
                u.supersededById(), u.counted(), u.createdBy(), u.createdAt(), u.version(), u.disaggregations(),
                u.unbalancedDimensions(), u.attachments(), u.source(), u.disagreement());
    }
}
