package org.regiomonitor.referencedata.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.regiomonitor.db.Tables.SOURCE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.StoredRecords;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every source with the number of stored figures and records that cite it, in one query. Each number is counted
 * up to {@link #CAP} and above that only said to be larger: one dataset is cited by millions of budget revisions
 * at national scale, and counting them all on every visit took seconds.
 */
@Component
public class SourceCatalog {

    /** Citations of one source and use counted exactly; above this the page says "more than" this many. */
    static final int CAP = 1_000;

    /** How many rows cite a source for one use: exact, or when {@code capped} more than {@code value}. */
    public record Citations(int value, boolean capped) {

        /** "meer dan 1.000" when capped, the exact count otherwise ({@code Formats.qualified} writes it). */
        public ValueQualifier qualifier() {
            return capped ? ValueQualifier.AT_LEAST : ValueQualifier.EXACT;
        }
    }

    /**
     * A source and how often it is cited: area statistics; financial figures (budget revisions,
     * mobilised investment, budget ceilings, multiplier targets, voucher amounts); boundaries; and
     * other records (programmes, themes, projects, organisations, vouchers, area memberships).
     */
    public record SourceUsage(String code, String title, String publisher, LocalDate publishedOn, SourceKind kind,
            String url, String licence, Citations statistics, Citations financial, Citations boundaries,
            Citations records) {
    }

    private final DSLContext dsl;
    private final List<StoredRecords> features;
    private final int cap;

    @Autowired
    SourceCatalog(DSLContext dsl, List<StoredRecords> features) {
        this(dsl, features, CAP);
    }

    /** With another cap, for tests that need only a few rows to pass it. */
    SourceCatalog(DSLContext dsl, List<StoredRecords> features, int cap) {
        this.dsl = dsl;
        this.features = features;
        this.cap = cap;
    }

    /** How many citations of one source and use are counted exactly. */
    public int cap() {
        return cap;
    }

    @Transactional(readOnly = true)
    /** Every source with its citations by the records the caller may see. */
    public List<SourceUsage> all(boolean includeUnpublished) {
        // every owning feature names the citations of its own records
        Select<Record2<Long, String>> all = null;
        for (StoredRecords feature : features) {
            for (Select<Record2<Long, String>> citations : feature.sourceCitations(includeUnpublished)) {
                all = all == null ? citations : all.unionAll(citations);
            }
        }
        // inlined into each count, so that PostgreSQL pushes "sid = source.id" and the use into every branch of
        // the union: each branch reads at most cap + 1 rows through the index on its source column
        CommonTableExpression<Record2<Long, String>> uses = name("uses").fields("sid", "use").asNotMaterialized(all);
        return dsl.with(uses)
                .select(SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON, SOURCE.KIND, SOURCE.URL,
                        SOURCE.LICENCE,
                        capped(uses, StoredRecords.Citation.STATISTIC),
                        capped(uses, StoredRecords.Citation.FINANCIAL),
                        capped(uses, StoredRecords.Citation.BOUNDARY),
                        capped(uses, StoredRecords.Citation.RECORD))
                .from(SOURCE)
                .orderBy(SOURCE.KIND.desc(), SOURCE.CODE)
                .fetch(r -> new SourceUsage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), citations(r.value8()), citations(r.value9()), citations(r.value10()),
                        citations(r.value11())));
    }

    /** The number of rows citing the source for this use, counting no further than cap + 1. */
    private Field<Integer> capped(CommonTableExpression<Record2<Long, String>> uses, StoredRecords.Citation use) {
        Field<Long> sid = uses.field("sid", Long.class);
        Field<String> citation = uses.field("use", String.class);
        return field(select(count()).from(selectOne().from(uses)
                .where(sid.eq(SOURCE.ID)).and(citation.eq(inline(use.name())))
                .limit(inline(cap + 1)).asTable("c")));
    }

    private Citations citations(int counted) {
        return counted > cap ? new Citations(cap, true) : new Citations(counted, false);
    }
}
