package org.regiomonitor.referencedata;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
import org.regiomonitor.area.Areas;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.npvr.NpvrImport;
import org.regiomonitor.referencedata.internal.Dataset;
import org.regiomonitor.referencedata.internal.DatasetImport;
import org.regiomonitor.referencedata.internal.DatasetParser;
import org.regiomonitor.shared.StoredRecords;
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
    static final List<String> TABLES = List.of("source", "area", "area_membership", "area_statistic",
            "organisation", "programme", "theme", "project", "project_programme", "project_theme", "project_area",
            "project_partner", "project_link", "funder", "budget_line", "budget_revision", "mobilised_investment",
            "voucher_award", "reporting_period", "catalogue_indicator", "result", "indicator", "result_update",
            "update_transition");

    private final DSLContext dsl;
    private final DatasetImport importer;
    private final List<StoredRecords> features;
    private final PortfolioQueries portfolio;
    private final Areas areas;
    private final NpvrImport npvr;
    private volatile Dataset twente;

    ReferenceData(DSLContext dsl, DatasetImport importer, List<StoredRecords> features, PortfolioQueries portfolio,
            Areas areas, NpvrImport npvr) {
        this.dsl = dsl;
        this.npvr = npvr;
        this.importer = importer;
        this.features = features;
        this.portfolio = portfolio;
        this.areas = areas;
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

    /**
     * Loads the NPVR plan (seed 004, its own file {@link NpvrImport#RESOURCE}) when the plan is empty, whether or not
     * the Twente dataset is there; the rows written per table (none when the plan had tasks).
     */
    public Map<String, Integer> loadNpvrIfEmpty(String actor) {
        return npvr.loadIfEmpty(actor);
    }

    /** Loaded or not, and the current number of rows in each table the dataset fills. */
    @Transactional(readOnly = true)
    public ReferenceDataStatus status() {
        // the owning features count their own tables; source is the shared kernel
        Select<Record2<String, Integer>> counts = StoredRecords.rowCount(SOURCE);
        for (StoredRecords feature : features) {
            for (Select<Record2<String, Integer>> one : feature.rowCounts()) {
                counts = counts.unionAll(one);
            }
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t, 0));
        dsl.fetch(counts).forEach(r -> {
            if (rows.containsKey(r.value1())) {
                rows.put(r.value1(), r.value2());
            }
        });
        boolean loaded = isLoaded();
        return new ReferenceDataStatus(loaded, loaded && importer.onlyResultsMissing(twente()), rows);
    }

    /** True when the database holds neither programmes nor areas: the state in which start-up loads the dataset. */
    public boolean isDatabaseEmpty() {
        return !portfolio.anyProgramme() && !areas.any();
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
