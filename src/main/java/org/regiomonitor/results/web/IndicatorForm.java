package org.regiomonitor.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.regiomonitor.results.internal.ResultsViews.IndicatorView;
import org.regiomonitor.results.internal.ResultsViews.PeriodTargetView;
import org.regiomonitor.results.internal.ResultsViews.PeriodView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of an indicator as the browser posts it: one target row per reporting period of the project's
 * programmes, of which the blank ones are left out (per-period targets are optional).
 */
public class IndicatorForm {

    private Long catalogueIndicatorId;
    private String title;
    private Measure measure;
    private String unitLabel;
    private Boolean ascending;
    private Boolean cumulative;
    private Integer decimals;
    private BigDecimal baselineValue;
    private Integer baselineYear;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate baselineDate;
    private String baselineComment;
    private Long baselineSourceId;
    private String baselineSourceLocator;
    private BigDecimal targetValue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;
    private String targetComment;
    private Long targetSourceId;
    private String targetSourceLocator;
    private List<TargetRow> periodTargets = new ArrayList<>();
    private Integer position;
    private Integer version;

    public Long getCatalogueIndicatorId() {
        return catalogueIndicatorId;
    }

    public void setCatalogueIndicatorId(Long catalogueIndicatorId) {
        this.catalogueIndicatorId = catalogueIndicatorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public String getUnitLabel() {
        return unitLabel;
    }

    public void setUnitLabel(String unitLabel) {
        this.unitLabel = unitLabel;
    }

    public Boolean getAscending() {
        return ascending;
    }

    public void setAscending(Boolean ascending) {
        this.ascending = ascending;
    }

    public Boolean getCumulative() {
        return cumulative;
    }

    public void setCumulative(Boolean cumulative) {
        this.cumulative = cumulative;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public String getBaselineComment() {
        return baselineComment;
    }

    public void setBaselineComment(String baselineComment) {
        this.baselineComment = baselineComment;
    }

    public Long getBaselineSourceId() {
        return baselineSourceId;
    }

    public void setBaselineSourceId(Long baselineSourceId) {
        this.baselineSourceId = baselineSourceId;
    }

    public String getBaselineSourceLocator() {
        return baselineSourceLocator;
    }

    public void setBaselineSourceLocator(String baselineSourceLocator) {
        this.baselineSourceLocator = baselineSourceLocator;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getTargetComment() {
        return targetComment;
    }

    public void setTargetComment(String targetComment) {
        this.targetComment = targetComment;
    }

    public Long getTargetSourceId() {
        return targetSourceId;
    }

    public void setTargetSourceId(Long targetSourceId) {
        this.targetSourceId = targetSourceId;
    }

    public String getTargetSourceLocator() {
        return targetSourceLocator;
    }

    public void setTargetSourceLocator(String targetSourceLocator) {
        this.targetSourceLocator = targetSourceLocator;
    }

    public List<TargetRow> getPeriodTargets() {
        return periodTargets;
    }

    public void setPeriodTargets(List<TargetRow> periodTargets) {
        this.periodTargets = periodTargets;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** An own indicator: a count per period, higher is better; a target row for every period. */
    static IndicatorForm empty(List<PeriodView> periods, int position) {
        IndicatorForm f = new IndicatorForm();
        f.measure = Measure.UNIT;
        f.ascending = true;
        f.cumulative = false;
        f.decimals = 0;
        f.position = position;
        f.periodTargets = rows(periods, Map.of());
        return f;
    }

    /** Adopting a catalogue indicator: its name, measure, unit, direction, cumulative rule and decimals. */
    static IndicatorForm adopting(CatalogueView c, String name, List<PeriodView> periods, int position) {
        IndicatorForm f = empty(periods, position);
        f.catalogueIndicatorId = c.id();
        f.title = name;
        f.measure = c.measure();
        f.unitLabel = c.unitLabel();
        f.ascending = c.ascending();
        f.cumulative = c.cumulative();
        f.decimals = c.decimals();
        return f;
    }

    static IndicatorForm of(IndicatorView i, List<PeriodView> periods) {
        IndicatorForm f = new IndicatorForm();
        f.catalogueIndicatorId = i.catalogueIndicatorId();
        f.title = i.title();
        f.measure = i.measure();
        f.unitLabel = i.unitLabel();
        f.ascending = i.ascending();
        f.cumulative = i.cumulative();
        f.decimals = i.decimals();
        f.baselineValue = plain(i.baselineValue());
        f.baselineYear = i.baselineYear();
        f.baselineDate = i.baselineDate();
        f.baselineComment = i.baselineComment();
        f.baselineSourceId = i.baselineSourceId();
        f.baselineSourceLocator = i.baselineSourceLocator();
        f.targetValue = plain(i.targetValue());
        f.targetDate = i.targetDate();
        f.targetComment = i.targetComment();
        f.targetSourceId = i.targetSourceId();
        f.targetSourceLocator = i.targetSourceLocator();
        f.periodTargets = rows(periods, i.periodTargets().stream()
                .collect(Collectors.toMap(PeriodTargetView::periodId, PeriodTargetView::value, (a, b) -> a)));
        f.position = i.position();
        f.version = i.version();
        return f;
    }

    private static List<TargetRow> rows(List<PeriodView> periods, Map<Long, BigDecimal> targets) {
        return periods.stream().map(p -> {
            TargetRow row = new TargetRow();
            row.periodId = p.id();
            row.value = plain(targets.get(p.id()));
            return row;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Stored numbers have six decimals; the form shows 50, not 50.000000. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** The target rows with a value (indices into {@link #getPeriodTargets()}). */
    FormRows filledTargets() {
        return FormRows.of(periodTargets.size(), i -> periodTargets.get(i).value != null);
    }

    IndicatorInput toInput(FormRows targets) {
        return new IndicatorInput(catalogueIndicatorId, title, measure, unitLabel, ascending, cumulative, decimals,
                baselineValue, baselineYear, baselineDate, baselineComment, baselineSourceId, baselineSourceLocator,
                targetValue, targetDate, targetComment, targetSourceId, targetSourceLocator,
                targets.map(i -> new IndicatorInput.PeriodTargetInput(periodTargets.get(i).periodId,
                        periodTargets.get(i).value)), position, version);
    }

    /** The period of each target row, for its label; the rows keep the order of the periods. */
    static Map<Long, PeriodView> byId(List<PeriodView> periods) {
        return periods.stream().collect(Collectors.toMap(PeriodView::id, Function.identity(), (a, b) -> a));
    }

    /** A target for one reporting period (blank: none). */
    public static class TargetRow {

        private Long periodId;
        private BigDecimal value;

        public Long getPeriodId() {
            return periodId;
        }

        public void setPeriodId(Long periodId) {
            this.periodId = periodId;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }
}
