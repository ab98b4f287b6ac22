package org.regiomonitor.organisation.internal;

import java.time.Instant;
import java.util.List;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.shared.SourceRef;

/** The read models of the organisation pages and API. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    /** One row of the organisation list. */
    public record OrganisationListItem(long id, String name, OrganisationKind kind, String website, boolean published,
            String municipalityCode, String municipalityName) {
    }

    /** Filters and order of the organisation list; every field may be null (= no filter / default). */
    public record OrganisationFilter(OrganisationKind kind, String municipality, String q, OrganisationSort sort,
            boolean descending) {

        public OrganisationSort sortOrDefault() {
            return sort == null ? OrganisationSort.NAME : sort;
        }
    }

    public enum OrganisationSort {
        NAME, KIND, MUNICIPALITY
    }

    public record OrganisationDetail(long id, String name, OrganisationKind kind, Long municipalityId,
            String municipalityCode, String municipalityName, String website, String description, boolean published,
            Long sourceId, String sourceLocator, SourceRef source, int version, Instant updatedAt) {
    }

    public record AreaOption(long id, String code, String name) {
    }
}
