package org.regiomonitor.voucher.internal;

import static org.regiomonitor.db.Tables.VOUCHER_AWARD;
import static org.regiomonitor.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.SchemeKind;
import org.regiomonitor.shared.InputRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes voucher awards for the pages and the API. Rights: administrators, and programme
 * managers for the programmes they manage ({@link AccessPolicy#canEditProgramme}); when an award moves
 * to another programme, the user needs the right on both.
 */
@Service
public class VoucherService {

    private final DSLContext dsl;
    private final VoucherRepository repository;
    private final AccessPolicy access;
    private final InputRules rules;

    VoucherService(DSLContext dsl, VoucherRepository repository, AccessPolicy access, InputRules rules) {
        this.rules = rules;
        this.dsl = dsl;
        this.repository = repository;
        this.access = access;
    }

    /** Whether the user can edit vouchers of any programme at all (shows the "new" button). */
    public boolean mayEditSomeProgramme(Authentication auth) {
        return UserPrincipal.of(auth).map(u -> u.role() == Role.ADMIN || u.role() == Role.PROGRAMME_MANAGER)
                .orElse(false);
    }

    /** The rules the form breaks, its constraints and then the domain's (empty when none); {@code id} is null for a new award. */
    @Transactional(readOnly = true)
    public List<Violation> check(VoucherForm form, Long id) {
        List<Violation> violations = new ArrayList<>(rules.check(form));
        boolean programmeOk = form.getProgrammeId() != null && repository.programmeExists(form.getProgrammeId());
        if (form.getProgrammeId() != null && !programmeOk) {
            violations.add(new Violation("programmeId", "voucher.programme.invalid"));
        }
        if (form.getProjectId() != null && programmeOk
                && !repository.projectInProgramme(form.getProjectId(), form.getProgrammeId())) {
            violations.add(new Violation("projectId", "voucher.project.notInProgramme"));
        }
        // bean validation reports these to the user; repeated here so no caller can write a null
        if (form.getProgrammeId() == null) {
            violations.add(new Violation("programmeId", "voucher.programme.required"));
        }
        if (Text.isBlank(form.getScheme())) {
            violations.add(new Violation("scheme", "voucher.scheme.required"));
        }
        if (form.getSchemeKind() == null) {
            violations.add(new Violation("schemeKind", "voucher.schemeKind.required"));
        }
        if (form.getQuantity() != null && form.getQuantity() < 1) {
            violations.add(new Violation("quantity", "voucher.quantity.positive"));
        } else if (form.getQuantity() == null && form.getQuantityQualifier() != null
                && form.getQuantityQualifier() != ValueQualifier.EXACT) {
            violations.add(new Violation("quantityQualifier", "voucher.quantityQualifier.needsQuantity"));
        } else if (form.getSchemeKind() != null && form.getQuantityQualifier() == ValueQualifier.EXACT
                && !withinCeiling(form.getSchemeKind(), form.getMaxAmountPerAward(), form.getAmount(),
                        form.getQuantity())) {
            violations.add(form.getMaxAmountPerAward() != null
                    ? new Violation("amount", "voucher.amount.statedMax", form.getMaxAmountPerAward())
                    : new Violation("amount", "voucher.amount.trainingChequeMax", form.getSchemeKind().maxPerAward()));
        }
        if (form.getQuantityQualifier() == null) {
            violations.add(new Violation("quantityQualifier", "voucher.quantityQualifier.required"));
        }
        // a stated maximum is a figure: it needs its source
        if (form.getMaxAmountPerAward() != null && form.getMaxAmountSourceId() == null) {
            violations.add(new Violation("maxAmountSourceId", "voucher.maxAmount.sourceRequired"));
        }
        if (form.getMaxAmountSourceId() != null && !repository.sourceExists(form.getMaxAmountSourceId())) {
            violations.add(new Violation("maxAmountSourceId", "voucher.source.invalid"));
        }
        if (form.getAwardedOn() == null && form.getAwardYear() == null) {
            violations.add(new Violation("awardYear", "voucher.when.required"));
        } else if (form.getAwardedOn() != null && form.getAwardYear() != null
                && form.getAwardedOn().getYear() != form.getAwardYear()) {
            violations.add(new Violation("awardYear", "voucher.awardYear.mismatch"));
        }
        if (form.getMunicipalityId() != null && !repository.isMunicipality(form.getMunicipalityId())) {
            violations.add(new Violation("municipalityId", "voucher.municipality.invalid"));
        }
        if (form.getSourceId() != null && !repository.sourceExists(form.getSourceId())) {
            violations.add(new Violation("sourceId", "voucher.source.invalid"));
        }
        if (id != null && form.getVersion() == null) {
            violations.add(new Violation("version", "voucher.version.required"));
        }
        return violations;
    }

    @Transactional
    public long create(VoucherForm form, Authentication auth) {
        access.require(mayEditSomeProgramme(auth));
        InvalidInputException.refuseIfSet(form.getVersion(), "version");
        requireValid(form, null);
        access.require(access.canEditProgramme(auth, form.getProgrammeId()));
        long id = dsl.insertInto(VOUCHER_AWARD)
                .set(values(form))
                .returning(VOUCHER_AWARD.ID)
                .fetchSingle(VOUCHER_AWARD.ID);
        return id;
    }

    @Transactional
    public void update(long id, VoucherForm form, Authentication auth) {
        access.require(mayEditSomeProgramme(auth));
        long currentProgramme = repository.programmeOf(id).orElseThrow(() -> new NotFoundException("voucher", id));
        access.require(access.canEditProgramme(auth, currentProgramme));
        requireValid(form, id);
        if (form.getProgrammeId() != currentProgramme) {
            access.require(access.canEditProgramme(auth, form.getProgrammeId()));
        }
        int updated = dsl.update(VOUCHER_AWARD)
                .set(values(form))
                .set(VOUCHER_AWARD.VERSION, VOUCHER_AWARD.VERSION.plus(1))
                .where(VOUCHER_AWARD.ID.eq(id))
                .and(VOUCHER_AWARD.VERSION.eq(form.getVersion()))
                .execute();
        StaleEditException.unlessChanged(updated, "voucher", id);
    }

    private void requireValid(VoucherForm form, Long id) {
        List<Violation> violations = check(form, id);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String describe(VoucherForm form) {
        return Text.strip(form.getScheme()) + " x" + form.getQuantity()
                + (form.getAmount() == null ? "" : " EUR " + form.getAmount().toPlainString());
    }

    /**
     * Whether the amount stays within the ceiling per award: the maximum the scheme states, else the fixed
     * one of the scheme kind. Unknown amounts and unknown counts do.
     */
    public static boolean withinCeiling(SchemeKind kind, BigDecimal statedMax, BigDecimal amount, Integer quantity) {
        BigDecimal max = statedMax != null ? statedMax : kind.maxPerAward();
        return max == null || amount == null || quantity == null
                || amount.compareTo(max.multiply(BigDecimal.valueOf(quantity))) <= 0;
    }

    /** The columns that create and update both write. */
    private static Map<Field<?>, Object> values(VoucherForm form) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(VOUCHER_AWARD.PROGRAMME_ID, form.getProgrammeId());
        v.put(VOUCHER_AWARD.PROJECT_ID, form.getProjectId());
        v.put(VOUCHER_AWARD.SCHEME, Text.strip(form.getScheme()));
        v.put(VOUCHER_AWARD.SCHEME_KIND, form.getSchemeKind());
        v.put(VOUCHER_AWARD.QUANTITY, form.getQuantity());
        v.put(VOUCHER_AWARD.QUANTITY_QUALIFIER, form.getQuantityQualifier());
        v.put(VOUCHER_AWARD.AMOUNT, form.getAmount());
        v.put(VOUCHER_AWARD.MAX_AMOUNT_PER_AWARD, form.getMaxAmountPerAward());
        v.put(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID, form.getMaxAmountSourceId());
        v.put(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_LOCATOR, blankToNull(form.getMaxAmountSourceLocator()));
        v.put(VOUCHER_AWARD.AWARDED_ON, form.getAwardedOn());
        v.put(VOUCHER_AWARD.AWARD_YEAR, form.effectiveYear());
        v.put(VOUCHER_AWARD.MUNICIPALITY_ID, form.getMunicipalityId());
        v.put(VOUCHER_AWARD.RECIPIENT_KIND, form.getRecipientKind());
        v.put(VOUCHER_AWARD.PUBLISHED, form.isPublished());
        v.put(VOUCHER_AWARD.SOURCE_ID, form.getSourceId());
        v.put(VOUCHER_AWARD.SOURCE_LOCATOR, blankToNull(form.getSourceLocator()));
        return v;
    }
}
