package org.regiomonitor.finance.web;


/** The "revise amounts" form: all three amounts (pre-filled with the current ones), reason, source, version. */
public class RevisionForm {

    private Integer version;
    private String budgeted;
    private String committed;
    private String realised;
    private String reason;
    private Long sourceId;
    private String sourceLocator;

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getBudgeted() { return budgeted; }
    public void setBudgeted(String budgeted) { this.budgeted = budgeted; }
    public String getCommitted() { return committed; }
    public void setCommitted(String committed) { this.committed = committed; }
    public String getRealised() { return realised; }
    public void setRealised(String realised) { this.realised = realised; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String sourceLocator) { this.sourceLocator = sourceLocator; }
}
