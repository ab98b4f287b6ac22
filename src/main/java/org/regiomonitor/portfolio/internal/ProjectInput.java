package org.regiomonitor.portfolio.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.shared.SingleLine;

/**
 * What a user enters for a project (web form and API body alike). An update replaces the whole
 * project: lists left out mean "none". {@code status} is the initial status when creating; an update
 * leaves it alone (status changes go through the lifecycle transition). {@code version} is the version
 * the editor loaded; required when updating.
 */
public record ProjectInput(
        @NotBlank(message = "{portfolio.error.required}") @Size(max = 300, message = "{portfolio.error.tooLong}")
        @SingleLine String title,
        @Size(max = 4000, message = "{portfolio.error.tooLong}") String summary,
        Long leadOrganisationId, // the sources often name none: optional
        @NotEmpty(message = "{portfolio.project.programmeRequired}") List<Long> programmeIds,
        List<Long> themeIds,
        List<Long> municipalityIds,
        Boolean regionWide,
        LocalDate startDate,
        LocalDate endDate,
        ProjectStatus status,
        Boolean published,
        Long sourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String sourceLocator,
        List<@Valid PartnerInput> partners,
        List<@Valid LinkInput> links,
        Integer version) {

    public ProjectInput {
        programmeIds = programmeIds == null ? List.of() : List.copyOf(programmeIds.stream().distinct().toList());
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds.stream().distinct().toList());
        municipalityIds = municipalityIds == null ? List.of() : List.copyOf(municipalityIds.stream().distinct().toList());
        partners = partners == null ? List.of() : List.copyOf(partners);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean isRegionWide() {
        return Boolean.TRUE.equals(regionWide);
    }

    public boolean isPublished() {
        return Boolean.TRUE.equals(published);
    }

    /** An organisation taking part, and in which role. */
    public record PartnerInput(
            @NotNull(message = "{portfolio.error.required}") Long organisationId,
            @NotNull(message = "{portfolio.error.required}") PartnerRole role) {
    }

    /** A link to more about the project (http or https). */
    public record LinkInput(
            @NotBlank(message = "{portfolio.error.required}") @Size(max = 200, message = "{portfolio.error.tooLong}")
            @SingleLine String label,
            @NotBlank(message = "{portfolio.error.required}") @Size(max = 2000, message = "{portfolio.error.tooLong}")
            @SingleLine String url) {
    }
}
