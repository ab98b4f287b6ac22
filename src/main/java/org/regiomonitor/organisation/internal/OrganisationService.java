package org.regiomonitor.organisation.internal;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.regiomonitor.shared.InvalidInputException;
import org.jooq.impl.DSL;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes organisations for the web pages and the API alike: checks the form's constraints
 * and the rules that need the database ({@link InputRules}), then writes in one go.
 */
@Service
public class OrganisationService {

    private final DSLContext dsl;
    private final OrganisationRepository repository;
    private final OrganisationRights rights;
    private final InputRules rules;

    OrganisationService(DSLContext dsl, OrganisationRepository repository, OrganisationRights rights,
            InputRules rules) {
        this.rules = rules;
        this.dsl = dsl;
        this.repository = repository;
        this.rights = rights;
    }

    /** The rules the form breaks, its constraints and then the domain's (empty when none); {@code id} is null for a new organisation. */
    @Transactional(readOnly = true)
    public List<Violation> check(OrganisationForm form, Long id) {
        List<Violation> violations = new ArrayList<>(rules.check(form));
        String name = blankToNull(form.getName());
        if (name != null && repository.nameTaken(name, id)) {
            violations.add(new Violation("name", "organisation.name.duplicate"));
        }
        if (form.getMunicipalityId() != null && !repository.isMunicipality(form.getMunicipalityId())) {
            violations.add(new Violation("municipalityId", "organisation.municipality.invalid"));
        }
        if (form.getSourceId() != null && !repository.sourceExists(form.getSourceId())) {
            violations.add(new Violation("sourceId", "organisation.source.invalid"));
        }
        if (id != null && form.getVersion() == null) {
            violations.add(new Violation("version", "organisation.version.required"));
        }
        return violations;
    }

    @Transactional
    public long create(OrganisationForm form, Authentication auth) {
        rights.requireEdit(auth);
        InvalidInputException.refuseIfSet(form.getVersion(), "version");
        requireValid(form, null);
        // a concurrent save of the same name is refused by the unique index (shared.UniqueViolations)
        long id = dsl.insertInto(ORGANISATION)
                .set(values(form))
                .returning(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
        return id;
    }

    @Transactional
    public void update(long id, OrganisationForm form, Authentication auth) {
        rights.requireEdit(auth);
        if (!repository.exists(id)) {
            throw new NotFoundException("organisation", id);
        }
        requireValid(form, id);
        int updated = dsl.update(ORGANISATION)
                .set(values(form))
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id))
                .and(ORGANISATION.VERSION.eq(form.getVersion()))
                .execute();
        StaleEditException.unlessChanged(updated, "organisation", id);
    }

    private void requireValid(OrganisationForm form, Long id) {
        List<Violation> violations = check(form, id);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The columns that create and update both write. */
    private static Map<Field<?>, Object> values(OrganisationForm form) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(ORGANISATION.NAME, Text.strip(form.getName()));
        v.put(ORGANISATION.KIND, form.getKind());
        v.put(ORGANISATION.MUNICIPALITY_ID, form.getMunicipalityId());
        v.put(ORGANISATION.WEBSITE, blankToNull(form.getWebsite()));
        v.put(ORGANISATION.DESCRIPTION, blankToNull(form.getDescription()));
        v.put(ORGANISATION.PUBLISHED, form.isPublished());
        v.put(ORGANISATION.SOURCE_ID, form.getSourceId());
        v.put(ORGANISATION.SOURCE_LOCATOR, blankToNull(form.getSourceLocator()));
        return v;
    }
}
