package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.shared.Text.blankToNull;

import org.jooq.DSLContext;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.regiomonitor.shared.InputRules;

/** Records the investments a programme's regional money mobilised (the multiplier's numerator). */
@Service
public class MobilisedInvestmentService {

    private final DSLContext dsl;
    private final InputRules rules;
    private final FinanceQueries queries;
    private final FinanceRights rights;

    private final PortfolioQueries portfolio;

    MobilisedInvestmentService(DSLContext dsl, FinanceQueries queries, FinanceRights rights,
            PortfolioQueries portfolio, InputRules rules) {
        this.rules = rules;
        this.portfolio = portfolio;
        this.dsl = dsl;
        this.queries = queries;
        this.rights = rights;
    }

    @Transactional
    public long create(MobilisedCommand cmd, Authentication auth) {
        InvalidInputException.refuseIfSet(cmd.version(), "version");
        if (cmd.programmeId() == null) {
            Violations v = new Violations();
            v.add("programmeId", "finance.error.programmeRequired");
            v.throwIfAny();
        }
        queries.programme(cmd.programmeId(), true)
                .orElseThrow(() -> new NotFoundException("programme", cmd.programmeId()));
        rights.require(rights.programme(auth, cmd.programmeId()).full());
        validate(cmd, cmd.programmeId());
        long id = dsl.insertInto(MOBILISED_INVESTMENT)
                .set(MOBILISED_INVESTMENT.PROGRAMME_ID, cmd.programmeId())
                .set(MOBILISED_INVESTMENT.DESCRIPTION, Text.strip(cmd.description()))
                .set(MOBILISED_INVESTMENT.AMOUNT, cmd.amount())
                .set(MOBILISED_INVESTMENT.LINKED_PROGRAMME_ID, cmd.linkedProgrammeId())
                .set(MOBILISED_INVESTMENT.SOURCE_ID, cmd.sourceId())
                .set(MOBILISED_INVESTMENT.SOURCE_LOCATOR, blankToNull(cmd.sourceLocator()))
                .returning(MOBILISED_INVESTMENT.ID)
                .fetchSingle(MOBILISED_INVESTMENT.ID);
        return id;
    }

    /** Changes description, amount, link and source; the programme stays. */
    @Transactional
    public void update(long id, MobilisedCommand cmd, Authentication auth) {
        MobilisedView current = queries.mobilisedInvestment(id, true)
                .orElseThrow(() -> new NotFoundException("mobilised investment", id));
        rights.require(rights.programme(auth, current.programmeId()).full());
        if (cmd.programmeId() != null && cmd.programmeId() != current.programmeId()) {
            InvalidInputException.refuseIfSet(cmd.programmeId(), "programmeId");
        }
        validate(cmd, current.programmeId());
        if (cmd.version() == null) {
            Violations v = new Violations();
            v.add("version", "finance.error.versionRequired");
            v.throwIfAny();
        }
        int updated = dsl.update(MOBILISED_INVESTMENT)
                .set(MOBILISED_INVESTMENT.DESCRIPTION, Text.strip(cmd.description()))
                .set(MOBILISED_INVESTMENT.AMOUNT, cmd.amount())
                .set(MOBILISED_INVESTMENT.LINKED_PROGRAMME_ID, cmd.linkedProgrammeId())
                .set(MOBILISED_INVESTMENT.SOURCE_ID, cmd.sourceId())
                .set(MOBILISED_INVESTMENT.SOURCE_LOCATOR, blankToNull(cmd.sourceLocator()))
                .set(MOBILISED_INVESTMENT.VERSION, MOBILISED_INVESTMENT.VERSION.plus(1))
                .where(MOBILISED_INVESTMENT.ID.eq(id)).and(MOBILISED_INVESTMENT.VERSION.eq(cmd.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "mobilised investment", id);
    }

    private void validate(MobilisedCommand cmd, long programmeId) {
        Violations v = new Violations();
        v.addAll(rules.check(cmd));
        if (Text.isBlank(cmd.description())) {
            v.add("description", "finance.error.descriptionRequired");
        }
        if (cmd.amount() == null) {
            v.add("amount", "finance.error.amountRequired");
        } else {
            v.amount("amount", cmd.amount());
        }
        if (cmd.linkedProgrammeId() != null) {
            if (cmd.linkedProgrammeId() == programmeId) {
                v.add("linkedProgrammeId", "finance.error.linkedSelf");
            } else if (!portfolio.programmeExists(cmd.linkedProgrammeId())) {
                v.add("linkedProgrammeId", "finance.error.programmeUnknown");
            }
        }
        if (cmd.sourceId() != null && !dsl.fetchExists(SOURCE, SOURCE.ID.eq(cmd.sourceId()))) {
            v.add("sourceId", "finance.error.sourceUnknown");
        }
        v.throwIfAny();
    }
}
