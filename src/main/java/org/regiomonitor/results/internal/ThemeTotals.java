package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.THEME_RESULT_AREA_TOTAL;
import static org.regiomonitor.db.Tables.THEME_RESULT_SOURCE;
import static org.regiomonitor.db.Tables.THEME_RESULT_STATE;
import static org.regiomonitor.db.Tables.THEME_RESULT_TOTAL;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.RollUps;
import org.springframework.stereotype.Service;

/**
 * The result totals of every theme ({@link RollUps#theme}) over the periods of its programme and over all periods, with
 * the municipality split per period, kept in the same transaction as the change that moves them (issue 10, V36):
 * {@link StoredRollUps} over the {@code theme_result_*} tables, per (theme, catalogue code), each code with
 * {@link RollUps#themeGroup}.
 */
@Service
public class ThemeTotals extends StoredRollUps {

    private final RollUps rollUps;

    ThemeTotals(DSLContext dsl, RollUps rollUps) {
        super(dsl, rollUps, THEME_RESULT_STATE, THEME_RESULT_TOTAL, THEME_RESULT_AREA_TOTAL, THEME_RESULT_SOURCE,
                THEME_RESULT_STATE.THEME_ID.getName(), false);
        this.rollUps = rollUps;
    }

    @Override
    protected RollUps.Scope scope(long themeId, String group, boolean includeUnpublished) {
        return rollUps.themeGroup(themeId, group, includeUnpublished);
    }

    @Override
    protected Condition periodsOf(long themeId) {
        return REPORTING_PERIOD.PROGRAMME_ID.in(PortfolioSql.programmeIdOfTheme(themeId));
    }
}
