package org.regiomonitor.monitor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Where an import's figures go while the files are read. Figures of an indicator that has none yet go straight into
 * {@code observation} with COPY: each is an addition (duplicates were refused while reading, and the transaction
 * undoes everything when a problem turns up later). From the first figure of an indicator that has figures, that
 * figure and every later one go through the {@link ObservationStage}, which compares and merges. A first import of
 * a million figures thus costs one COPY, without a stage and a merge.
 */
final class FigureSink implements AutoCloseable {

    private final DSLContext dsl;
    private final Set<Long> withFigures;
    private final Function<String, Long> releaseOf;
    private Long releaseId;
    private FigureCopy direct;
    private ObservationStage stage;

    /**
     * @param withFigures the indicators that had figures when the import began (imports are serialised)
     * @param releaseOf makes the release for a dataset, at the first figure (before any COPY runs)
     */
    FigureSink(DSLContext dsl, Set<Long> withFigures, Function<String, Long> releaseOf) {
        this.dsl = dsl;
        this.withFigures = withFigures;
        this.releaseOf = releaseOf;
    }

    void add(String dataset, long indicatorId, long areaId, String period, LocalDate periodStart, BigDecimal value,
            String missing, boolean provisional, String note) {
        if (releaseId == null) {
            releaseId = releaseOf.apply(dataset);
        }
        if (stage == null && !withFigures.contains(indicatorId)) {
            if (direct == null) {
                direct = FigureCopy.start(dsl, "observation", releaseId);
            }
            direct.add(indicatorId, areaId, period, periodStart, value, missing, provisional, note);
            return;
        }
        if (stage == null) {
            if (direct != null) {
                direct.finish();
            }
            stage = ObservationStage.open(dsl);
        }
        stage.add(indicatorId, areaId, period, periodStart, value, missing, provisional, note);
    }

    /** The release the figures belong to; null while no figure came. */
    Long releaseId() {
        return releaseId;
    }

    long rows() {
        return (direct == null ? 0 : direct.rows()) + (stage == null ? 0 : stage.rows());
    }

    /** Ends the COPY that is running and merges the stage: the counts of the whole import. */
    ObservationStage.Counts finish(Instant now) {
        if (direct != null && direct.active()) {
            direct.finish();
        }
        int copied = direct == null ? 0 : (int) direct.rows();
        if (stage == null) {
            return new ObservationStage.Counts(copied, 0, 0);
        }
        stage.finish();
        ObservationStage.Counts merged = stage.merge(releaseId, now);
        return new ObservationStage.Counts(copied + merged.added(), merged.changed(), merged.unchanged());
    }

    /** Up to {@code limit} figures the release changed (after {@link #finish}). */
    java.util.List<ObservationStage.Change> changes(int limit) {
        return stage == null ? java.util.List.of() : stage.changes(releaseId, limit);
    }

    @Override
    public void close() {
        if (direct != null) {
            direct.close();
        }
        if (stage != null) {
            stage.close();
        }
    }
}
