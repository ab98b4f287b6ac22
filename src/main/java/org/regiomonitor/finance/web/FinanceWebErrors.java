package org.regiomonitor.finance.web;

import org.regiomonitor.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing (or hidden) programme, project, line or funder on a finance page is a 404 page, not an error. */
@ControllerAdvice(basePackageClasses = FinanceWebErrors.class)
class FinanceWebErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "finance/not-found";
    }
}
