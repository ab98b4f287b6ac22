package org.regiomonitor.monitor.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.Formula;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.internal.IndicatorInput;
import org.regiomonitor.monitor.internal.ObservationQueries.MeasureRow;
import org.regiomonitor.shared.Text;

/**
 * The indicator form: the definition, how it aggregates, the formula of a computed indicator, its source, and the
 * dataset measures that feed it (one per line: dataset and measure code, e.g. "03759ned M000352").
 */
public class IndicatorForm {

    private String code;
    private String nameNl;
    private String nameEn;
    private String nameDe;
    private String definition;
    private String unit;
    private Integer decimals = 0;
    private Direction direction;
    private Aggregation aggregation;
    private String weight;
    private Formula formula;
    private String numerator;
    private String denominator;
    private BigDecimal factor;
    private String basePeriod;
    private BigDecimal tolerancePercent = BigDecimal.ZERO;
    private String source;
    private String sourceLocator;
    private String measures;
    private Integer version;

    static IndicatorForm of(MonitorIndicator i, List<MeasureRow> measureRows) {
        IndicatorForm f = new IndicatorForm();
        f.code = i.code();
        f.nameNl = i.nameNl();
        f.nameEn = i.nameEn();
        f.nameDe = i.nameDe();
        f.definition = i.definition();
        f.unit = i.unit();
        f.decimals = i.decimals();
        f.direction = i.direction();
        f.aggregation = i.aggregation();
        f.weight = i.weightCode();
        f.formula = i.formula();
        f.numerator = i.numeratorCode();
        f.denominator = i.denominatorCode();
        f.factor = i.factor() == null ? null : i.factor().stripTrailingZeros();
        f.basePeriod = i.basePeriod();
        f.tolerancePercent = i.tolerancePercent() == null ? null : i.tolerancePercent().stripTrailingZeros();
        f.source = i.source() == null ? null : i.source().code();
        f.sourceLocator = i.source() == null ? null : i.source().locator();
        f.measures = String.join("\n", measureRows.stream().map(m -> m.dataset() + " " + m.measure()).toList());
        f.version = i.version();
        return f;
    }

    IndicatorInput toInput() {
        return new IndicatorInput(code, nameNl, nameEn, nameDe, definition, unit, decimals, direction, aggregation,
                weight, formula, numerator, denominator, factor, basePeriod, tolerancePercent, source, sourceLocator,
                measureList(measures), version);
    }

    /** One measure per line: the dataset, then the measure code (separated by spaces, a slash or a semicolon). */
    static List<IndicatorInput.Measure> measureList(String text) {
        List<IndicatorInput.Measure> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (Text.isBlank(line)) {
                continue;
            }
            String[] parts = Text.strip(line).split("[\\s/;]+", 2);
            out.add(new IndicatorInput.Measure(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return out;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String v) { nameNl = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getNameDe() { return nameDe; }
    public void setNameDe(String v) { nameDe = v; }
    public String getDefinition() { return definition; }
    public void setDefinition(String v) { definition = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public Integer getDecimals() { return decimals; }
    public void setDecimals(Integer v) { decimals = v; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction v) { direction = v; }
    public Aggregation getAggregation() { return aggregation; }
    public void setAggregation(Aggregation v) { aggregation = v; }
    public String getWeight() { return weight; }
    public void setWeight(String v) { weight = v; }
    public Formula getFormula() { return formula; }
    public void setFormula(Formula v) { formula = v; }
    public String getNumerator() { return numerator; }
    public void setNumerator(String v) { numerator = v; }
    public String getDenominator() { return denominator; }
    public void setDenominator(String v) { denominator = v; }
    public BigDecimal getFactor() { return factor; }
    public void setFactor(BigDecimal v) { factor = v; }
    public String getBasePeriod() { return basePeriod; }
    public void setBasePeriod(String v) { basePeriod = v; }
    public BigDecimal getTolerancePercent() { return tolerancePercent; }
    public void setTolerancePercent(BigDecimal v) { tolerancePercent = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String v) { sourceLocator = v; }
    public String getMeasures() { return measures; }
    public void setMeasures(String v) { measures = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
