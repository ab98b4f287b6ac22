package org.regiomonitor.organisation;

/** A programme an organisation owns (programme.owner_organisation_id), for the organisation's page. */
public record OwnedProgramme(long id, String code, String name, String status, Integer startYear, Integer endYear,
        boolean published) {
}
