package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.Locale;
import org.jooq.DSLContext;
import org.regiomonitor.shared.SourceKind;
import org.springframework.stereotype.Component;

/**
 * The source row of a statistics office's dataset (CBS-03759NED, EUROSTAT-DEMO_R_GIND3), made the first time an
 * import or the catalogue cites it, with the office's page and licence.
 */
@Component
class DatasetSources {

    private static final String EUROSTAT = "eurostat:";

    private final DSLContext dsl;

    DatasetSources(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The source code of a dataset: {@code 03759ned} -> CBS-03759NED, {@code eurostat:x} -> EUROSTAT-X. */
    static String code(String dataset) {
        return dataset.startsWith(EUROSTAT) ? "EUROSTAT-" + dataset.substring(EUROSTAT.length()).toUpperCase(Locale.ROOT)
                : "CBS-" + dataset.toUpperCase(Locale.ROOT);
    }

    /** The id of the dataset's source, made when missing. */
    long idOf(String dataset) {
        String code = code(dataset);
        Long id = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(code)).fetchOne(SOURCE.ID);
        if (id != null) {
            return id;
        }
        boolean eurostat = dataset.startsWith(EUROSTAT);
        String bare = eurostat ? dataset.substring(EUROSTAT.length()) : dataset;
        return dsl.insertInto(SOURCE)
                .set(SOURCE.CODE, code)
                .set(SOURCE.TITLE, (eurostat ? "Eurostat " : "CBS ") + bare)
                .set(SOURCE.PUBLISHER, eurostat ? "Eurostat" : "Centraal Bureau voor de Statistiek")
                .set(SOURCE.KIND, SourceKind.DATASET)
                .set(SOURCE.URL, eurostat ? "https://ec.europa.eu/eurostat/databrowser/view/" + bare + "/default/table"
                        : "https://opendata.cbs.nl/#/CBS/nl/dataset/" + bare + "/table")
                .set(SOURCE.LICENCE, eurostat ? "Eurostat: reuse with acknowledgement" : "CC BY 4.0")
                .returning(SOURCE.ID)
                .fetchOne(SOURCE.ID);
    }

    /** The id of the dataset behind a source code of that form (CBS-03759NED -> 03759ned), made when missing. */
    long idOfCode(String sourceCode) {
        Long id = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(sourceCode)).fetchOne(SOURCE.ID);
        if (id != null) {
            return id;
        }
        if (sourceCode.startsWith("EUROSTAT-")) {
            return idOf(EUROSTAT + sourceCode.substring("EUROSTAT-".length()).toLowerCase(Locale.ROOT));
        }
        if (sourceCode.startsWith("CBS-")) {
            return idOf(sourceCode.substring("CBS-".length()).toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("unknown source " + sourceCode);
    }
}
