package org.regiomonitor.report.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.report.internal.ReportInput;
import org.regiomonitor.report.internal.ReportView;

/** The report definition form: title, period, programmes, indicator set, the board's texts. */
public class ReportForm {

    private String title;
    private String period;
    private List<Long> programmeIds = new ArrayList<>();
    private String indicatorSetCode;
    private String foreword;
    private String outlook;
    private String conclusion;
    private String letterTemplate;
    private Integer version;

    static ReportForm empty(int year) {
        ReportForm f = new ReportForm();
        f.period = year + "-H1";
        f.indicatorSetCode = "NPVR_MONITOR";
        return f;
    }

    static ReportForm of(ReportView r) {
        ReportForm f = new ReportForm();
        f.title = r.title();
        f.period = r.period().code();
        f.programmeIds = new ArrayList<>(r.programmeIds());
        f.indicatorSetCode = r.indicatorSetCode();
        f.foreword = r.foreword();
        f.outlook = r.outlook();
        f.conclusion = r.conclusion();
        f.letterTemplate = r.letterTemplate();
        f.version = r.version();
        return f;
    }

    ReportInput toInput() {
        return new ReportInput(title, period, programmeIds, indicatorSetCode, foreword, outlook, conclusion,
                letterTemplate, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public List<Long> getProgrammeIds() { return programmeIds; }
    public void setProgrammeIds(List<Long> v) { programmeIds = v == null ? new ArrayList<>() : v; }
    public String getIndicatorSetCode() { return indicatorSetCode; }
    public void setIndicatorSetCode(String v) { indicatorSetCode = v; }
    public String getForeword() { return foreword; }
    public void setForeword(String v) { foreword = v; }
    public String getOutlook() { return outlook; }
    public void setOutlook(String v) { outlook = v; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String v) { conclusion = v; }
    public String getLetterTemplate() { return letterTemplate; }
    public void setLetterTemplate(String v) { letterTemplate = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
