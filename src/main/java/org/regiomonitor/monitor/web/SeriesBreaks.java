package org.regiomonitor.monitor.web;

import java.util.List;
import java.util.Locale;
import org.regiomonitor.monitor.Period;

/**
 * Breaks in the statistical series of a country (a census revision changes the level from one year to the next),
 * shown where those areas are compared over time. Shipped with the catalogue's sources (shared/data SOURCES.md:
 * Germany 2010 -> 2011, Zensus 2011).
 */
public record SeriesBreaks(String countryCode, Period before, Period after, String noteNl, String noteEn, String noteDe) {

    static List<SeriesBreaks> shipped() {
        return List.of(new SeriesBreaks("DE", Period.year(2010), Period.year(2011),
                "Breuk in de Duitse reeksen tussen 2010 en 2011: de bevolking is vanaf 2011 herzien op basis van de "
                        + "Zensus 2011 (Eurostat).",
                "Break in the German series between 2010 and 2011: population from 2011 on is revised to the 2011 "
                        + "census (Eurostat).",
                "Bruch in den deutschen Reihen zwischen 2010 und 2011: die Bevölkerung ab 2011 beruht auf dem "
                        + "Zensus 2011 (Eurostat)."));
    }

    public String note(Locale locale) {
        return switch (locale == null ? "nl" : locale.getLanguage()) {
            case "en" -> noteEn;
            case "de" -> noteDe;
            default -> noteNl;
        };
    }

    /**
     * The table cells (period code + "/" + area code) that are the first figure after a break: the German areas'
     * 2011 in a table of Twente and the German districts.
     */
    static java.util.Set<String> cells(List<SeriesBreaks> breaks, List<org.regiomonitor.area.AreaSummary> areas) {
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (SeriesBreaks b : breaks) {
            areas.stream().filter(a -> b.countryCode().equals(a.countryCode()))
                    .forEach(a -> cells.add(b.after().code() + "/" + a.code()));
        }
        return cells;
    }

    /** Whether the break lies just before this period in a series of an area of this country. */
    public boolean startsAt(Period period, String country) {
        return countryCode.equals(country) && after.equals(period);
    }
}
