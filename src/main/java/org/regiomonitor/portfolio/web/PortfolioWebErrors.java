package org.regiomonitor.portfolio.web;

import org.regiomonitor.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing (or, for anonymous visitors, unpublished) programme, theme or project is a 404 page. */
@ControllerAdvice(basePackageClasses = PortfolioWebErrors.class)
class PortfolioWebErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portfolio/not-found";
    }
}
