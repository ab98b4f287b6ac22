package org.regiomonitor.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts of a report as inline SVG, so that the PDF keeps them as vector graphics and the web version needs no
 * script. Each chart carries its description as {@code alt} (the PDF's alternative text of the figure) and
 * {@code aria-label} (the browser's); the table beside it holds the same figures.
 */
@Component("reportCharts")
public class ReportCharts {

    private static final String[] COLOURS = {"#1f5f8b", "#6a9fc6", "#2e7d32"};
    private static final int WIDTH = 640;
    private static final int LABEL = 170;
    private static final int BAR = 12;

    private final MessageSource messages;
    private final Formats formats;

    ReportCharts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * Budgeted, committed and realised per funder category, as grouped horizontal bars; null when no category has an
     * amount (an empty chart says nothing). Unknown amounts draw no bar and say "unknown" in the description.
     */
    public String moneyBars(List<CategoryTotals> categories) {
        Locale locale = LocaleContextHolder.getLocale();
        List<CategoryTotals> shown = categories.stream().filter(c -> c.totals().budgeted() != null
                || c.totals().committed() != null || c.totals().realised() != null).toList();
        if (shown.isEmpty()) {
            return null;
        }
        BigDecimal max = shown.stream().flatMap(c -> values(c.totals()).stream())
                .filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        String[] series = {msg("finance.figure.budgeted", locale), msg("finance.figure.committed", locale),
                msg("finance.figure.realised", locale)};
        int group = 3 * BAR + 14;
        int height = 34 + shown.size() * group;
        StringBuilder bars = new StringBuilder();
        List<String> description = new ArrayList<>();
        for (int g = 0; g < shown.size(); g++) {
            CategoryTotals c = shown.get(g);
            String name = msg(c.messageKey(), locale);
            int top = 30 + g * group;
            bars.append(text(4, top + BAR + 6, name, "start"));
            List<String> parts = new ArrayList<>();
            List<BigDecimal> values = values(c.totals());
            for (int s = 0; s < 3; s++) {
                BigDecimal v = values.get(s);
                parts.add(series[s] + " " + (v == null ? msg("report.chart.unknown", locale) : formats.euro(v)));
                if (v == null) {
                    continue;
                }
                int w = v.signum() <= 0 ? 0 : Math.max(1, v.multiply(BigDecimal.valueOf(WIDTH - LABEL - 90))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue());
                int y = top + s * BAR;
                bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR - 2).append("\" fill=\"").append(COLOURS[s]).append("\"/>");
                bars.append(text(LABEL + w + 4, y + BAR - 3, formats.euroMillions(v), "start"));
            }
            description.add(name + ": " + String.join(", ", parts));
        }
        StringBuilder legend = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            int x = LABEL + s * 140;
            legend.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s]).append("\"/>").append(text(x + 14, 15, series[s], "start"));
        }
        String alt = msg("report.chart.moneyAlt", locale) + " " + String.join("; ", description) + ".";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" alt=\"" + HtmlUtils.htmlEscape(alt)
                + "\" aria-label=\"" + HtmlUtils.htmlEscape(alt) + "\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"10\">"
                + legend + bars + "</svg>";
    }

    private static List<BigDecimal> values(MoneyTotals t) {
        List<BigDecimal> out = new ArrayList<>(3);
        out.add(t.budgeted());
        out.add(t.committed());
        out.add(t.realised());
        return out;
    }

    private static String text(int x, int y, String s, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"#1a1a1a\">"
                + HtmlUtils.htmlEscape(s) + "</text>";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
