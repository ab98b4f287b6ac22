package org.regiomonitor.monitor.web;

import java.math.BigDecimal;
import org.regiomonitor.monitor.internal.MonitorEditing.StatedEdit;
import org.regiomonitor.monitor.internal.StatedInput;
import org.regiomonitor.shared.ValueQualifier;

/** A stated figure's form: area, period, the figure with its qualifier, the document that states it and a note. */
public class StatedForm {

    private String area;
    private String period;
    private BigDecimal value;
    private ValueQualifier qualifier = ValueQualifier.EXACT;
    private String source;
    private String sourceLocator;
    private String note;
    private Integer version;

    static StatedForm of(StatedEdit s) {
        StatedForm f = new StatedForm();
        f.area = s.area();
        f.period = s.period();
        f.value = s.value() == null ? null : s.value().stripTrailingZeros();
        f.qualifier = s.qualifier();
        f.source = s.source();
        f.sourceLocator = s.sourceLocator();
        f.note = s.note();
        f.version = s.version();
        return f;
    }

    StatedInput toInput() {
        return new StatedInput(area, period, value, qualifier, source, sourceLocator, note, version);
    }

    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    public ValueQualifier getQualifier() { return qualifier; }
    public void setQualifier(ValueQualifier v) { qualifier = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String v) { sourceLocator = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
