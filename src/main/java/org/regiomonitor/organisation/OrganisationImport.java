package org.regiomonitor.organisation;

import static org.regiomonitor.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.shared.BulkRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Bulk import of organisations (the reference-data loader), inside the caller's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OrganisationImport {

    public record NewOrganisation(String name, OrganisationKind kind, Long municipalityId, String website,
            String description, boolean published, Long sourceId, String sourceLocator) {
    }

    private final DSLContext dsl;

    OrganisationImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the organisations in one statement; returns their ids by name. */
    public Map<String, Long> organisations(List<NewOrganisation> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.MUNICIPALITY_ID,
                ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION, ORGANISATION.PUBLISHED, ORGANISATION.SOURCE_ID,
                ORGANISATION.SOURCE_LOCATOR);
        for (NewOrganisation o : organisations) {
            insert = insert.values(o.name(), o.kind(), o.municipalityId(), o.website(), o.description(), o.published(),
                    o.sourceId(), o.sourceLocator());
        }
        return BulkRows.ids(insert.returningResult(ORGANISATION.ID, ORGANISATION.NAME).fetch());
    }

    /** The names among {@code names} that already exist (at most three), for a clear "already loaded" message. */
    public List<String> existingNames(List<String> names) {
        return BulkRows.existing(dsl, ORGANISATION.NAME, names);
    }
}
