package org.regiomonitor.monitor;

import java.math.BigDecimal;
import java.util.Locale;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;

/**
 * An indicator of the regional monitor, as data. Computed indicators have a formula and name their inputs by
 * code; observed ones have figures from imports.
 *
 * @param tolerancePercent a change (in % of the earlier figure) within which a signal is neutral
 */
public record MonitorIndicator(long id, String code, String nameNl, String nameEn, String nameDe, String definition,
        String unit, int decimals, Direction direction, Aggregation aggregation, String weightCode, Formula formula,
        String numeratorCode, String denominatorCode, BigDecimal factor, String basePeriod,
        BigDecimal tolerancePercent, SourceRef source, int version) {

    /** The name in the locale's language; the Dutch one when there is none. */
    public String name(Locale locale) {
        String name = switch (locale == null ? "nl" : locale.getLanguage()) {
            case "en" -> nameEn;
            case "de" -> nameDe;
            default -> nameNl;
        };
        return Text.isBlank(name) ? nameNl : name;
    }

    public boolean computed() {
        return formula != null;
    }
}
