package org.regiomonitor.npvr.web;

import org.regiomonitor.npvr.MilestoneStatus;
import org.regiomonitor.npvr.internal.MilestoneInput;
import org.regiomonitor.npvr.internal.NpvrViews.MilestoneView;

/** The milestone edit form: status and note. */
public class MilestoneForm {

    private MilestoneStatus status;
    private String note;
    private Integer version;

    static MilestoneForm of(MilestoneView m) {
        MilestoneForm f = new MilestoneForm();
        f.status = m.status();
        f.note = m.note();
        f.version = m.version();
        return f;
    }

    MilestoneInput toInput() {
        return new MilestoneInput(status, note, version);
    }

    public MilestoneStatus getStatus() { return status; }
    public void setStatus(MilestoneStatus v) { status = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
