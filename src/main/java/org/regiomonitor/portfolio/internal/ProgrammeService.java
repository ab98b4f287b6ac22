package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes programmes. Order of checks: existence (404), rights (403), input (400, nothing
 * written), version (409).
 */
@Service
public class ProgrammeService {

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final InputRules rules;
    private final ReferenceChecks references;

    ProgrammeService(DSLContext dsl, AccessPolicy policy, InputRules rules,
            ReferenceChecks references) {
        this.dsl = dsl;
        this.policy = policy;
        this.rules = rules;
        this.references = references;
    }

    @Transactional
    public long create(ProgrammeInput in, Authentication auth) {
        policy.require(policy.canManageReferenceData(auth));
        InvalidInputException.refuseIfSet(in.version(), "version");
        InputRules.throwIfAny(violations(in, null));
        long id = dsl.insertInto(PROGRAMME)
                .set(values(in))
                .returning(PROGRAMME.ID)
                .fetchSingle(PROGRAMME.ID);
        return id;
    }

    @Transactional
    public void update(long id, ProgrammeInput in, Authentication auth) {
        if (!dsl.fetchExists(PROGRAMME, PROGRAMME.ID.eq(id))) {
            throw new NotFoundException("programme", id);
        }
        policy.require(policy.canEditProgramme(auth, id));
        List<Violation> violations = violations(in, id);
        if (in.version() == null) {
            violations.add(new Violation("version", "portfolio.error.required"));
        }
        InputRules.throwIfAny(violations);
        if (!write(id, in.version(), in)) {
            throw new StaleEditException("programme", id);
        }
    }

    /** Bean constraints and domain rules; {@code id} is the programme being edited (null when new). */
    public List<Violation> violations(ProgrammeInput in, Long id) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (in.startYear() != null && in.endYear() != null && in.endYear() < in.startYear()
                && !InputRules.hasViolation(out, "endYear")) {
            out.add(new Violation("endYear", "portfolio.error.endBeforeStart"));
        }
        if (!Text.isBlank(in.code()) && dsl.fetchExists(PROGRAMME,
                PROGRAMME.CODE.equalIgnoreCase(Text.strip(in.code())).and(id == null ? PROGRAMME.ID.isNotNull()
                        : PROGRAMME.ID.ne(id)))) {
            out.add(new Violation("code", "portfolio.error.codeTaken"));
        }
        // A figure without its source cannot be accounted for.
        if (in.budgetCeiling() != null && in.budgetCeilingSourceId() == null) {
            out.add(new Violation("budgetCeilingSourceId", "portfolio.error.sourceRequired"));
        }
        if (in.expectedInvestment() != null && in.expectedInvestmentSourceId() == null) {
            out.add(new Violation("expectedInvestmentSourceId", "portfolio.error.sourceRequired"));
        }
        if (in.investmentVolume() != null && in.investmentVolumeSourceId() == null) {
            out.add(new Violation("investmentVolumeSourceId", "portfolio.error.sourceRequired"));
        }
        if (in.multiplierTarget() != null && in.multiplierTargetSourceId() == null) {
            out.add(new Violation("multiplierTargetSourceId", "portfolio.error.sourceRequired"));
        }
        if (in.ownerOrganisationId() != null
                && references.organisations(List.of(in.ownerOrganisationId())).isEmpty()) {
            out.add(new Violation("ownerOrganisationId", ReferenceChecks.UNKNOWN));
        }
        references.sources(out, List.of("budgetCeilingSourceId", "expectedInvestmentSourceId",
                "investmentVolumeSourceId", "multiplierTargetSourceId", "sourceId"),
                Arrays.asList(in.budgetCeilingSourceId(), in.expectedInvestmentSourceId(),
                        in.investmentVolumeSourceId(), in.multiplierTargetSourceId(), in.sourceId()));
        return out;
    }

    /** Writes all fields if the version matches; false when someone else saved in between. */
    private boolean write(long id, int version, ProgrammeInput in) {
        return dsl.update(PROGRAMME)
                .set(values(in))
                .set(PROGRAMME.VERSION, PROGRAMME.VERSION.plus(1))
                .where(PROGRAMME.ID.eq(id))
                .and(PROGRAMME.VERSION.eq(version))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> values(ProgrammeInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(PROGRAMME.CODE, Text.strip(in.code()));
        v.put(PROGRAMME.NAME, Text.strip(in.name()));
        v.put(PROGRAMME.START_YEAR, in.startYear());
        v.put(PROGRAMME.END_YEAR, in.endYear());
        v.put(PROGRAMME.DESCRIPTION, blankToNull(in.description()));
        v.put(PROGRAMME.OWNER_ORGANISATION_ID, in.ownerOrganisationId());
        v.put(PROGRAMME.BUDGET_CEILING, in.budgetCeiling());
        v.put(PROGRAMME.BUDGET_CEILING_SOURCE_ID, in.budgetCeilingSourceId());
        v.put(PROGRAMME.BUDGET_CEILING_SOURCE_LOCATOR, blankToNull(in.budgetCeilingSourceLocator()));
        v.put(PROGRAMME.EXPECTED_INVESTMENT, in.expectedInvestment());
        v.put(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID, in.expectedInvestmentSourceId());
        v.put(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_LOCATOR, blankToNull(in.expectedInvestmentSourceLocator()));
        v.put(PROGRAMME.INVESTMENT_VOLUME, in.investmentVolume());
        v.put(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID, in.investmentVolumeSourceId());
        v.put(PROGRAMME.INVESTMENT_VOLUME_SOURCE_LOCATOR, blankToNull(in.investmentVolumeSourceLocator()));
        v.put(PROGRAMME.MULTIPLIER_TARGET, in.multiplierTarget());
        v.put(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID, in.multiplierTargetSourceId());
        v.put(PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR, blankToNull(in.multiplierTargetSourceLocator()));
        v.put(PROGRAMME.STATUS, in.status());
        v.put(PROGRAMME.PUBLISHED, in.isPublished());
        v.put(PROGRAMME.SOURCE_ID, in.sourceId());
        v.put(PROGRAMME.SOURCE_LOCATOR, blankToNull(in.sourceLocator()));
        return v;
    }
}
