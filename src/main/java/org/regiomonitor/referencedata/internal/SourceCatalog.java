package org.regiomonitor.referencedata.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.regiomonitor.db.Tables.SOURCE;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
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
        // every owning feature names the citations of its own records; each use counts only its own selects, so
        // the statement holds each select once (held once per use, planning it took 20-40 ms at national scale)
        Map<StoredRecords.Citation, Select<Record1<Long>>> byUse = new EnumMap<>(StoredRecords.Citation.class);
        for (StoredRecords feature : features) {
            for (StoredRecords.Cited cited : feature.sourceCitations(includeUnpublished)) {
                byUse.merge(cited.use(), cited.sourceIds(), Select::unionAll);
            }
        }
        return dsl.select(SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON, SOURCE.KIND, SOURCE.URL,
                        SOURCE.LICENCE,
                        capped(byUse.get(StoredRecords.Citation.STATISTIC)),
                        capped(byUse.get(StoredRecords.Citation.FINANCIAL)),
                        capped(byUse.get(StoredRecords.Citation.BOUNDARY)),
                        capped(byUse.get(StoredRecords.Citation.RECORD)))
                .from(SOURCE)
                .orderBy(SOURCE.KIND.desc(), SOURCE.CODE)
                .fetch(r -> new SourceUsage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), citations(r.value8()), citations(r.value9()), citations(r.value10()),
                        citations(r.value11())));
    }

    /**
     * The number of rows citing the source for one use, counting no further than cap + 1: PostgreSQL pushes
     * "sid = source.id" into every select of the union, so each reads at most cap + 1 rows through the index on
     * its source column. No selects (no feature cites for this use): 0.
     */
    private Field<Integer> capped(Select<Record1<Long>> sourceIds) {
        if (sourceIds == null) {
            return inline(0);
        }
        Table<Record1<Long>> uses = sourceIds.asTable("uses", "sid");
        return field(select(count()).from(selectOne().from(uses)
                .where(uses.field("sid", Long.class).eq(SOURCE.ID))
                .limit(inline(cap + 1)).asTable("c")));
    }

    private Citations citations(int counted) {
        return counted > cap ? new Citations(cap, true) : new Citations(counted, false);
    }
}
