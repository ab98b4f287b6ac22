package org.regiomonitor.portfolio.web;

import java.math.BigDecimal;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.internal.ProgrammeInput;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;

/** The programme form as the browser posts it; the rules live in the service (ProgrammeInput). */
public class ProgrammeForm {

    private String code;
    private String name;
    private Integer startYear;
    private Integer endYear;
    private String description;
    private Long ownerOrganisationId;
    private BigDecimal budgetCeiling;
    private Long budgetCeilingSourceId;
    private String budgetCeilingSourceLocator;
    private BigDecimal multiplierTarget;
    private Long multiplierTargetSourceId;
    private String multiplierTargetSourceLocator;
    private ProgrammeStatus status;
    private boolean published;
    private Long sourceId;
    private String sourceLocator;
    private Integer version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public void setOwnerOrganisationId(Long ownerOrganisationId) {
        this.ownerOrganisationId = ownerOrganisationId;
    }

    public BigDecimal getBudgetCeiling() {
        return budgetCeiling;
    }

    public void setBudgetCeiling(BigDecimal budgetCeiling) {
        this.budgetCeiling = budgetCeiling;
    }

    public Long getBudgetCeilingSourceId() {
        return budgetCeilingSourceId;
    }

    public void setBudgetCeilingSourceId(Long budgetCeilingSourceId) {
        this.budgetCeilingSourceId = budgetCeilingSourceId;
    }

    public String getBudgetCeilingSourceLocator() {
        return budgetCeilingSourceLocator;
    }

    public void setBudgetCeilingSourceLocator(String budgetCeilingSourceLocator) {
        this.budgetCeilingSourceLocator = budgetCeilingSourceLocator;
    }

    public BigDecimal getMultiplierTarget() {
        return multiplierTarget;
    }

    public void setMultiplierTarget(BigDecimal multiplierTarget) {
        this.multiplierTarget = multiplierTarget;
    }

    public Long getMultiplierTargetSourceId() {
        return multiplierTargetSourceId;
    }

    public void setMultiplierTargetSourceId(Long multiplierTargetSourceId) {
        this.multiplierTargetSourceId = multiplierTargetSourceId;
    }

    public String getMultiplierTargetSourceLocator() {
        return multiplierTargetSourceLocator;
    }

    public void setMultiplierTargetSourceLocator(String multiplierTargetSourceLocator) {
        this.multiplierTargetSourceLocator = multiplierTargetSourceLocator;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getSourceLocator() {
        return sourceLocator;
    }

    public void setSourceLocator(String sourceLocator) {
        this.sourceLocator = sourceLocator;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    static ProgrammeForm empty() {
        ProgrammeForm f = new ProgrammeForm();
        f.setStatus(ProgrammeStatus.PLANNED);
        return f;
    }

    static ProgrammeForm of(ProgrammeDetail d) {
        ProgrammeForm f = new ProgrammeForm();
        f.code = d.code();
        f.name = d.name();
        f.startYear = d.startYear();
        f.endYear = d.endYear();
        f.description = d.description();
        f.ownerOrganisationId = d.ownerOrganisationId();
        f.budgetCeiling = d.budgetCeiling();
        f.budgetCeilingSourceId = d.budgetCeilingSourceId();
        f.budgetCeilingSourceLocator = d.budgetCeilingSourceLocator();
        f.multiplierTarget = d.multiplierTarget();
        f.multiplierTargetSourceId = d.multiplierTargetSourceId();
        f.multiplierTargetSourceLocator = d.multiplierTargetSourceLocator();
        f.status = d.status();
        f.published = d.published();
        f.sourceId = d.sourceId();
        f.sourceLocator = d.sourceLocator();
        f.version = d.version();
        return f;
    }

    ProgrammeInput toInput() {
        return new ProgrammeInput(code, name, startYear, endYear, description, ownerOrganisationId, budgetCeiling,
                budgetCeilingSourceId, budgetCeilingSourceLocator, multiplierTarget, multiplierTargetSourceId,
                multiplierTargetSourceLocator, status, published, sourceId, sourceLocator, version);
    }
}
