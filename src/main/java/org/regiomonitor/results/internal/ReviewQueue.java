package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.internal.ResultsViews.DimensionView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.regiomonitor.results.internal.ResultsViews.UpdateView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The review queue of a programme manager: every update awaiting their review (the "to review" rule of
 * {@link Tasks}) next to the value it would replace, so that the manager compares before approving. The previous
 * value is the counted one of the same indicator and period (a correction), else the counted one of the latest
 * earlier period (for context), else none. A fixed number of queries, however long the queue.
 */
@Service
public class ReviewQueue {

    /** An update to review with what it is compared to ({@code previous} and its period null: nothing before). */
    public record Item(long projectId, String project, long indicatorId, String indicator, Measure measure,
            int decimals, String unitLabel, PeriodView period, UpdateView update, UpdateView previous,
            PeriodView previousPeriod) {

        /** Whether the previous value is of the same period (this update corrects it). */
        public boolean correction() {
            return previousPeriod != null && previousPeriod.id() == period.id();
        }
    }

    /** The queue and the dimensions its disaggregations use (to name them). */
    public record Queue(List<Item> items, List<DimensionView> dimensions) {
    }

    private final DSLContext dsl;
    private final Tasks tasks;
    private final ResultsReader reader;

    ReviewQueue(DSLContext dsl, Tasks tasks, ResultsReader reader) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.reader = reader;
    }

    public Queue of(Authentication auth) {
        var rows = dsl.select(RESULT_UPDATE.ID, RESULT.PROJECT_ID, PortfolioSql.projectTitle(RESULT.PROJECT_ID, true),
                        INDICATOR.ID, INDICATOR.TITLE, INDICATOR.MEASURE, INDICATOR.DECIMALS, INDICATOR.UNIT_LABEL,
                        RESULT_UPDATE.PERIOD_ID)
                .from(RESULT_UPDATE)
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .where(tasks.reviewCondition(auth))
                .orderBy(REPORTING_PERIOD.END_DATE, RESULT.PROJECT_ID, RESULT_UPDATE.ID)
                .fetch();
        if (rows.isEmpty()) {
            return new Queue(List.of(), List.of());
        }
        List<Long> updateIds = rows.getValues(RESULT_UPDATE.ID);
        List<Long> indicatorIds = rows.getValues(INDICATOR.ID);
        Map<Long, UpdateView> updates = reader.updates(RESULT_UPDATE.ID.in(updateIds), true).stream()
                .collect(Collectors.toMap(UpdateView::id, Function.identity()));
        Map<Long, List<UpdateView>> counted = reader.updates(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds), false).stream()
                .collect(Collectors.groupingBy(UpdateView::indicatorId));
        var updatesOfIndicators = DSL.select(RESULT_UPDATE.PERIOD_ID).from(RESULT_UPDATE)
                .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds));
        Map<Long, PeriodView> periods = dsl.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.in(updatesOfIndicators))
                .fetch(ResultsReader::periodView).stream().collect(Collectors.toMap(PeriodView::id, Function.identity()));
        List<DimensionView> dimensions = reader.dimensions(DISAGGREGATION_DIMENSION.ID.in(
                DSL.select(DIMENSION_VALUE.DIMENSION_ID).from(DIMENSION_VALUE).join(UPDATE_DISAGGREGATION)
                        .on(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID.eq(DIMENSION_VALUE.ID))
                        .join(RESULT_UPDATE).on(RESULT_UPDATE.ID.eq(UPDATE_DISAGGREGATION.UPDATE_ID))
                        .where(RESULT_UPDATE.INDICATOR_ID.in(indicatorIds))));
        List<Item> items = rows.map(r -> {
            UpdateView update = updates.get(r.value1());
            PeriodView period = periods.get(r.value9());
            UpdateView previous = previous(update, period, counted.getOrDefault(r.value4(), List.of()), periods);
            return new Item(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), period,
                    update, previous, previous == null ? null : periods.get(previous.periodId()));
        });
        return new Queue(items, dimensions);
    }

    /** The counted value of the same period, else of the latest period that ended before this one began. */
    private static UpdateView previous(UpdateView update, PeriodView period, List<UpdateView> counted,
            Map<Long, PeriodView> periods) {
        return counted.stream().filter(c -> c.periodId() == update.periodId()).findFirst()
                .or(() -> counted.stream()
                        .filter(c -> periods.get(c.periodId()).endDate().isBefore(period.startDate()))
                        .max(Comparator.comparing(c -> periods.get(c.periodId()).endDate())))
                .orElse(null);
    }
}
