package org.regiomonitor.finance.web;


/** The funder form (new and edit). */
public class FunderForm {
    private String name;
    private String categoryCode;
    private Long organisationId;
    private Integer version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
