package org.regiomonitor.finance.web;


/** The mobilised investment form (new and edit). */
public class MobilisedForm {

    private Long programmeId;
    private String description;
    private String amount;
    private Long linkedProgrammeId;
    private Long sourceId;
    private String sourceLocator;
    private Integer version;

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public Long getLinkedProgrammeId() { return linkedProgrammeId; }
    public void setLinkedProgrammeId(Long linkedProgrammeId) { this.linkedProgrammeId = linkedProgrammeId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String sourceLocator) { this.sourceLocator = sourceLocator; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
