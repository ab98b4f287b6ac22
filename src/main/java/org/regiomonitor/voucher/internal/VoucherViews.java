package org.regiomonitor.voucher.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;

/** The read models of the voucher pages and API. */
public final class VoucherViews {

    private VoucherViews() {
    }

    /**
     * One voucher row (standing for {@code quantity} awards, null when unknown, qualified by
     * {@code quantityQualifier}; {@code amount} is their total, null when unknown; {@code maxAmountPerAward}
     * the scheme's stated maximum of one award, with its source). Project fields are null when there is no
     * project or the caller may not see it.
     */
    public record VoucherDetail(long id, long programmeId, String programmeCode, String programmeName, Long projectId,
            String projectTitle, String scheme, SchemeKind schemeKind, Integer quantity,
            ValueQualifier quantityQualifier, BigDecimal amount, BigDecimal maxAmountPerAward,
            Long maxAmountSourceId, String maxAmountSourceLocator, SourceRef maxAmountSource,
            LocalDate awardedOn, Integer awardYear, Long municipalityId, String municipalityCode,
            String municipalityName, RecipientKind recipientKind, boolean published, Long sourceId,
            String sourceLocator, SourceRef source, int version) {

        /** The year shown: the award year, else the year of the date. */
        public Integer year() {
            return awardYear != null ? awardYear : awardedOn == null ? null : awardedOn.getYear();
        }
    }

    public record ProgrammeOption(long id, String code, String name) {
    }

    public record AreaOption(long id, String code, String name) {
    }
}
