package org.regiomonitor.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A form post binds only the fields its form has: a field the form object does not know is refused
 * (a 400 naming it, see {@link WebErrorHandler}) instead of silently dropped, and request headers and
 * path variables never bind into a form (Spring binds both by default, so a header such as
 * {@code Published: true} could set a field the page does not offer).
 */
@ControllerAdvice
class FormFields {

    /** Request parameters that belong to the page machinery, not to any form (also a searched choice's search). */
    private static final List<String> INFRASTRUCTURE = List.of("_csrf", "lang", SearchedChoices.SEARCH,
            SearchedChoices.queryParameter("") + "*");

    @InitBinder
    void bindOnlyOfferedFields(WebDataBinder binder, HttpServletRequest request) {
        // No test of the target: for a form object it is created only after this (constructor binding).
        if (HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        if (binder instanceof ExtendedServletRequestDataBinder extended) {
            extended.setHeaderPredicate(header -> false);
        }
        List<String> notFormFields = new ArrayList<>(INFRASTRUCTURE);
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.keySet().forEach(name -> notFormFields.add(name.toString()));
        }
        binder.setDisallowedFields(notFormFields.toArray(String[]::new));
        binder.setIgnoreUnknownFields(false);
    }
}
