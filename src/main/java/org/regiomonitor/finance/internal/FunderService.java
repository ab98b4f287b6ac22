package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.FUNDER_CATEGORY;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.organisation.Organisations;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.regiomonitor.shared.InputRules;

/** Funders are reference data: administrators add, change and remove them. */
@Service
public class FunderService {

    private final DSLContext dsl;
    private final InputRules rules;
    private final FinanceRights rights;

    private final Organisations organisations;

    FunderService(DSLContext dsl, FinanceRights rights, Organisations organisations, InputRules rules) {
        this.rules = rules;
        this.organisations = organisations;
        this.dsl = dsl;
        this.rights = rights;
    }

    @Transactional
    public long create(FunderCommand cmd, Authentication auth) {
        rights.require(rights.canManageFunders(auth));
        InvalidInputException.refuseIfSet(cmd.version(), "version");
        validate(cmd, null);
        // a concurrent save of the same name is refused by the unique index (shared.UniqueViolations)
        long id = dsl.insertInto(FUNDER)
                .set(FUNDER.NAME, Text.strip(cmd.name()))
                .set(FUNDER.CATEGORY_CODE, cmd.categoryCode())
                .set(FUNDER.ORGANISATION_ID, cmd.organisationId())
                .returning(FUNDER.ID).fetchSingle(FUNDER.ID);
        return id;
    }

    @Transactional
    public void update(long id, FunderCommand cmd, Authentication auth) {
        rights.require(rights.canManageFunders(auth));
        if (!dsl.fetchExists(FUNDER, FUNDER.ID.eq(id))) {
            throw new NotFoundException("funder", id);
        }
        validate(cmd, id);
        if (cmd.version() == null) {
            Violations v = new Violations();
            v.add("version", "finance.error.versionRequired");
            v.throwIfAny();
        }
        int updated = dsl.update(FUNDER)
                .set(FUNDER.NAME, Text.strip(cmd.name()))
                .set(FUNDER.CATEGORY_CODE, cmd.categoryCode())
                .set(FUNDER.ORGANISATION_ID, cmd.organisationId())
                .set(FUNDER.VERSION, FUNDER.VERSION.plus(1))
                .where(FUNDER.ID.eq(id)).and(FUNDER.VERSION.eq(cmd.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "funder", id);
    }

    /** Removes a funder that has no budget lines (lines keep their history, so they are never orphaned). */
    @Transactional
    public void delete(long id, int version, Authentication auth) {
        rights.require(rights.canManageFunders(auth));
        if (!dsl.fetchExists(FUNDER, FUNDER.ID.eq(id))) {
            throw new NotFoundException("funder", id);
        }
        if (dsl.fetchExists(BUDGET_LINE, BUDGET_LINE.FUNDER_ID.eq(id))) {
            Violations v = new Violations();
            v.add(null, "finance.error.funderInUse");
            v.throwIfAny();
        }
        int deleted = dsl.deleteFrom(FUNDER).where(FUNDER.ID.eq(id)).and(FUNDER.VERSION.eq(version)).execute();
        StaleEditException.unlessChanged(deleted, "funder", id);
    }

    private void validate(FunderCommand cmd, Long id) {
        Violations v = new Violations();
        v.addAll(rules.check(cmd));
        if (Text.isBlank(cmd.name())) {
            v.add("name", "finance.error.nameRequired");
        } else {
            Condition sameName = DSL.lower(FUNDER.NAME).eq(Text.strip(cmd.name()).toLowerCase());
            if (dsl.fetchExists(FUNDER, id == null ? sameName : sameName.and(FUNDER.ID.ne(id)))) {
                v.add("name", "finance.error.funderNameTaken");
            }
        }
        if (cmd.categoryCode() == null || !dsl.fetchExists(FUNDER_CATEGORY,
                FUNDER_CATEGORY.CODE.eq(cmd.categoryCode()))) {
            v.add("categoryCode", "finance.error.categoryRequired");
        }
        if (cmd.organisationId() != null && organisations.existing(List.of(cmd.organisationId())).isEmpty()) {
            v.add("organisationId", "finance.error.organisationUnknown");
        }
        v.throwIfAny();
    }
}
