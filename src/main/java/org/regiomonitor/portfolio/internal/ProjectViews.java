package org.regiomonitor.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SourceRef;

/** Read models of projects, shared by the web pages and the JSON API. */
public final class ProjectViews {

    private ProjectViews() {
    }

    public record ProgrammeRef(long id, String code, String name) {
    }

    public record ThemeRef(long id, long programmeId, String programmeCode, String code, String name, ThemeKind kind) {
    }

    public record AreaRef(long id, String code, String name) {
    }

    public record PartnerView(long organisationId, String organisationName, PartnerRole role) {
    }

    public record LinkView(String label, String url) {
    }

    public record StatusChangeView(ProjectStatus fromStatus, ProjectStatus toStatus, LocalDate changedOn,
            String changedBy, String note, Instant recordedAt) {
    }

    /** One row of the project list. */
    public record ProjectRow(long id, String title, ProjectStatus status, Long leadOrganisationId,
            String leadOrganisationName, LocalDate startDate, LocalDate endDate, boolean regionWide, boolean published,
            List<ProgrammeRef> programmes, int municipalityCount) {
    }

    /** A project with everything known about it; the status history in lifecycle (recording) order. */
    public record ProjectDetail(long id, String title, String summary, Long leadOrganisationId,
            String leadOrganisationName, LocalDate startDate, LocalDate endDate, ProjectStatus status,
            boolean regionWide, boolean published, Long sourceId, String sourceLocator, SourceRef source, int version,
            Instant createdAt, Instant updatedAt, List<PartnerView> partners, List<ProgrammeRef> programmes,
            List<ThemeRef> themes, List<AreaRef> municipalities, List<LinkView> links,
            List<StatusChangeView> history) {

        /** The states the project may move to next. */
        public Set<ProjectStatus> nextStatuses() {
            return status.next();
        }
    }
}
