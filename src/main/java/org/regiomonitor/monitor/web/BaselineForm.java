package org.regiomonitor.monitor.web;

import org.regiomonitor.monitor.internal.BaselineInput;
import org.regiomonitor.monitor.internal.MonitorEditing.BaselineEdit;

/** A baseline's form: the area and the period whose figure targets start from; version null for a new one. */
public class BaselineForm {

    private String area;
    private String period;
    private Integer version;

    static BaselineForm of(BaselineEdit b) {
        BaselineForm f = new BaselineForm();
        f.area = b.area();
        f.period = b.period();
        f.version = b.version();
        return f;
    }

    BaselineInput toInput() {
        return new BaselineInput(area, period, version);
    }

    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
