package org.regiomonitor.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.shared.SingleLine;
import org.regiomonitor.shared.web.PublishableForm;

/**
 * The editable fields of an organisation; the same object backs the web form and the API body,
 * so both are validated by the same rules. {@code version} is the version the editor loaded.
 */
public class OrganisationForm extends PublishableForm {

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    @SingleLine
    private String name;

    @NotNull(message = "{organisation.kind.required}")
    private OrganisationKind kind;

    private Long municipalityId;

    @Size(max = 500, message = "{organisation.website.size}")
    @Pattern(regexp = "^\\s*(https?://[^\\s/?#]+[^\\s]*)?\\s*$", flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{organisation.website.invalid}")
    private String website;

    @Size(max = 4000, message = "{organisation.description.size}")
    private String description;

    public OrganisationForm() {
        super(true);
    }

    @Override
    @Size(max = 300, message = "{organisation.sourceLocator.size}")
    @SingleLine
    public String getSourceLocator() {
        return super.getSourceLocator();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The form filled with a stored organisation, for editing. */
    public static OrganisationForm of(OrganisationViews.OrganisationDetail d) {
        OrganisationForm f = new OrganisationForm();
        f.name = d.name();
        f.kind = d.kind();
        f.municipalityId = d.municipalityId();
        f.website = d.website();
        f.description = d.description();
        f.setPublished(d.published());
        f.loadSource(d.sourceId(), d.sourceLocator(), d.version());
        return f;
    }
}
