package org.regiomonitor.portfolio.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.ProjectInput;
import org.regiomonitor.portfolio.internal.ProjectInput.LinkInput;
import org.regiomonitor.portfolio.internal.ProjectInput.PartnerInput;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.PublishableForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form as the browser posts it. Partners and links come as rows, with a few empty rows
 * to fill in (no script needed); empty rows are dropped before the rules run, so the row numbers in
 * error messages match the rows shown again.
 */
public class ProjectForm extends PublishableForm {

    /** Spare empty rows offered for new partners and links. */
    static final int SPARE_ROWS = 3;

    private String title;
    private String summary;
    private Long leadOrganisationId;
    private List<Long> programmeIds = new ArrayList<>();
    private List<Long> themeIds = new ArrayList<>();
    private List<Long> municipalityIds = new ArrayList<>();
    private boolean regionWide;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private ProjectStatus status;
    private List<PartnerRow> partners = new ArrayList<>();
    private List<LinkRow> links = new ArrayList<>();

    public ProjectForm() {
        super(false);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public void setLeadOrganisationId(Long leadOrganisationId) {
        this.leadOrganisationId = leadOrganisationId;
    }

    public List<Long> getProgrammeIds() {
        return programmeIds;
    }

    public void setProgrammeIds(List<Long> programmeIds) {
        this.programmeIds = programmeIds;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getMunicipalityIds() {
        return municipalityIds;
    }

    public void setMunicipalityIds(List<Long> municipalityIds) {
        this.municipalityIds = municipalityIds;
    }

    public boolean isRegionWide() {
        return regionWide;
    }

    public void setRegionWide(boolean regionWide) {
        this.regionWide = regionWide;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public void setLinks(List<LinkRow> links) {
        this.links = links;
    }

    /** A partner row. */
    public static class PartnerRow {

        private Long organisationId;
        private PartnerRole role;

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public PartnerRole getRole() {
            return role;
        }

        public void setRole(PartnerRole role) {
            this.role = role;
        }

        boolean isBlank() {
            return organisationId == null && role == null;
        }
    }

    /** A link row. */
    public static class LinkRow {

        private String label;
        private String url;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        boolean isBlank() {
            return Text.isBlank(label) && Text.isBlank(url);
        }
    }

    static ProjectForm empty(Long programmeId) {
        ProjectForm f = new ProjectForm();
        f.status = ProjectStatus.APPLICATION;
        if (programmeId != null) {
            f.programmeIds.add(programmeId);
        }
        return f;
    }

    static ProjectForm of(ProjectDetail d) {
        ProjectForm f = new ProjectForm();
        f.title = d.title();
        f.summary = d.summary();
        f.leadOrganisationId = d.leadOrganisationId();
        d.programmes().forEach(p -> f.programmeIds.add(p.id()));
        d.themes().forEach(t -> f.themeIds.add(t.id()));
        d.municipalities().forEach(a -> f.municipalityIds.add(a.id()));
        f.regionWide = d.regionWide();
        f.startDate = d.startDate();
        f.endDate = d.endDate();
        f.status = d.status();
        f.setPublished(d.published());
        // The LEAD row follows from the lead organisation; it is not edited as a partner row.
        d.partners().stream().filter(p -> p.role() != PartnerRole.LEAD).forEach(p -> {
            PartnerRow row = new PartnerRow();
            row.setOrganisationId(p.organisationId());
            row.setRole(p.role());
            f.partners.add(row);
        });
        d.links().forEach(l -> {
            LinkRow row = new LinkRow();
            row.setLabel(l.label());
            row.setUrl(l.url());
            f.links.add(row);
        });
        f.loadSource(d.sourceId(), d.sourceLocator(), d.version());
        return f;
    }

    /** Drops the empty rows (before the rules run). */
    void compact() {
        partners.removeIf(r -> r == null || r.isBlank());
        links.removeIf(r -> r == null || r.isBlank());
        programmeIds.removeIf(Objects::isNull);
        themeIds.removeIf(Objects::isNull);
        municipalityIds.removeIf(Objects::isNull);
    }

    /** Adds the empty rows to fill in (before the form is shown). */
    void addSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            partners.add(new PartnerRow());
            links.add(new LinkRow());
        }
    }

    ProjectInput toInput(boolean withStatus) {
        return new ProjectInput(title, summary, leadOrganisationId, programmeIds, themeIds, municipalityIds,
                regionWide, startDate, endDate, withStatus ? status : null, isPublished(), getSourceId(), getSourceLocator(),
                partners.stream().map(p -> new PartnerInput(p.getOrganisationId(), p.getRole())).toList(),
                links.stream().map(l -> new LinkInput(l.getLabel(), l.getUrl())).toList(),
                getVersion());
    }
}
