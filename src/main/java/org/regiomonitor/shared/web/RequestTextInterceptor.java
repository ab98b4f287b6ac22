package org.regiomonitor.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before any controller runs, a request parameter or path variable with a character that
 * PostgreSQL or a page cannot hold (see {@link Text#forbiddenCharacter}): a 400 naming the field, as
 * problem details for the API and as the error page otherwise, instead of a 500 from the database.
 * Query parameters and path variables are single-line; form posts may carry multi-line text. Path
 * variables are made NFC here (parameters are, by {@link RequestTextFilter}).
 */
class RequestTextInterceptor implements HandlerInterceptor {

    static final String FORBIDDEN_CHARACTER = "error.input.forbiddenCharacter";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An error page or the access-denied forward carries the original parameters: answer it as it is.
            return true;
        }
        boolean multiLine = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            check(p.getKey(), p.getKey(), false);
            for (String value : p.getValue()) {
                check(p.getKey(), value, multiLine);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null && !variables.isEmpty()) {
            Map<String, String> normalized = new LinkedHashMap<>();
            variables.forEach((name, value) -> {
                check(name, value, false);
                normalized.put(name, Text.normalize(value));
            });
            request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, normalized);
        }
        return true;
    }

    private static void check(String field, String value, boolean multiLine) {
        int c = Text.forbiddenCharacter(value, multiLine);
        if (c >= 0) {
            throw InvalidInputException.of(printable(field), FORBIDDEN_CHARACTER, printable(field), Text.codePointName(c));
        }
    }

    /** The field name as it can be shown, should the name itself hold the character. */
    static String printable(String field) {
        StringBuilder out = new StringBuilder();
        field.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? "\ufffd" : Character.toString(c)));
        return out.toString();
    }
}
