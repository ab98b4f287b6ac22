package org.regiomonitor.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details. Invalid input lists one message per field
 * under {@code errors}: {@code [{"field": "title", "message": "..."}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    /** One invalid field. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof org.springframework.validation.FieldError fe ? fe.getField() : null,
                        messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this resource: " + rootMessage(ex));
        p.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        List<FieldProblem> errors = ex.violations().stream()
                .map(v -> new FieldProblem(v.field(),
                        messages.getMessage(v.code(), v.args(), v.code(), LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> stale(StaleEditException ex) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        p.setTitle("Edit conflict");
        p.setType(URI.create("urn:regiomonitor:problem:stale-edit"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        p.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The input is not valid; nothing was saved.");
        p.setTitle("Invalid input");
        p.setType(URI.create("urn:regiomonitor:problem:invalid-input"));
        p.setProperties(Map.of("errors", errors));
        return p;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
