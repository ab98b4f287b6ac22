package org.regiomonitor.referencedata.internal;

import static org.jooq.impl.DSL.count;
import static org.regiomonitor.db.Tables.SOURCE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.StoredRecords;
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

    private static final String STATISTIC = StoredRecords.Citation.STATISTIC.name();
    private static final String FINANCIAL = StoredRecords.Citation.FINANCIAL.name();
    private static final String BOUNDARY = StoredRecords.Citation.BOUNDARY.name();
    private static final String RECORD = StoredRecords.Citation.RECORD.name();

    private final DSLContext dsl;
    private final List<StoredRecords> features;

    SourceCatalog(DSLContext dsl, List<StoredRecords> features) {
        this.dsl = dsl;
        this.features = features;
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
        Table<Record2<Long, String>> uses = all.asTable("uses", "sid", "use");
        Field<Long> sid = uses.field("sid", Long.class);
        Field<String> use = uses.field("use", String.class);
        return dsl.select(SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON, SOURCE.KIND, SOURCE.URL,
                        SOURCE.LICENCE,
                        count(sid).filterWhere(use.eq(STATISTIC)),
                        count(sid).filterWhere(use.eq(FINANCIAL)),
                        count(sid).filterWhere(use.eq(BOUNDARY)),
                        count(sid).filterWhere(use.eq(RECORD)))
                .from(SOURCE)
                .leftJoin(uses).on(sid.eq(SOURCE.ID))
                .groupBy(SOURCE.ID)
                .orderBy(SOURCE.KIND.desc(), SOURCE.CODE)
                .fetch(r -> new SourceUsage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }
}
