package org.regiomonitor.portfolio.web;

import java.time.LocalDate;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.StatusChangeInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The status change form. */
public class StatusForm {

    private ProjectStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changedOn;
    private String note;
    private Integer version;

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    StatusChangeInput toInput() {
        return new StatusChangeInput(status, changedOn, note, version);
    }
}
