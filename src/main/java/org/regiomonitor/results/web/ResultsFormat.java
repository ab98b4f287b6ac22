package org.regiomonitor.results.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for the results templates ({@code @resultsFmt}). */
@Component("resultsFmt")
public class ResultsFormat {

    /** An update's value as reported: with its qualifier, a percentage from numerator and denominator. */
    public String value(UpdateView u, IndicatorView indicator) {
        return value(u, indicator.measure(), indicator.decimals());
    }

    /** An update's value as reported, for an indicator of the measure and decimals. */
    public String value(UpdateView u, Measure measure, int decimals) {
        String stated = ResultsReader.asStated(u, measure, decimals, LocaleContextHolder.getLocale());
        if (measure == Measure.PERCENTAGE && u.denominator() != null) {
            return stated + " (" + plain(u.numerator(), measure, decimals) + " / " + plain(u.denominator(), measure, decimals)
                    + ")";
        }
        return stated;
    }

    /** A progress's actual with how exact it is ("meer dan 50"). */
    public String actual(org.regiomonitor.results.Progress progress, IndicatorView indicator) {
        return ResultsReader.display(progress.actual(), indicator.measure() == Measure.PERCENTAGE ? 1 : indicator.decimals(),
                progress.actualQualifier(), indicator.measure() == Measure.PERCENTAGE, LocaleContextHolder.getLocale());
    }

    /** A baseline or target of the indicator, without qualifier. */
    public String plain(BigDecimal value, IndicatorView indicator) {
        return plain(value, indicator.measure(), indicator.decimals());
    }

    public String plain(BigDecimal value, Measure measure, int decimals) {
        return ResultsReader.display(value, measure == Measure.PERCENTAGE ? 1 : decimals, null, false,
                LocaleContextHolder.getLocale());
    }

    /** A number as entered (a part of a value): in the page's language, with the decimals it has. */
    public String number(BigDecimal value) {
        return ResultsReader.display(value, 6, null, false, LocaleContextHolder.getLocale());
    }

    /** The share of the target reached as a whole percentage for the progress bar (0-100). */
    public int percent(BigDecimal share) {
        if (share == null) {
            return 0;
        }
        return Math.max(0, Math.min(100, share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue()));
    }
}
