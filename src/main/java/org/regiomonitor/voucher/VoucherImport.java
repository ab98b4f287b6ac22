package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Bulk import of voucher awards (the reference-data loader), inside the caller's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class VoucherImport {

    /** {@code quantity} null is an unknown count; {@code maxAmountPerAward} the scheme's stated maximum. */
    public record NewVoucher(long programmeId, Long projectId, String scheme, SchemeKind schemeKind, Integer quantity,
            ValueQualifier quantityQualifier, BigDecimal amount, BigDecimal maxAmountPerAward,
            Long maxAmountSourceId, String maxAmountSourceLocator, LocalDate awardedOn, Integer awardYear, Long municipalityId,
            RecipientKind recipientKind, boolean published, Long sourceId, String sourceLocator) {
    }

    private final DSLContext dsl;

    VoucherImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the awards in one statement. */
    public void vouchers(List<NewVoucher> vouchers) {
        if (vouchers.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID, VOUCHER_AWARD.PROJECT_ID,
                VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY,
                VOUCHER_AWARD.QUANTITY_QUALIFIER, VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.MAX_AMOUNT_PER_AWARD,
                VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID, VOUCHER_AWARD.MAX_AMOUNT_SOURCE_LOCATOR,
                VOUCHER_AWARD.AWARDED_ON, VOUCHER_AWARD.AWARD_YEAR, VOUCHER_AWARD.MUNICIPALITY_ID,
                VOUCHER_AWARD.RECIPIENT_KIND, VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID,
                VOUCHER_AWARD.SOURCE_LOCATOR);
        for (NewVoucher v : vouchers) {
            insert = insert.values(v.programmeId(), v.projectId(), v.scheme(), v.schemeKind(), v.quantity(),
                    v.quantityQualifier(), v.amount(), v.maxAmountPerAward(), v.maxAmountSourceId(),
                    v.maxAmountSourceLocator(), v.awardedOn(), v.awardYear(), v.municipalityId(), v.recipientKind(), v.published(),
                    v.sourceId(), v.sourceLocator());
        }
        insert.execute();
    }
}
