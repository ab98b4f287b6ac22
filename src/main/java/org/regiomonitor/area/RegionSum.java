package org.regiomonitor.area;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.shared.SourceRef;

/**
 * A statistic summed over the direct members of a region, e.g. Twente's population 2024 as the sum of
 * its 14 municipalities' CBS rows. The rows that make up the sum are included, so the equality can be shown.
 *
 * @param total               the exact sum of the members' values; null when no member has a value
 * @param rows                every member with its value (null when the member has no figure) and source
 * @param sources             the distinct sources of the summed rows, each with the rows' locators joined
 */
public record RegionSum(AreaSummary region, Statistic statistic, int period, BigDecimal total,
        List<MemberValue> rows, List<SourceRef> sources) {

    /** One member's figure in the sum. */
    public record MemberValue(AreaSummary member, BigDecimal value, SourceRef source) {
    }

    public RegionSum {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }

    public int memberCount() {
        return rows.size();
    }

    public int membersWithValue() {
        return (int) rows.stream().filter(r -> r.value() != null).count();
    }

    /** Members that have no figure for this statistic and period (the sum then covers fewer members). */
    public List<AreaSummary> membersWithoutValue() {
        return rows.stream().filter(r -> r.value() == null).map(MemberValue::member).toList();
    }

    /** True when every member contributed a figure. */
    public boolean complete() {
        return !rows.isEmpty() && membersWithValue() == memberCount();
    }
}
