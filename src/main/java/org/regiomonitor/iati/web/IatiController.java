package org.regiomonitor.iati.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.iati.IatiExport;
import org.regiomonitor.iati.IatiExportRefusedException;
import org.regiomonitor.iati.internal.IatiDownloads;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The IATI file of the published portfolio ({@code /iati/activities.xml}) and of a published programme with its
 * projects ({@code /programmes/{code}/iati.xml}, linked from the programme page). Only published work, whoever
 * asks; a programme that is not published is a 404, as its page. Refused (not configured, nothing publishable):
 * the error page saying why.
 */
@Controller
class IatiController {

    private final IatiExport export;
    private final PortfolioQueries portfolio;
    private final MessageSource messages;

    IatiController(IatiExport export, PortfolioQueries portfolio, MessageSource messages) {
        this.export = export;
        this.portfolio = portfolio;
        this.messages = messages;
    }

    @GetMapping("/iati/activities.xml")
    void activities(HttpServletResponse response) throws IOException {
        IatiDownloads.send(export.portfolio(baseUrl()), response);
    }

    @GetMapping("/programmes/{key}/iati.xml")
    void programme(@PathVariable String key, HttpServletResponse response) throws IOException {
        long id = portfolio.programmeAddress(key, false).orElseThrow(() -> new NotFoundException("programme", key))
                .id();
        IatiDownloads.send(export.programme(id, baseUrl()), response);
    }

    /** The site's error page ({@code error/error}) with what to do. */
    @ExceptionHandler(IatiExportRefusedException.class)
    ModelAndView refused(IatiExportRefusedException ex, Locale locale) {
        int status = ex.reason().status();
        ModelAndView page = new ModelAndView("error/error");
        page.addObject("status", status);
        page.addObject("titleKey", ex.messageCode() + ".title");
        page.addObject("textKey", ex.messageCode() + ".text");
        page.addObject("detail", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
        page.addObject("problems", ex.reason() == IatiExportRefusedException.Reason.NOT_CONFIGURED
                ? ex.details() : List.of());
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
