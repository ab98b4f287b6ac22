package org.regiomonitor.shared.web;

import java.util.List;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Web pages: a missing (or invisible) record is a 404 page, not a stack trace; refused input (a character
 * that is not allowed, a parameter of the wrong kind, a form field the form does not offer) is a 400 page
 * that says which field and why, in the page's language. The API has {@link ApiProblemHandler}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private final MessageSource messages;

    WebErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInputException ex, Model model) {
        return badRequest(model, ex.violations().stream()
                .map(v -> messages.getMessage(v.code(), v.args(), v.code(), LocaleContextHolder.getLocale()))
                .toList());
    }

    @ExceptionHandler(TypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String typeMismatch(TypeMismatchException ex, Model model) {
        return badRequest(model, List.of(text(InputMessages.code(InputMessages.EXPECTED, ex.getPropertyName(),
                InputMessages.expected(ex.getRequiredType())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingParameter(MissingServletRequestParameterException ex, Model model) {
        return badRequest(model, List.of(text(InputMessages.code(InputMessages.REQUIRED_PARAMETER,
                ex.getParameterName()))));
    }

    /** A posted field the form object does not have (or an index that makes no sense). */
    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String fieldNotOffered(InvalidPropertyException ex, Model model) {
        return badRequest(model, List.of(text(InputMessages.code(InputMessages.NOT_OFFERED,
                RequestTextInterceptor.printable(ex.getPropertyName())))));
    }

    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    private static String badRequest(Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        return "error/400";
    }
}
