package org.regiomonitor.shared.web;

import org.regiomonitor.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Web pages: a missing (or invisible) record is a 404 page, not a stack trace. The API has {@link ApiProblemHandler}. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
