package org.regiomonitor.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matches of a searched choice as the form shows them (an HTML fragment that app.js puts under the search field):
 * {@code GET /choices/projects?q=wind&name=projectIds&multiple=true&skip=12}, without those chosen already
 * ({@code skip}); any other parameter narrows the search (see
 * the kind's {@link org.regiomonitor.shared.ChoiceSource}). At most {@link SearchedChoices#LIMIT}, only what the
 * caller may choose.
 */
@Controller
class ChoiceController {

    private final SearchedChoices choices;

    ChoiceController(SearchedChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/choices/{kind}")
    String matches(@PathVariable String kind, @RequestParam(required = false) String q, @RequestParam String name,
            @RequestParam(defaultValue = "false") boolean multiple, @RequestParam(required = false) List<Long> skip,
            @RequestParam Map<String, String> params, Model model) {
        Map<String, String> scope = new HashMap<>(params);
        scope.keySet().removeAll(List.of("q", "name", "multiple", "skip"));
        model.addAttribute("matches", choices.search(kind, q, scope).without(skip == null ? List.of() : skip));
        model.addAttribute("name", name);
        model.addAttribute("many", multiple);
        return "fragments/form :: choice-matches";
    }
}
