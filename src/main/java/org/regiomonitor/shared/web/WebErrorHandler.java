package org.regiomonitor.shared.web;

import java.util.List;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Web pages: a missing (or invisible) record is the 404 page saying what was not found, not a stack trace; refused
 * input (a character that is not allowed, a parameter of the wrong kind, a form field the form does not offer) is
 * a 400 page that says which field and why, in the page's language; a step on a record someone else changed
 * meanwhile is a 409 page that says so. Both are {@link ErrorPages}; what no handler
 * here takes goes to the container's error dispatch and {@link ErrorPageController}. The API has
 * {@link ApiProblemHandler}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private final MessageSource messages;

    WebErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex) {
        return ErrorPages.page(404, messages.getMessage(ex.messageCode(), null, null, LocaleContextHolder.getLocale()),
                List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException ex) {
        return badRequest(ex.violations().stream()
                .map(v -> messages.getMessage(v.code(), v.args(), v.code(), LocaleContextHolder.getLocale()))
                .toList());
    }

    /** Someone else saved the record meanwhile (a button without a form of its own, e.g. submit or approve). */
    @ExceptionHandler(StaleEditException.class)
    ModelAndView stale(StaleEditException ex) {
        return ErrorPages.page(409, messages.getMessage("error.stale", null, LocaleContextHolder.getLocale()), List.of());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView typeMismatch(TypeMismatchException ex) {
        return badRequest(List.of(text(InputMessages.code(InputMessages.EXPECTED, ex.getPropertyName(),
                InputMessages.expected(ex.getRequiredType())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException ex) {
        return badRequest(List.of(text(InputMessages.code(InputMessages.REQUIRED_PARAMETER,
                ex.getParameterName()))));
    }

    /** A posted field the form object does not have (or an index that makes no sense). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView fieldNotOffered(InvalidPropertyException ex) {
        return badRequest(List.of(text(InputMessages.code(InputMessages.NOT_OFFERED,
                RequestTextInterceptor.printable(ex.getPropertyName())))));
    }

    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    private static ModelAndView badRequest(List<String> problems) {
        return ErrorPages.page(400, null, problems);
    }
}
