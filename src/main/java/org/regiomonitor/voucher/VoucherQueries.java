package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.Areas;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voucher totals for pages of any feature. Every method costs a bounded number of queries (one per
 * grouping). {@code includeUnpublished}: pass {@code AccessPolicy.canSeeUnpublished(auth)}; anonymous
 * visitors see only published awards of published programmes.
 */
@Service
@Transactional(readOnly = true)
public class VoucherQueries {

    private final DSLContext dsl;
    private final Areas areas;

    VoucherQueries(DSLContext dsl, Areas areas) {
        this.dsl = dsl;
        this.areas = areas;
    }

    /** Totals overall and per programme, scheme and municipality, for the given filter. Three queries. */
    public VoucherSummary summary(VoucherFilter filter, boolean includeUnpublished) {
        Condition where = condition(filter, includeUnpublished);
        List<VoucherGroupTotals> byProgramme = byProgramme(where);
        return new VoucherSummary(VoucherTotals.sum(byProgramme.stream().map(VoucherGroupTotals::totals).toList()),
                byProgramme, byScheme(where), byMunicipality(where));
    }

    /** Totals of one programme's awards. One query. */
    public VoucherTotals totalsForProgramme(long programmeId, boolean includeUnpublished) {
        Condition where = condition(new VoucherFilter(programmeId, null, null, null), includeUnpublished);
        return VoucherTotals.sum(byProgramme(where).stream().map(VoucherGroupTotals::totals).toList());
    }

    /**
     * What reached a municipality ("what reaches Almelo"), by area code such as {@code GM0141}; for a
     * region such as {@code CR12} the awards in its member municipalities count too. Empty when no
     * area has this code. Three queries.
     */
    public Optional<AreaVouchers> summaryByMunicipality(String areaCode, boolean includeUnpublished) {
        return areas.find(areaCode).map(a -> forArea(a.id(), a.code(), a.name(), includeUnpublished));
    }

    private AreaVouchers forArea(long areaId, String code, String name, boolean includeUnpublished) {
        Condition where = visible(includeUnpublished).and(VOUCHER_AWARD.MUNICIPALITY_ID.eq(areaId)
                .or(VOUCHER_AWARD.MUNICIPALITY_ID.in(AreaSql.memberIds(areaId))));
        List<VoucherGroupTotals> byProgramme = byProgramme(where);
        return new AreaVouchers(areaId, code, name,
                VoucherTotals.sum(byProgramme.stream().map(VoucherGroupTotals::totals).toList()),
                byProgramme, byScheme(where));
    }

    /** The condition of a filter plus visibility; also used by the voucher list. */
    public static Condition condition(VoucherFilter f, boolean includeUnpublished) {
        Condition c = visible(includeUnpublished);
        if (f.programmeId() != null) {
            c = c.and(VOUCHER_AWARD.PROGRAMME_ID.eq(f.programmeId()));
        }
        if (f.schemeKind() != null) {
            c = c.and(VOUCHER_AWARD.SCHEME_KIND.eq(f.schemeKind()));
        }
        if (!Text.isBlank(f.municipality())) {
            c = c.and(VOUCHER_AWARD.MUNICIPALITY_ID.in(AreaSql.idWithCode(Text.strip(f.municipality()))));
        }
        if (f.year() != null) {
            c = c.and(awardYear().eq(f.year()));
        }
        return c;
    }

    /** The year of an award: its award year, else the year of its date. */
    public static Field<Integer> awardYear() {
        return DSL.coalesce(VOUCHER_AWARD.AWARD_YEAR, DSL.extract(VOUCHER_AWARD.AWARDED_ON, DatePart.YEAR));
    }

    /** The publication rule for vouchers: anonymous visitors see published awards of published programmes. */
    public static Condition visible(boolean includeUnpublished) {
        return includeUnpublished ? DSL.trueCondition()
                : VOUCHER_AWARD.PUBLISHED.isTrue()
                        .and(VOUCHER_AWARD.PROGRAMME_ID.in(PortfolioSql.visibleProgrammeIds(false)));
    }

