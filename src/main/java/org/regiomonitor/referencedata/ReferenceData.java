package org.regiomonitor.referencedata;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.regiomonitor.referencedata.internal.Dataset;
import org.regiomonitor.referencedata.internal.DatasetImport;
import org.regiomonitor.referencedata.internal.DatasetParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference dataset that ships with the product: is it loaded, load it (all or nothing), and
 * how many rows each table holds. Loading twice is refused, never duplicated.
 */
@Service
public class ReferenceData {

    /** The Twente dataset file on the classpath. */
    public static final String TWENTE = "referencedata/twente/twente.json";

    /** The tables the dataset fills, in the order the admin page lists them. */
    static final List<Table<?>> TABLES = List.of(SOURCE, AREA, AREA_MEMBERSHIP, AREA_STATISTIC, ORGANISATION,
            PROGRAMME, THEME, PROJECT, PROJECT_PROGRAMME, PROJECT_THEME, PROJECT_AREA, PROJECT_PARTNER, PROJECT_LINK,
            FUNDER, BUDGET_LINE, BUDGET_REVISION, MOBILISED_INVESTMENT, VOUCHER_AWARD);

    private final DSLContext dsl;
    private final DatasetImport importer;
    private volatile Dataset twente;

    ReferenceData(DSLContext dsl, DatasetImport importer) {
        this.dsl = dsl;
        this.importer = importer;
    }

    /** Whether the Twente dataset is in the database. */
    public boolean isLoaded() {
        return importer.isLoaded(twente());
    }

    /**
     * Loads the Twente dataset in one transaction, recorded in the audit log under "system".
     *
     * @throws ReferenceDataAlreadyLoadedException when it (or a conflicting key) is already there
     * @throws InvalidReferenceDataException       when the dataset or its open data is invalid
     */
    public LoadReport loadTwente() {
        return loadTwente("system");
    }

    /** As {@link #loadTwente()}, recorded in the audit log under {@code actor}. */
    @Transactional
    public LoadReport loadTwente(String actor) {
        return importer.run(twente(), actor);
    }

    /** Loaded or not, and the current number of rows in each table the dataset fills. */
    @Transactional(readOnly = true)
    public ReferenceDataStatus status() {
        Select<Record2<String, Integer>> counts = null;
        for (Table<?> table : TABLES) {
            var one = dsl.select(inline(table.getName()), count()).from(table);
            counts = counts == null ? one : counts.unionAll(one);
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t.getName(), 0));
        dsl.fetch(counts).forEach(r -> rows.put(r.value1(), r.value2()));
        return new ReferenceDataStatus(isLoaded(), rows);
    }

    /** True when the database holds neither programmes nor areas: the state in which start-up loads the dataset. */
    public boolean isDatabaseEmpty() {
        return !dsl.fetchExists(PROGRAMME) && !dsl.fetchExists(AREA);
    }

    private Dataset twente() {
        Dataset d = twente;
        if (d == null) {
            // Parsed once; the file is part of the build and does not change while running.
            d = DatasetParser.parseResource(TWENTE);
            twente = d;
        }
        return d;
    }
}
