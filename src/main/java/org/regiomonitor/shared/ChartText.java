package org.regiomonitor.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words and numbers of charts and maps, in the page's language: the one way every chart option gets
 * them. ECharts describes a chart to screen readers only in English or Chinese, reads a missing value as
 * "NaN" and writes numbers the English way; so each chart carries its description from here
 * ({@link #aria(String)}) and each data item its display text ({@link #item(Object, String)}), which the page
 * script shows in tooltips. A missing value is "no figure", never 0.
 */
@Component
public class ChartText {

    private final MessageSource messages;
    private final Formats fmt;

    public ChartText(MessageSource messages) {
        this.messages = messages;
        this.fmt = new Formats(messages);
    }

    /** "geen gegeven": what a chart says for a value the sources do not give. */
    public String noFigure() {
        return message("chart.noFigure");
    }

    public String number(Number n) {
        return n == null ? noFigure() : fmt.number(n);
    }

    public String euro(BigDecimal amount) {
        return amount == null ? noFigure() : fmt.euro(amount);
    }

    /** A data item: the value to draw (null: nothing drawn) and the text that tooltips show for it. */
    public Map<String, Object> item(Object value, String display) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", value);
        item.put("display", display);
        return item;
    }

    /** ECharts' {@code aria} option with our own description instead of its English one. */
    public Map<String, Object> aria(String description) {
        return Map.of("enabled", true, "label", Map.of("description", description));
    }

    /** One series of a bar chart for its description: its name and the display text of each bar. */
    public record Series(String name, List<String> displays) {
    }

    /** "Staafdiagram: title. Begroot: Rijk € 30.000.000; Provincie geen gegeven. Vastgelegd: ..." */
    public String barsDescription(String title, List<String> categories, List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            parts.add(message("chart.description.series", s.name(), pairs(categories, s.displays())));
        }
        return message("chart.description.bars", title, String.join(" ", parts));
    }

    /** "Kaart: title. Almelo 73.000; Borne geen gegeven; ..." */
    public String mapDescription(String title, List<String> names, List<String> displays) {
        return message("chart.description.map", title, pairs(names, displays) + ".");
    }

    /** "Kaart met de grenzen van Almelo, Borne." for a map of outlines only. */
    public String outlineDescription(List<String> names) {
        return message("chart.description.outline", String.join(", ", names));
    }

    private static String pairs(List<String> names, List<String> displays) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            pairs.add(names.get(i) + " " + displays.get(i));
        }
        return String.join("; ", pairs);
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
