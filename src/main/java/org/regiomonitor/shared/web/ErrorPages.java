package org.regiomonitor.shared.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page of the site ({@code error/error}, in the layout): a title and an explanation for its status
 * in the user's language, and what exactly went wrong when that is known (the fields of a refused request, what
 * was not found). {@link WebErrorHandler} uses it for the errors of a page's controller, {@link ErrorPageController}
 * for everything else that reaches the container's error dispatch (unknown addresses, wrong methods, failures).
 */
final class ErrorPages {

    static final String VIEW = "error/error";

    /** Statuses with their own wording ({@code error.page.<status>} and {@code .text}); others get 4xx or 5xx. */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 406, 409, 413, 415, 429, 500, 503);

    private ErrorPages() {
    }

    /**
     * @param detail what exactly was wrong (already in the user's language), or null
     * @param problems one message per refused field (already in the user's language), possibly empty
     */
    static ModelAndView page(int status, String detail, List<String> problems) {
        String key = "error.page." + (WORDED.contains(status) ? String.valueOf(status) : status >= 500 ? "5xx" : "4xx");
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("status", status);
        page.addObject("titleKey", key);
        page.addObject("textKey", key + ".text");
        page.addObject("detail", detail);
        page.addObject("problems", problems);
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }
}
