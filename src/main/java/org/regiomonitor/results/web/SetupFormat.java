package org.regiomonitor.results.web;

import org.regiomonitor.results.internal.ResultsReader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for the framework set-up templates ({@code @resultsSetup}). */
@Component("resultsSetup")
public class SetupFormat {

    /** A name kept in three languages, in the page's language (Dutch when that one is missing). */
    public String name(String nl, String en, String de) {
        return ResultsReader.localName(LocaleContextHolder.getLocale(), nl, en, de);
    }
}
