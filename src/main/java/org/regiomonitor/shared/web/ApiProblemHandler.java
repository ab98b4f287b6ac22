package org.regiomonitor.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors of the JSON API as RFC 9457 problem details. Invalid input lists one message per field
 * under {@code errors}: {@code [{"field": "title", "message": "..."}]}. No answer names a Java class,
 * method or library: what was wrong is said in the caller's terms (field, expected value, position).
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    /** One invalid field. */
    record FieldProblem(String field, String message) {
    }

    /** What must never reach a caller: Java and library names (the last net, after the specific handlers). */
    private static final Pattern INTERNAL_NAMES = Pattern.compile(
            "org\\.regiomonitor|org\\.springframework|tools\\.jackson|com\\.fasterxml|java\\.|jakarta\\.|\\.java\\b"
                    + "|Exception|\\w+\\.\\w+\\(");

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
        // The outermost Jackson exception carries the path; its own cause may be a parser of the JDK.
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException je && !(cause instanceof StreamReadException)) {
            String field = path(je);
            MessageSourceResolvable message = switch (je) {
                case JsonInput.ForbiddenCharacterException f -> InputMessages.code(
                        RequestTextInterceptor.FORBIDDEN_CHARACTER, field, Text.codePointName(f.codePoint()));
                case UnrecognizedPropertyException u -> InputMessages.code(InputMessages.isReadOnly(u.getPropertyName())
                        ? InputMessages.READ_ONLY_FIELD : InputMessages.UNKNOWN_FIELD, field);
                case MismatchedInputException m when field == null && m.getCurrentToken() == null ->
                        InputMessages.code("error.body.missing");
                case MismatchedInputException m when field == null -> InputMessages.code("error.body.expectedObject");
                case MismatchedInputException m -> InputMessages.code(InputMessages.EXPECTED, field,
                        InputMessages.expected(m.getTargetType()));
                default -> field == null ? InputMessages.code("error.body.unreadable")
                        : InputMessages.code(InputMessages.INVALID_VALUE, field);
            };
            if (field == null) {
                return unreadable(message);
            }
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, text(message)))));
        }
        if (cause instanceof StreamReadException se) {
            return unreadable(InputMessages.code("error.body.notJson",
                    se.getLocation() == null ? 0 : se.getLocation().getLineNr(),
                    se.getLocation() == null ? 0 : se.getLocation().getColumnNr()));
        }
        // Spring's own message names the controller method ("Required request body is missing: ...").
        return unreadable(InputMessages.code(ex.getCause() == null ? "error.body.missing" : "error.body.unreadable"));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName();
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, text(
                InputMessages.code(InputMessages.EXPECTED, field, InputMessages.expected(ex.getRequiredType())))))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getParameterName();
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field,
                text(InputMessages.code(InputMessages.REQUIRED_PARAMETER, field))))));
    }

    /** Whatever the specific handlers above leave to Spring's defaults: keep them, minus internal names. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail p && p.getDetail() != null
                && INTERNAL_NAMES.matcher(p.getDetail()).find()) {
            p.setDetail(HttpStatus.resolve(statusCode.value()) == null ? null
                    : HttpStatus.resolve(statusCode.value()).getReasonPhrase());
        }
        return response;
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

    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    private ResponseEntity<Object> unreadable(MessageSourceResolvable message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text(message));
        p.setTitle("Unreadable request");
        p.setType(URI.create("urn:regiomonitor:problem:unreadable-request"));
        return ResponseEntity.badRequest().body(p);
    }

    /** The JSON path of the failing value as the caller wrote it ("links[0].label"), or null for the body itself. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(RequestTextInterceptor.printable(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The input is not valid; nothing was saved.");
        p.setTitle("Invalid input");
        p.setType(URI.create("urn:regiomonitor:problem:invalid-input"));
        p.setProperties(Map.of("errors", errors));
        return p;
    }
}
