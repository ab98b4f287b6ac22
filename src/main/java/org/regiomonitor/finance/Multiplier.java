package org.regiomonitor.finance;

import java.math.BigDecimal;

/**
 * The multiplier of a programme: total public and private investment mobilised, divided by the
 * regional contribution (the current committed amounts of the programme's own budget lines in
 * regional funder categories). Computed at {@link Ratios#RATIO_SCALE} (2) decimals, rounded half up:
 * Agenda voor Twente 198,000,000 / 13,000,000 = 15.23 (shown with one decimal, 15.2). Compared with
 * the target at that scale.
 *
 * @param mobilised            sum of the mobilised investments; null when none is recorded
 * @param regionalContribution regional contribution; null when unknown
 * @param value                the multiplier; null when undefined (either part unknown, or no regional money)
 * @param target               the programme's target; null when it has none
 * @param status               how the value compares with the target
 */
public record Multiplier(BigDecimal mobilised, BigDecimal regionalContribution, BigDecimal value,
        BigDecimal target, Status status) {

    public enum Status {
        ON_TARGET, BELOW_TARGET, NO_TARGET, UNDEFINED;

        /** Message key of the badge text, e.g. {@code finance.multiplier.status.ON_TARGET}. */
        public String messageKey() {
            return "finance.multiplier.status." + name();
        }

        /** CSS badge class. */
        public String badgeClass() {
            return switch (this) {
                case ON_TARGET -> "ok";
                case BELOW_TARGET -> "bad";
                case NO_TARGET, UNDEFINED -> "warn";
            };
        }
    }

    public static Multiplier of(BigDecimal mobilised, BigDecimal regionalContribution, BigDecimal target) {
        BigDecimal value = Ratios.ratio(mobilised, regionalContribution);
        Status status;
        if (value == null) {
            status = Status.UNDEFINED;
        } else if (target == null) {
            status = Status.NO_TARGET;
        } else {
            status = value.compareTo(target) >= 0 ? Status.ON_TARGET : Status.BELOW_TARGET;
        }
        return new Multiplier(mobilised, regionalContribution, value, target, status);
    }

    public boolean defined() {
        return value != null;
    }
}
