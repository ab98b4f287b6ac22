package org.regiomonitor.referencedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.regiomonitor.referencedata.ReferenceDataAlreadyLoadedException;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** All or nothing against the real database: a dataset that fails at any point leaves no row behind. */
@IntegrationTest
class DatasetImportTest {

    @Autowired
    DatasetImport importer;

    @Autowired
    DSLContext dsl;

    /** A small dataset with its own codes; {@code country} is the top area code, {@code programmes} the project's. */
    private static String dataset(String tag, String country, String projectProgrammes) {
        return """
                {
                  "name": "Test %1$s",
                  "recordedBy": "test",
                  "areas": {
                    "country": {"code": "%2$s", "name": "Land %1$s"},
                    "province": {"code": "PX-%1$s", "name": "Provincie %1$s", "members": ["CR12"]},
                    "membershipSource": "COROP-%1$s",
                    "municipalityBoundaries": {"file": "referencedata/geo/nl-gemeenten-2025.geojson", "codeProperty": "statcode",
                                               "nameProperty": "statnaam", "source": "GEO-%1$s"},
                    "districtBoundaries": {"file": "referencedata/geo/de-grenskreise-2021.geojson", "codeProperty": "ARS",
                                           "nameProperty": "GEN", "codePrefix": "DE", "countryCode": "DE", "source": "GEO-%1$s"},
                    "corop": {"file": "referencedata/cbs/woonplaats-gemeente-corop.csv", "source": "COROP-%1$s"},
                    "statistics": {"file": "referencedata/cbs/85984NED-2024-gemeenten.csv", "source": "STAT-%1$s",
                                   "period": 2024, "columns": {"POPULATION": "AantalInwoners_5"}}
                  },
                  "sources": [
                    {"code": "DOC-%1$s", "title": "Document %1$s", "kind": "DOCUMENT"},
                    {"code": "GEO-%1$s", "title": "Geo %1$s", "kind": "DATASET"},
                    {"code": "COROP-%1$s", "title": "COROP %1$s", "kind": "DATASET"},
                    {"code": "STAT-%1$s", "title": "Stat %1$s", "kind": "DATASET"}
                  ],
                  "organisations": [{"name": "Org %1$s", "kind": "BUSINESS", "source": {"source": "DOC-%1$s", "locator": "p. 1"}}],
                  "programmes": [{"code": "PRG-%1$s", "name": "Programme %1$s", "status": "RUNNING",
                                  "source": {"source": "DOC-%1$s", "locator": "p. 1"}}],
                  "projects": [{"key": "p", "title": "Project %1$s", "programmes": %3$s, "status": "RUNNING",
                                "source": {"source": "DOC-%1$s", "locator": "p. 2"}}]
                }
                """.formatted(tag, country, projectProgrammes);
    }

    @Test
    void anInvalidDatasetIsRefusedBeforeAnyWriteNamingTheRecord() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Dataset bad = DatasetParser.parse(dataset(tag, "XA-" + tag, "[\"PRG-" + tag + "\", \"NO-SUCH-PROGRAMME\"]"));

        assertThatThrownBy(() -> importer.run(bad, "test"))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageContaining("project \"Project " + tag + "\" (projects[0]): unknown programme \"NO-SUCH-PROGRAMME\"")
                .hasMessageContaining("nothing was written");

        assertNothingOf(tag);
    }

    @Test
    void aFailureHalfwayThroughWritingRollsEverythingBack() {
        // Valid on paper, but its municipalities already exist (the Twente dataset is loaded), so the
        // area insert fails after the sources were written: the sources must be gone too.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Dataset clashing = DatasetParser.parse(dataset(tag, "XB-" + tag, "[\"PRG-" + tag + "\"]"));

        assertThatThrownBy(() -> importer.run(clashing, "test")).isInstanceOf(RuntimeException.class);

        assertNothingOf(tag);
    }

    @Test
    void aDatasetWhoseKeysExistIsRefusedAsAlreadyLoaded() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Dataset existingCountry = DatasetParser.parse(dataset(tag, "NL01", "[\"PRG-" + tag + "\"]"));

        assertThatThrownBy(() -> importer.run(existingCountry, "test"))
                .isInstanceOf(ReferenceDataAlreadyLoadedException.class)
                .hasMessageContaining("area \"NL01\"");

        assertNothingOf(tag);
    }

    private void assertNothingOf(String tag) {
        assertThat(dsl.fetchCount(SOURCE, SOURCE.CODE.endsWith(tag))).isZero();
        assertThat(dsl.fetchCount(PROGRAMME, PROGRAMME.CODE.endsWith(tag))).isZero();
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.endsWith(tag))).isZero();
    }
}
