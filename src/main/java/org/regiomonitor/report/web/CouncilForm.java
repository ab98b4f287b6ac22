package org.regiomonitor.report.web;

import java.time.LocalDate;
import org.regiomonitor.report.internal.CouncilInput;
import org.regiomonitor.report.internal.CouncilView;
import org.springframework.format.annotation.DateTimeFormat;

/** A council letter's date and signatories. */
public class CouncilForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate letterDate;
    private String signatories;
    private Integer version;

    static CouncilForm of(CouncilView c) {
        CouncilForm f = new CouncilForm();
        f.letterDate = c.letterDate();
        f.signatories = c.signatories();
        f.version = c.version();
        return f;
    }

    CouncilInput toInput() {
        return new CouncilInput(letterDate, signatories, version);
    }

    public LocalDate getLetterDate() { return letterDate; }
    public void setLetterDate(LocalDate v) { letterDate = v; }
    public String getSignatories() { return signatories; }
    public void setSignatories(String v) { signatories = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
