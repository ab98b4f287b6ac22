package org.regiomonitor.monitor;

import java.util.List;
import java.util.Locale;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;

/** A named, ordered set of indicators that forms a page (the Twente Index, a broad-welfare theme, NPVR). */
public record IndicatorSet(long id, String code, String nameNl, String nameEn, String nameDe, String description,
        SourceRef source, List<MonitorIndicator> indicators, int version) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    public String name(Locale locale) {
        String name = switch (locale == null ? "nl" : locale.getLanguage()) {
            case "en" -> nameEn;
            case "de" -> nameDe;
            default -> nameNl;
        };
        return Text.isBlank(name) ? nameNl : name;
    }
}