    private List<VoucherGroupTotals> byProgramme(Condition where) {
        return grouped(where, VOUCHER_AWARD.PROGRAMME_ID, PortfolioSql.programmeCode(VOUCHER_AWARD.PROGRAMME_ID),
                PortfolioSql.programmeName(VOUCHER_AWARD.PROGRAMME_ID));
    }

    private List<VoucherGroupTotals> byScheme(Condition where) {
        return grouped(where, null, VOUCHER_AWARD.SCHEME_KIND.convertFrom(String.class, SchemeKind::name),
                VOUCHER_AWARD.SCHEME);
    }

    private List<VoucherGroupTotals> byMunicipality(Condition where) {
        return grouped(where, VOUCHER_AWARD.MUNICIPALITY_ID, AreaSql.code(VOUCHER_AWARD.MUNICIPALITY_ID),
                AreaSql.name(VOUCHER_AWARD.MUNICIPALITY_ID));
    }

    /** One row per group; {@code groupId} may be null when the group has no id (schemes). */
    private List<VoucherGroupTotals> grouped(Condition where, Field<Long> groupId, Field<String> key,
            Field<String> label) {
        Field<Long> id = groupId == null ? DSL.inline(null, SQLDataType.BIGINT).as("group_id") : groupId;
        // key and label of an id group are scalar subqueries on the grouped id
        List<Field<?>> groupBy = groupId == null ? List.of(key, label) : List.of(groupId);
        Field<BigDecimal> awards = DSL.sum(VOUCHER_AWARD.QUANTITY);
        Field<BigDecimal> withAmount = DSL.sum(VOUCHER_AWARD.QUANTITY).filterWhere(VOUCHER_AWARD.AMOUNT.isNotNull());
        Field<BigDecimal> unknown = DSL.sum(VOUCHER_AWARD.QUANTITY).filterWhere(VOUCHER_AWARD.AMOUNT.isNull());
        Field<BigDecimal> amount = DSL.sum(VOUCHER_AWARD.AMOUNT);
        Field<ValueQualifier[]> qualifiers = DSL.arrayAggDistinct(VOUCHER_AWARD.QUANTITY_QUALIFIER);
        Field<Boolean> unknownCount = DSL.boolOr(VOUCHER_AWARD.QUANTITY.isNull());
        Field<Result<Record4<String, String, String, String>>> sources = DSL
                .multisetAgg(SOURCE.CODE, SOURCE.TITLE, VOUCHER_AWARD.SOURCE_LOCATOR, SOURCE.URL)
                .filterWhere(SOURCE.ID.isNotNull());
        return dsl.select(id, key, label, awards, qualifiers, unknownCount, withAmount, amount, unknown, sources)
                .from(VOUCHER_AWARD)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID))
                .where(where)
                .groupBy(groupBy)
                .orderBy(awards.desc(), label.asc().nullsLast())
                .fetch(r -> new VoucherGroupTotals(r.get(id), r.get(key), r.get(label), new VoucherTotals(
                        longValue(r.get(awards)), ValueQualifier.combineAll(r.get(qualifiers))
                                .combine(Boolean.TRUE.equals(r.get(unknownCount)) ? ValueQualifier.AT_LEAST : null),
                        longValue(r.get(withAmount)), r.get(amount),
                        longValue(r.get(unknown)), sourceRefs(r.get(sources)))));
    }

    private static long longValue(BigDecimal n) {
        return n == null ? 0 : n.longValueExact();
    }

    private static List<SourceRef> sourceRefs(Result<Record4<String, String, String, String>> rows) {
        if (rows == null) {
            return List.of();
        }
        Set<SourceRef> refs = new LinkedHashSet<>();
        for (Record4<String, String, String, String> r : rows) {
            if (r.value1() != null) {
                refs.add(new SourceRef(r.value1(), r.value2(), r.value3(), r.value4()));
            }
        }
        return refs.stream().sorted(Comparator.comparing(SourceRef::label)).toList();
    }
}
