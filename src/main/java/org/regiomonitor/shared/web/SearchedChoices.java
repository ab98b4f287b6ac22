package org.regiomonitor.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.shared.ChoiceSource;
import org.regiomonitor.shared.ChoiceSource.Choice;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The searched choice of the form library ({@code fragments/form :: choice}): a form carries only what is chosen
 * (with names), and people search for more. With JavaScript the search field asks {@code GET /choices/{kind}}
 * ({@link ChoiceController}) as they type; without it, its button posts the form with {@value #SEARCH} = the field's
 * name, and the controller shows the form again ({@link #searching}) with the matches as more boxes to tick, nothing
 * saved. Templates call this bean as {@code @searchedChoices}.
 */
@Component("searchedChoices")
public class SearchedChoices {

    /** Matches shown at once: a bounded list; more words narrow it. */
    public static final int LIMIT = 20;
    /** The parameter of the no-script search button: the name of the field searched. */
    public static final String SEARCH = "choiceSearch";

    /** What a search found: at most {@link #LIMIT} choices, and whether there were more. */
    public record Matches(String query, List<Choice> choices, boolean more) {

        /** The matches that are not chosen already (those are shown as chosen, not offered twice). */
        public Matches without(Collection<Long> chosen) {
            return new Matches(query, choices.stream().filter(c -> !chosen.contains(c.id())).toList(), more);
        }
    }

    private final Map<String, ChoiceSource> sources;

    SearchedChoices(List<ChoiceSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(ChoiceSource::kind, Function.identity()));
    }

    /** Whether a form post is a search of one of its choices (no script), to be shown again rather than saved. */
    public static boolean searching(HttpServletRequest request) {
        return request.getParameter(SEARCH) != null;
    }

    /**
     * The request parameter of the search field of the choice named {@code name}: letters, digits and _ only, and
     * with a prefix that form posts do not bind ({@link FormFields}).
     */
    public static String queryParameter(String name) {
        return "choiceq_" + name.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The matches of {@code text} for the current user; unknown kinds are a 404. */
    public Matches search(String kind, String text, Map<String, String> scope) {
        String q = Text.strip(text == null ? "" : text);
        List<Choice> found = source(kind).search(q, scope, auth(), LIMIT + 1);
        return new Matches(q, found.size() > LIMIT ? found.subList(0, LIMIT) : found, found.size() > LIMIT);
    }

    /**
     * The current choice with names, in its order: {@code value} is the form's field (an id, a collection of ids, or
     * null). An id that is no choice (refused by the form's checks) stays, named by its number, so it can be removed.
     */
    public List<Choice> selected(String kind, Object value) {
        Set<Long> ids = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> addId(ids, v));
        } else {
            addId(ids, value);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Choice> known = source(kind).labels(ids, auth()).stream()
                .collect(Collectors.toMap(Choice::id, Function.identity(), (a, b) -> a));
        List<Choice> out = new ArrayList<>();
        ids.forEach(id -> out.add(known.getOrDefault(id, new Choice(id, "#" + id, null))));
        return out;
    }

    /**
     * The matches to show in the choice named {@code name} when the posted form is its no-script search, else null.
     * {@code params} are the fixed narrowing ("editable=true"), {@code include} the name of another field of the
     * form whose value narrows too (a voucher's programme).
     */
    public Matches searched(String kind, String name, String params, String include) {
        HttpServletRequest request = request();
        if (request == null || !name.equals(request.getParameter(SEARCH))) {
            return null;
        }
        return search(kind, request.getParameter(queryParameter(name)), scope(params, include, request::getParameter));
    }

    /** The narrowing of a search: the fixed parameters and the value of the included field. */
    static Map<String, String> scope(String params, String include, Function<String, String> parameter) {
        Map<String, String> scope = new HashMap<>();
        if (params != null) {
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    scope.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        if (include != null && parameter.apply(include) != null) {
            scope.put(include, parameter.apply(include));
        }
        return scope;
    }

    private ChoiceSource source(String kind) {
        ChoiceSource source = sources.get(kind);
        if (source == null) {
            throw new NotFoundException("choice", kind);
        }
        return source;
    }

    private static void addId(Set<Long> ids, Object v) {
        if (v instanceof Number n) {
            ids.add(n.longValue());
        } else if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
            ids.add(Long.valueOf(s.strip()));
        }
    }

    private static Authentication auth() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
