package org.regiomonitor.area.internal;

import static org.jooq.impl.DSL.selectOne;

import static org.jooq.impl.DSL.notExists;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.FUNDER_CATEGORY;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.db.tables.BudgetRevision;
import org.regiomonitor.shared.SourceColumns;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Component;

/**
 * What reaches a municipality: projects, vouchers and project budgets. Read-model queries straight on the
 * portfolio, voucher and finance tables; each method is one query. {@code seeUnpublished} is false for
 * anonymous visitors, who see only published projects and vouchers.
 */
@Component
public class ReachQueries {

    private static final BudgetRevision CURRENT = BUDGET_REVISION.as("current_revision");
    private static final BudgetRevision OTHER = BUDGET_REVISION.as("other_revision");

    private final DSLContext dsl;

    ReachQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Projects linked to the area through project_area. */
    public List<ReachingProject> projectsReaching(long areaId, boolean seeUnpublished) {
        return projects(PROJECT.ID.in(select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                .where(PROJECT_AREA.AREA_ID.eq(areaId))), seeUnpublished);
    }

    /** Region-wide projects, except those already linked to the area itself. */
    public List<ReachingProject> regionWideProjects(long areaId, boolean seeUnpublished) {
        return projects(PROJECT.REGION_WIDE.isTrue().and(PROJECT.ID.notIn(select(PROJECT_AREA.PROJECT_ID)
                .from(PROJECT_AREA).where(PROJECT_AREA.AREA_ID.eq(areaId)))), seeUnpublished);
    }

    private List<ReachingProject> projects(Condition which, boolean seeUnpublished) {
        return dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS, PROJECT.PUBLISHED, PROJECT.START_DATE,
                        PROJECT.END_DATE, ORGANISATION.NAME)
                .from(PROJECT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.LEAD_ORGANISATION_ID))
                .where(which)
                .and(seeUnpublished ? noCondition() : PROJECT.PUBLISHED.isTrue())
                .orderBy(PROJECT.TITLE, PROJECT.ID)
                // read as text: the status enum belongs to portfolio, which depends on area
                .fetch(r -> new ReachingProject(r.value1(), r.value2(), r.get(PROJECT.STATUS, String.class),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Vouchers awarded in the municipality, per scheme, with a total. */
    public VoucherSummary vouchers(long municipalityId, boolean seeUnpublished) {
        var rows = dsl.select(VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY,
                        VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(VOUCHER_AWARD)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID))
                .where(VOUCHER_AWARD.MUNICIPALITY_ID.eq(municipalityId))
                .and(seeUnpublished ? noCondition() : VOUCHER_AWARD.PUBLISHED.isTrue())
                .orderBy(VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.ID)
                .fetch();
        Map<List<String>, List<Record>> byScheme = rows.stream().collect(Collectors.groupingBy(
                // the kind as text, like the status above
                r -> List.of(r.get(VOUCHER_AWARD.SCHEME), r.get(VOUCHER_AWARD.SCHEME_KIND, String.class)),
                LinkedHashMap::new, Collectors.toList()));
        List<VoucherSummary.Group> groups = new ArrayList<>();
        byScheme.forEach((key, list) -> groups.add(voucherGroup(key.get(0), key.get(1), list)));
        List<Record> all = new ArrayList<>(rows);
        List<SourceRef> sources = SourceRefs.joined(all,
                r -> SourceColumns.of(SOURCE).ref(r, VOUCHER_AWARD.SOURCE_LOCATOR));
        return new VoucherSummary(groups, voucherGroup(null, null, all), sources);
    }

    private static VoucherSummary.Group voucherGroup(String scheme, String kind, List<Record> rows) {
        long awards = 0;
        long unknown = 0;
        BigDecimal known = null;
        for (Record r : rows) {
            int quantity = r.get(VOUCHER_AWARD.QUANTITY);
            awards += quantity;
            BigDecimal amount = r.get(VOUCHER_AWARD.AMOUNT);
            if (amount == null) {
                unknown += quantity;
            } else {
                known = known == null ? amount : known.add(amount);
            }
        }
        return new VoucherSummary.Group(scheme, kind, awards, known, unknown);
    }

    /**
     * The budget lines of the projects linked to the area (project_area), each at its highest revision,
     * totalled per funder category (in the categories' report order).
     */
    public MoneySummary money(long areaId, boolean seeUnpublished) {
        var rows = dsl.select(BUDGET_LINE.ID, PROJECT.ID, PROJECT.TITLE, FUNDER.NAME, FUNDER.CATEGORY_CODE,
                        BUDGET_LINE.YEAR, CURRENT.REVISION, CURRENT.BUDGETED, CURRENT.COMMITTED, CURRENT.REALISED,
                        CURRENT.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(BUDGET_LINE)
                .join(PROJECT).on(PROJECT.ID.eq(BUDGET_LINE.PROJECT_ID))
                .join(FUNDER).on(FUNDER.ID.eq(BUDGET_LINE.FUNDER_ID))
                .join(FUNDER_CATEGORY).on(FUNDER_CATEGORY.CODE.eq(FUNDER.CATEGORY_CODE))
                // every line has revision 1 from its creation; the current one has no later revision
                .join(CURRENT).on(CURRENT.BUDGET_LINE_ID.eq(BUDGET_LINE.ID))
                    .and(notExists(selectOne().from(OTHER).where(OTHER.BUDGET_LINE_ID.eq(CURRENT.BUDGET_LINE_ID))
                            .and(OTHER.REVISION.gt(CURRENT.REVISION))))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(CURRENT.SOURCE_ID))
                .where(PROJECT.ID.in(select(PROJECT_AREA.PROJECT_ID).from(PROJECT_AREA)
                        .where(PROJECT_AREA.AREA_ID.eq(areaId))))
                .and(seeUnpublished ? noCondition() : PROJECT.PUBLISHED.isTrue())
                .orderBy(FUNDER_CATEGORY.POSITION, PROJECT.TITLE, FUNDER.NAME, BUDGET_LINE.YEAR.asc().nullsFirst(),
                        BUDGET_LINE.ID)
                .fetch(r -> new MoneySummary.Line(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value12() == null ? null : new SourceRef(r.value12(), r.value13(), r.value11(), r.value14())));
        Map<String, List<MoneySummary.Line>> byCategory = rows.stream().collect(Collectors.groupingBy(
                MoneySummary.Line::category, LinkedHashMap::new, Collectors.toList()));
        List<MoneySummary.CategoryTotal> totals = new ArrayList<>();
        byCategory.forEach((category, lines) -> totals.add(total(category, lines)));
        Set<Long> projects = new HashSet<>();
        rows.forEach(l -> projects.add(l.projectId()));
        return new MoneySummary(rows, totals, total(null, rows), projects.size());
    }

    private static MoneySummary.CategoryTotal total(String category, List<MoneySummary.Line> lines) {
        return new MoneySummary.CategoryTotal(category, lines.size(),
                sum(lines, MoneySummary.Line::budgeted), sum(lines, MoneySummary.Line::committed),
                sum(lines, MoneySummary.Line::realised),
                unknown(lines, MoneySummary.Line::budgeted), unknown(lines, MoneySummary.Line::committed),
                unknown(lines, MoneySummary.Line::realised));
    }

    private static BigDecimal sum(List<MoneySummary.Line> lines, Function<MoneySummary.Line, BigDecimal> amount) {
        return lines.stream().map(amount).filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }

    private static int unknown(List<MoneySummary.Line> lines, Function<MoneySummary.Line, BigDecimal> amount) {
        return (int) lines.stream().filter(l -> amount.apply(l) == null).count();
    }
}
