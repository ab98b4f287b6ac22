package org.regiomonitor.monitor.web;

import java.math.BigDecimal;
import org.regiomonitor.monitor.TargetView;
import org.regiomonitor.monitor.internal.MonitorEditing.TargetEdit;
import org.regiomonitor.monitor.internal.TargetInput;
import org.regiomonitor.shared.ValueQualifier;

/** A target's form: area and year, the kind with its value or reference area, the qualifier and the source. */
public class TargetForm {

    private String area;
    private Integer year;
    private TargetView.Kind kind = TargetView.Kind.ABSOLUTE;
    private BigDecimal value;
    private ValueQualifier qualifier = ValueQualifier.EXACT;
    private String referenceArea;
    private String source;
    private String sourceLocator;
    private Integer version;

    static TargetForm of(TargetEdit t) {
        TargetForm f = new TargetForm();
        f.area = t.area();
        f.year = t.year();
        f.kind = t.kind();
        f.value = t.value() == null ? null : t.value().stripTrailingZeros();
        f.qualifier = t.qualifier();
        f.referenceArea = t.referenceArea();
        f.source = t.source();
        f.sourceLocator = t.sourceLocator();
        f.version = t.version();
        return f;
    }

    TargetInput toInput() {
        return new TargetInput(area, year, kind, value, qualifier, referenceArea, source, sourceLocator, version);
    }

    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public TargetView.Kind getKind() { return kind; }
    public void setKind(TargetView.Kind v) { kind = v; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    public ValueQualifier getQualifier() { return qualifier; }
    public void setQualifier(ValueQualifier v) { qualifier = v; }
    public String getReferenceArea() { return referenceArea; }
    public void setReferenceArea(String v) { referenceArea = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String v) { sourceLocator = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
