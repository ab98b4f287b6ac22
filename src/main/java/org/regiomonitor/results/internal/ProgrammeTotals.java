package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_AREA_TOTAL;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_SOURCE;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_STATE;
import static org.regiomonitor.db.Tables.PROGRAMME_RESULT_TOTAL;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.RollUps.MunicipalityFigure;
import org.springframework.stereotype.Service;

/**
 * The totals of every programme over its reporting periods and over all periods, with the municipality split over
 * both, kept in the same transaction as the change that moves them (V21, V36): {@link StoredRollUps} over the
 * {@code programme_result_*} tables, per (programme, catalogue code), each code with {@link RollUps#programmeGroup}.
 */
@Service
public class ProgrammeTotals extends StoredRollUps {

    private final RollUps rollUps;

    ProgrammeTotals(DSLContext dsl, RollUps rollUps) {
        super(dsl, rollUps, PROGRAMME_RESULT_STATE, PROGRAMME_RESULT_TOTAL, PROGRAMME_RESULT_AREA_TOTAL,
                PROGRAMME_RESULT_SOURCE, PROGRAMME_RESULT_STATE.PROGRAMME_ID.getName(), true);
        this.rollUps = rollUps;
    }

    @Override
    protected RollUps.Scope scope(long programmeId, String group, boolean includeUnpublished) {
        return rollUps.programmeGroup(programmeId, group, includeUnpublished);
    }

    @Override
    protected Condition periodsOf(long programmeId) {
        return REPORTING_PERIOD.PROGRAMME_ID.eq(programmeId);
    }

    /** The stored municipality split of the programme over all periods (/api/roll-ups over a window that holds them). */
    @Override
    public Optional<List<MunicipalityFigure>> byMunicipalityOfAllPeriods(long programmeId, boolean includeUnpublished) {
        return super.byMunicipalityOfAllPeriods(programmeId, includeUnpublished);
    }
}
