package org.regiomonitor.finance.web;


/** The "new budget line" form; amounts and year as typed (parsed by {@link FormSupport}). */
public class LineForm {

    private Long programmeId;
    private Long projectId;
    private Long funderId;
    private String year;
    private String budgeted;
    private String committed;
    private String realised;
    private Long sourceId;
    private String sourceLocator;
    private String reason;

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Long getFunderId() { return funderId; }
    public void setFunderId(Long funderId) { this.funderId = funderId; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getBudgeted() { return budgeted; }
    public void setBudgeted(String budgeted) { this.budgeted = budgeted; }
    public String getCommitted() { return committed; }
    public void setCommitted(String committed) { this.committed = committed; }
    public String getRealised() { return realised; }
    public void setRealised(String realised) { this.realised = realised; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String sourceLocator) { this.sourceLocator = sourceLocator; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
