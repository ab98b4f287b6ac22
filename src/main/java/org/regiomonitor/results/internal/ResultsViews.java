package org.regiomonitor.results.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.results.Aggregation;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.Progress;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.ValueQualifier;

/** What the pages and the API show of the results framework. */
public final class ResultsViews {

    private ResultsViews() {
    }

    public record CatalogueView(long id, long programmeId, String code, String nameNl, String nameEn, String nameDe,
            String definition, Measure measure, String unitLabel, boolean cumulative, boolean ascending, int decimals,
            Aggregation aggregation, String rule, int version) {
    }

    public record PeriodView(long id, long programmeId, PeriodKind kind, LocalDate startDate, LocalDate endDate,
            boolean locked, int version) {

        /** A short name: 2024, 2024-H1, 2024-Q3; a period longer than its kind by its years: 2019–2025. */
        public String label() {
            if (endDate.isAfter(startDate.plusMonths(kind.months()).minusDays(1))) {
                return startDate.getYear() + "–" + endDate.getYear();
            }
            int part = (startDate.getMonthValue() - 1) / kind.months() + 1;
            return switch (kind) {
                case YEAR -> String.valueOf(startDate.getYear());
                case HALF_YEAR -> startDate.getYear() + "-H" + part;
                case QUARTER -> startDate.getYear() + "-Q" + part;
            };
        }
    }

    public record DimensionView(long id, long programmeId, String code, String nameNl, String nameEn, String nameDe,
            List<DimensionValueView> values, int version) {
    }

    public record DimensionValueView(long id, String code, String nameNl, String nameEn, String nameDe) {
    }

    public record ResultView(long id, long projectId, String title, ResultType type, String description,
            List<Long> themeIds, int position, int version, List<IndicatorView> indicators) {
    }

    public record PeriodTargetView(long periodId, BigDecimal value) {
    }

    public record IndicatorView(long id, long resultId, Long catalogueIndicatorId, String catalogueCode, String title,
            Measure measure, String unitLabel, boolean ascending, boolean cumulative, int decimals,
            Aggregation aggregation, BigDecimal baselineValue, Integer baselineYear, LocalDate baselineDate,
            String baselineComment, Long baselineSourceId, String baselineSourceLocator, BigDecimal targetValue,
            LocalDate targetDate, String targetComment, Long targetSourceId, String targetSourceLocator,
            List<PeriodTargetView> periodTargets, int position, int version, Progress progress,
            SourceRef baselineSource, SourceRef targetSource) {
    }

    /** A part of an update's value: for a municipality (area code) or a dimension value. */
    public record DisaggregationView(String areaCode, Long dimensionValueId, Long dimensionId, BigDecimal value) {
    }

    public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, String createdBy,
            Instant createdAt) {
    }

    /**
     * An update. {@code counted}: approved and not superseded by an approved correction; {@code supersededById}: the
     * approved correction that replaced it. {@code unbalancedDimensions}: the dimensions (null for municipalities)
     * whose parts do not add up to the value (municipalities: exceed it), flagged, never corrected. {@code source}:
     * where the value comes from (null when a user reported it); {@code disagreement}: the other passage of that
     * source that states a different figure for the same thing (null: none), shown as a flag.
     */
    public record UpdateView(long id, long indicatorId, long periodId, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, ValueQualifier qualifier, String comment, String narrative, UpdateStatus status,
            Long supersedesId, Long supersededById, boolean counted, String createdBy, Instant createdAt, int version,
            List<DisaggregationView> disaggregations, List<Long> unbalancedDimensions, List<AttachmentView> attachments,
            SourceRef source, String disagreement) {
    }

    public record TransitionView(UpdateStatus fromStatus, UpdateStatus toStatus, String actor, String comment,
            Instant occurredAt) {
    }

    /**
     * A total for the API and the pages: the figure with its rule in words and the value as the sources would say it
     * ("meer dan 2.050").
     */
    public record FigureView(String group, String name, String window, Aggregation aggregation, String rule,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, ValueQualifier qualifier, String display,
            int indicators, int projects, int flagged) {
    }

    public record MunicipalityFigureView(String group, String window, String areaCode, BigDecimal value,
            ValueQualifier qualifier) {
    }

    /** The roll-ups of a scope over windows, with the rules that hold for every total. */
    public record RollUpView(List<WindowView> windows, List<FigureView> figures, List<MunicipalityFigureView> municipalities,
            List<String> rules) {
    }

    public record WindowView(String key, LocalDate start, LocalDate end) {
    }
}
