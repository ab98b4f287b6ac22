package org.regiomonitor.voucher;

import org.regiomonitor.shared.ValueQualifier;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.Areas;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.SourceLines;
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

    /** The municipalities a summary names one by one (most awards first); the rest are one row. */
    public static final int MUNICIPALITIES_SHOWN = 20;

    /**
     * Totals overall and per programme, scheme and municipality, for the given filter: the
     * {@value #MUNICIPALITIES_SHOWN} municipalities with the most awards (and the awards without one), the others
     * together. Three queries, each returning a row per group and source document.
     */
    public VoucherSummary summary(VoucherFilter filter, boolean includeUnpublished) {
        Condition where = condition(filter, includeUnpublished);
        List<Part> byProgramme = byProgramme(where);
        List<Part> byMunicipality = byMunicipality(where);
        List<VoucherGroupTotals> shown = new ArrayList<>();
        Set<Long> others = new java.util.HashSet<>();
        int named = 0;
        for (VoucherGroupTotals g : groups(byMunicipality)) {
            if (g.id() == null || named++ < MUNICIPALITIES_SHOWN) {
                shown.add(g);
            } else {
                others.add(g.id());
            }
        }
        VoucherSummary.Others rest = others.isEmpty() ? null : new VoucherSummary.Others(others.size(),
                totals(byMunicipality.stream().filter(p -> p.id() != null && others.contains(p.id())).toList()));
        return new VoucherSummary(totals(byProgramme), groups(byProgramme), groups(byScheme(where)), shown, rest);
    }

    /** Totals of one programme's awards. One query. */
    public VoucherTotals totalsForProgramme(long programmeId, boolean includeUnpublished) {
        return totals(byProgramme(condition(new VoucherFilter(programmeId, null, null, null), includeUnpublished)));
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
        List<Part> byProgramme = byProgramme(where);
        return new AreaVouchers(areaId, code, name, totals(byProgramme), groups(byProgramme), groups(byScheme(where)));
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

    private List<Part> byProgramme(Condition where) {
        return parts(where, VOUCHER_AWARD.PROGRAMME_ID, PortfolioSql.programmeCode(VOUCHER_AWARD.PROGRAMME_ID),
                PortfolioSql.programmeName(VOUCHER_AWARD.PROGRAMME_ID));
    }

    private List<Part> byScheme(Condition where) {
        return parts(where, null, VOUCHER_AWARD.SCHEME_KIND.convertFrom(String.class, SchemeKind::name),
                VOUCHER_AWARD.SCHEME);
    }

    private List<Part> byMunicipality(Condition where) {
        return parts(where, VOUCHER_AWARD.MUNICIPALITY_ID, AreaSql.code(VOUCHER_AWARD.MUNICIPALITY_ID),
                AreaSql.name(VOUCHER_AWARD.MUNICIPALITY_ID));
    }

    /**
     * The awards of one group citing one source document (or none): their sums, and the number of places they cite
     * in it, with the places themselves only when they are few (a page shows each of at most SourceLines.MAX).
     */
    private record Part(Long id, String key, String label, long awards, ValueQualifier qualifier, long withAmount,
            BigDecimal amount, long unknown, SourceRef document, int places, List<String> locators) {
    }

    /**
     * One row per group and source document; {@code groupId} may be null when the group has no id (schemes). The
     * rows are bounded by groups times documents however many awards cite a document.
     */
    private List<Part> parts(Condition where, Field<Long> groupId, Field<String> key, Field<String> label) {
        Field<Long> id = groupId == null ? DSL.inline(null, SQLDataType.BIGINT).as("group_id") : groupId;
        // key and label of an id group are scalar subqueries on the grouped id
        List<Field<?>> groupBy = new ArrayList<>(groupId == null ? List.of(key, label) : List.of(groupId));
        groupBy.addAll(List.of(SOURCE.ID, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL));
        Field<BigDecimal> awards = DSL.sum(VOUCHER_AWARD.QUANTITY);
        Field<BigDecimal> withAmount = DSL.sum(VOUCHER_AWARD.QUANTITY).filterWhere(VOUCHER_AWARD.AMOUNT.isNotNull());
        Field<BigDecimal> unknown = DSL.sum(VOUCHER_AWARD.QUANTITY).filterWhere(VOUCHER_AWARD.AMOUNT.isNull());
        Field<BigDecimal> amount = DSL.sum(VOUCHER_AWARD.AMOUNT);
        Field<ValueQualifier[]> qualifiers = DSL.arrayAggDistinct(VOUCHER_AWARD.QUANTITY_QUALIFIER);
        Field<Boolean> unknownCount = DSL.boolOr(VOUCHER_AWARD.QUANTITY.isNull());
        Field<Integer> locatorCount = DSL.countDistinct(VOUCHER_AWARD.SOURCE_LOCATOR);
        Field<Boolean> withoutLocator = DSL.boolOr(VOUCHER_AWARD.SOURCE_LOCATOR.isNull());
        Field<String[]> locators = DSL.when(locatorCount.le(SourceLines.MAX),
                DSL.arrayAggDistinct(VOUCHER_AWARD.SOURCE_LOCATOR));
        return dsl.select(id, key, label, awards, qualifiers, unknownCount, withAmount, amount, unknown, SOURCE.CODE,
                        SOURCE.TITLE, SOURCE.URL, locatorCount, withoutLocator, locators)
                .from(VOUCHER_AWARD)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID))
                .where(where)
                .groupBy(groupBy)
                .fetch(r -> {
                    String code = r.get(SOURCE.CODE);
                    int places = code == null ? 0
                            : r.get(locatorCount) + (Boolean.TRUE.equals(r.get(withoutLocator)) ? 1 : 0);
                    return new Part(r.get(id), r.get(key), r.get(label), longValue(r.get(awards)),
                            ValueQualifier.combineAll(r.get(qualifiers))
                                    .combine(Boolean.TRUE.equals(r.get(unknownCount)) ? ValueQualifier.AT_LEAST : null),
                            longValue(r.get(withAmount)), r.get(amount), longValue(r.get(unknown)),
                            code == null ? null : new SourceRef(code, r.get(SOURCE.TITLE), null, r.get(SOURCE.URL)),
                            places, r.get(locators) == null ? List.of() : Arrays.asList(r.get(locators)));
                });
    }

    /** The groups of the parts, most awards first, then by label (the awards without a label last). */
    private static List<VoucherGroupTotals> groups(List<Part> parts) {
        Map<List<Object>, List<Part>> byGroup = new LinkedHashMap<>();
        for (Part p : parts) {
            byGroup.computeIfAbsent(Arrays.asList(p.id(), p.key(), p.label()), k -> new ArrayList<>()).add(p);
        }
        return byGroup.values().stream()
                .map(g -> new VoucherGroupTotals(g.getFirst().id(), g.getFirst().key(), g.getFirst().label(),
                        totals(g)))
                .sorted(Comparator.comparingLong((VoucherGroupTotals g) -> g.totals().awards()).reversed()
                        .thenComparing(VoucherGroupTotals::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * What disjoint parts add up to. When every part lists its places, they are merged (a place cited in two groups
     * once); else a document's places are the sum of its parts' (a place cited by awards of two groups counts in
     * each: the groups are what the query counted distinct places in).
     */
    private static VoucherTotals totals(List<Part> parts) {
        long awards = 0;
        ValueQualifier qualifier = ValueQualifier.EXACT;
        long withAmount = 0;
        long unknown = 0;
        BigDecimal amount = null;
        Map<String, SourceRef> documents = new LinkedHashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Set<SourceRef> each = new LinkedHashSet<>();
        boolean listed = true;
        for (Part p : parts) {
            awards += p.awards();
            qualifier = qualifier.combine(p.qualifier());
            withAmount += p.withAmount();
            unknown += p.unknown();
            if (p.amount() != null) {
                amount = amount == null ? p.amount() : amount.add(p.amount());
            }
            if (p.document() != null) {
                documents.putIfAbsent(p.document().code(), p.document());
                places.merge(p.document().code(), p.places(), Integer::sum);
                listed &= p.places() <= SourceLines.MAX;
                for (String locator : p.locators()) {
                    each.add(new SourceRef(p.document().code(), p.document().title(), locator, p.document().url()));
                }
            }
        }
        List<SourceRef> refs = each.stream().sorted(Comparator.comparing(SourceRef::label)).toList();
        SourceLines sources = listed ? SourceLines.of(refs)
                : SourceLines.ofDocuments(documents.values().stream()
                        .sorted(Comparator.comparing(SourceRef::title).thenComparing(SourceRef::code))
                        .map(d -> new SourceLines.Line(d, places.get(d.code()))).toList());
        return new VoucherTotals(awards, qualifier, withAmount, amount, unknown, sources);
    }

    private static long longValue(BigDecimal n) {
        return n == null ? 0 : n.longValueExact();
    }
}
