package org.regiomonitor.portfolio.web;

import java.math.BigDecimal;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.internal.ProgrammeInput;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;
import org.regiomonitor.shared.web.PublishableForm;

/** The programme form as the browser posts it; the rules live in the service (ProgrammeInput). */
public class ProgrammeForm extends PublishableForm {

    private String code;
    private String name;
    private Integer startYear;
    private Integer endYear;
    private String description;
    private Long ownerOrganisationId;
    private BigDecimal budgetCeiling;
    private Long budgetCeilingSourceId;
    private String budgetCeilingSourceLocator;
    private BigDecimal expectedInvestment;
    private Long expectedInvestmentSourceId;
    private String expectedInvestmentSourceLocator;
    private BigDecimal investmentVolume;
    private Long investmentVolumeSourceId;
    private String investmentVolumeSourceLocator;
    private BigDecimal multiplierTarget;
    private Long multiplierTargetSourceId;
    private String multiplierTargetSourceLocator;
    private ProgrammeStatus status;

    public ProgrammeForm() {
        super(false);
    }

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

    public BigDecimal getExpectedInvestment() {
        return expectedInvestment;
    }

    public void setExpectedInvestment(BigDecimal expectedInvestment) {
        this.expectedInvestment = expectedInvestment;
    }

    public Long getExpectedInvestmentSourceId() {
        return expectedInvestmentSourceId;
    }

    public void setExpectedInvestmentSourceId(Long expectedInvestmentSourceId) {
        this.expectedInvestmentSourceId = expectedInvestmentSourceId;
    }

    public String getExpectedInvestmentSourceLocator() {
        return expectedInvestmentSourceLocator;
    }

    public void setExpectedInvestmentSourceLocator(String expectedInvestmentSourceLocator) {
        this.expectedInvestmentSourceLocator = expectedInvestmentSourceLocator;
    }

    public BigDecimal getInvestmentVolume() {
        return investmentVolume;
    }

    public void setInvestmentVolume(BigDecimal investmentVolume) {
        this.investmentVolume = investmentVolume;
    }

    public Long getInvestmentVolumeSourceId() {
        return investmentVolumeSourceId;
    }

    public void setInvestmentVolumeSourceId(Long investmentVolumeSourceId) {
        this.investmentVolumeSourceId = investmentVolumeSourceId;
    }

    public String getInvestmentVolumeSourceLocator() {
        return investmentVolumeSourceLocator;
    }

    public void setInvestmentVolumeSourceLocator(String investmentVolumeSourceLocator) {
        this.investmentVolumeSourceLocator = investmentVolumeSourceLocator;
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
        f.expectedInvestment = d.expectedInvestment();
        f.expectedInvestmentSourceId = d.expectedInvestmentSourceId();
        f.expectedInvestmentSourceLocator = d.expectedInvestmentSourceLocator();
        f.investmentVolume = d.investmentVolume();
        f.investmentVolumeSourceId = d.investmentVolumeSourceId();
        f.investmentVolumeSourceLocator = d.investmentVolumeSourceLocator();
        f.multiplierTarget = d.multiplierTarget();
        f.multiplierTargetSourceId = d.multiplierTargetSourceId();
        f.multiplierTargetSourceLocator = d.multiplierTargetSourceLocator();
        f.status = d.status();
        f.setPublished(d.published());
        f.loadSource(d.sourceId(), d.sourceLocator(), d.version());
        return f;
    }

    ProgrammeInput toInput() {
        return new ProgrammeInput(code, name, startYear, endYear, description, ownerOrganisationId, budgetCeiling,
                budgetCeilingSourceId, budgetCeilingSourceLocator, expectedInvestment, expectedInvestmentSourceId,
                expectedInvestmentSourceLocator, investmentVolume, investmentVolumeSourceId,
                investmentVolumeSourceLocator, multiplierTarget, multiplierTargetSourceId,
                multiplierTargetSourceLocator, status, isPublished(), getSourceId(), getSourceLocator(), getVersion());
    }
}
