package org.regiomonitor.referencedata.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.regiomonitor.shared.SourceKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every source with the number of stored figures and records that cite it, in one query. */
@Component
public class SourceCatalog {

    /**
     * A source and how often it is cited: area statistics; financial figures (budget revisions,
     * mobilised investment, budget ceilings, multiplier targets, voucher amounts); boundaries; and
     * other records (programmes, themes, projects, organisations, vouchers, area memberships).
     */
    public record SourceUsage(String code, String title, String publisher, LocalDate publishedOn, SourceKind kind,
            String url, String licence, int statistics, int financial, int boundaries, int records) {

        public int figures() {
            return statistics + financial + boundaries;
        }
    }

    private static final String STATISTIC = "STATISTIC";
    private static final String FINANCIAL = "FINANCIAL";
    private static final String BOUNDARY = "BOUNDARY";
    private static final String RECORD = "RECORD";

    private final DSLContext dsl;

    SourceCatalog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    public List<SourceUsage> all() {
        Field<Long> sid = field(name("sid"), Long.class);
        Field<String> use = field(name("use"), String.class);
        Table<?> uses = select(AREA_STATISTIC.SOURCE_ID.as(sid), inline(STATISTIC).as(use)).from(AREA_STATISTIC)
                .unionAll(select(BUDGET_REVISION.SOURCE_ID, inline(FINANCIAL)).from(BUDGET_REVISION))
                .unionAll(select(MOBILISED_INVESTMENT.SOURCE_ID, inline(FINANCIAL)).from(MOBILISED_INVESTMENT))
                .unionAll(select(PROGRAMME.BUDGET_CEILING_SOURCE_ID, inline(FINANCIAL)).from(PROGRAMME)
                        .where(PROGRAMME.BUDGET_CEILING.isNotNull()))
                .unionAll(select(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID, inline(FINANCIAL)).from(PROGRAMME)
                        .where(PROGRAMME.MULTIPLIER_TARGET.isNotNull()))
                .unionAll(select(VOUCHER_AWARD.SOURCE_ID, inline(FINANCIAL)).from(VOUCHER_AWARD)
                        .where(VOUCHER_AWARD.AMOUNT.isNotNull()))
                .unionAll(select(AREA.BOUNDARY_SOURCE_ID, inline(BOUNDARY)).from(AREA).where(AREA.BOUNDARY.isNotNull()))
                .unionAll(select(PROGRAMME.SOURCE_ID, inline(RECORD)).from(PROGRAMME))
                .unionAll(select(THEME.SOURCE_ID, inline(RECORD)).from(THEME))
                .unionAll(select(PROJECT.SOURCE_ID, inline(RECORD)).from(PROJECT))
                .unionAll(select(ORGANISATION.SOURCE_ID, inline(RECORD)).from(ORGANISATION))
                .unionAll(select(VOUCHER_AWARD.SOURCE_ID, inline(RECORD)).from(VOUCHER_AWARD))
                .unionAll(select(AREA_MEMBERSHIP.SOURCE_ID, inline(RECORD)).from(AREA_MEMBERSHIP))
                .asTable("uses");
        Field<Long> usesSid = uses.field(sid);
        Field<String> usesUse = uses.field(use);
        return dsl.select(SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON, SOURCE.KIND, SOURCE.URL,
                        SOURCE.LICENCE,
                        count(usesSid).filterWhere(usesUse.eq(STATISTIC)),
                        count(usesSid).filterWhere(usesUse.eq(FINANCIAL)),
                        count(usesSid).filterWhere(usesUse.eq(BOUNDARY)),
                        count(usesSid).filterWhere(usesUse.eq(RECORD)))
                .from(SOURCE)
                .leftJoin(uses).on(usesSid.eq(SOURCE.ID))
                .groupBy(SOURCE.ID)
                .orderBy(SOURCE.KIND.desc(), SOURCE.CODE)
                .fetch(r -> new SourceUsage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }
}
