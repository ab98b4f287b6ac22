package org.regiomonitor.referencedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.referencedata.InvalidReferenceDataException;

/** The validator on its own, without Spring or a database. */
class DatasetValidatorTest {

    /** A dataset with the shipped area framework and a small portfolio; {@code %s} is the project's programmes. */
    static String mini(String projectProgrammes, String amount) {
        return """
                {
                  "name": "Mini",
                  "recordedBy": "test",
                  "areas": %s,
                  "sources": [
                    {"code": "DOC", "title": "A document", "kind": "DOCUMENT"},
                    {"code": "CBS-85984NED-2024", "title": "CBS", "kind": "DATASET"},
                    {"code": "CBS-GEBIEDEN-2025", "title": "CBS", "kind": "DATASET"},
                    {"code": "BKG-VG5000-2021", "title": "BKG", "kind": "DATASET"},
                    {"code": "CBS-COROP", "title": "CBS", "kind": "DATASET"}
                  ],
                  "organisations": [{"name": "Org", "kind": "BUSINESS", "municipality": "GM0141",
                                     "source": {"source": "DOC", "locator": "p. 1"}}],
                  "programmes": [{"code": "P1", "name": "Programme one", "status": "RUNNING",
                                  "source": {"source": "DOC", "locator": "p. 1"}}],
                  "projects": [{"key": "good", "title": "Good project", "programmes": %s, "status": "RUNNING",
                                "lead": "Org", "municipalities": ["GM0153"],
                                "source": {"source": "DOC", "locator": "p. 2"}}],
                  "funders": [{"name": "Region", "category": "GEMEENTEN"}],
                  "budgetLines": [{"programme": "P1", "funder": "Region", "committed": "%s",
                                   "source": {"source": "DOC", "locator": "p. 3"}}]
                }
                """.formatted(areas(), projectProgrammes, amount);
    }

    private static String areas() {
        // The same framework as the shipped dataset, so the open-data files are read for real.
        return """
                {
                  "country": {"code": "NL01", "name": "Nederland"},
                  "province": {"code": "PV23", "name": "Overijssel", "members": ["CR10", "CR11", "CR12"]},
                  "membershipSource": "CBS-COROP",
                  "municipalityBoundaries": {"file": "referencedata/geo/nl-gemeenten-2025.geojson", "codeProperty": "statcode",
                                             "nameProperty": "statnaam", "source": "CBS-GEBIEDEN-2025"},
                  "districtBoundaries": {"file": "referencedata/geo/de-grenskreise-2021.geojson", "codeProperty": "ARS",
                                         "nameProperty": "GEN", "codePrefix": "DE", "countryCode": "DE", "source": "BKG-VG5000-2021"},
                  "corop": {"file": "referencedata/cbs/woonplaats-gemeente-corop.csv", "source": "CBS-COROP"},
                  "statistics": {"file": "referencedata/cbs/85984NED-2024-gemeenten.csv", "source": "CBS-85984NED-2024",
                                 "period": 2024, "columns": {"POPULATION": "AantalInwoners_5"}}
                }
                """;
    }

    @Test
    void aSmallValidDatasetPasses() {
        OpenData open = DatasetValidator.validate(DatasetParser.parse(mini("[\"P1\"]", "13000000.00")));
        assertThat(open.municipalities()).hasSize(342);
        assertThat(open.districts()).extracting(OpenData.GeoArea::code).containsExactly("DE03456", "DE05554", "DE05566");
        assertThat(open.coropOf()).containsEntry("GM0153", "CR12");
        assertThat(open.statistics()).hasSize(342);
    }

    @Test
    void aProjectNamingAnUnknownProgrammeIsRefusedWithTheRecordNamed() {
        Dataset bad = DatasetParser.parse(mini("[\"P1\", \"NOPE\"]", "13000000.00"));

        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(bad));

        assertThat(e.problems()).containsExactly("project \"Good project\" (projects[0]): unknown programme \"NOPE\"");
        assertThat(e).hasMessageContaining("nothing was written")
                .hasMessageContaining("project \"Good project\" (projects[0]): unknown programme \"NOPE\"");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Dataset bad = DatasetParser.parse(mini("[]", "13 mln"));

        assertThatThrownBy(() -> DatasetValidator.validate(bad))
                .isInstanceOf(InvalidReferenceDataException.class)
                .satisfies(e -> assertThat(((InvalidReferenceDataException) e).problems()).containsExactly(
                        "project \"Good project\" (projects[0]): at least one programme is required",
                        "budget line \"P1 / Region\" (budgetLines[0]): committed \"13 mln\" is not a decimal number (write e.g. \"13000000.00\")"));
    }

    @Test
    void aFunderNamedWithoutAnyAmountIsALineOfUnknownAmountsNotAnError() {
        String json = mini("[\"P1\"]", "1.00").replace("\"committed\": \"1.00\",", "");

        DatasetValidator.validate(DatasetParser.parse(json));
    }

    @Test
    void programmeAmountsOtherThanTheCeilingNeedTheirOwnSource() {
        String json = mini("[\"P1\"]", "1.00").replace("\"name\": \"Programme one\",",
                "\"name\": \"Programme one\", \"expectedInvestment\": {\"value\": \"89000000.00\"},"
                        + " \"investmentVolume\": {\"value\": \"150 mln\", \"source\": {\"source\": \"DOC\", \"locator\": \"p. 4\"}},");

        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));

        assertThat(e.problems()).containsExactly(
                "programme \"P1\" (programmes[0]): expectedInvestment.source is required (every figure and record names its source)",
                "programme \"P1\" (programmes[0]): investmentVolume \"150 mln\" is not a decimal number (write e.g. \"13000000.00\")");
    }

    @Test
    void aVoucherCountMayBeUnknownOrALowerBoundAndItsStatedMaximumBindsExactCounts() {
        String vouchers = """
                , "vouchers": [
                  {"programme": "P1", "scheme": "Cheques", "schemeKind": "TRAINING_CHEQUE", "quantity": 1500,
                   "quantityQualifier": "AT_LEAST", "awardYear": 2019,
                   "maxAmountPerAward": {"value": "2500.00", "source": {"source": "DOC", "locator": "p. 5"}},
                   "source": {"source": "DOC", "locator": "p. 5"}},
                  {"programme": "P1", "scheme": "Unknown count", "schemeKind": "SMALL_GRANT", "awardYear": 2020,
                   "source": {"source": "DOC", "locator": "p. 6"}},
                  {"programme": "P1", "scheme": "Too much", "schemeKind": "TRAINING_CHEQUE", "quantity": 2,
                   "amount": "6000.00", "awardYear": 2020,
                   "maxAmountPerAward": {"value": "2500.00", "source": {"source": "DOC", "locator": "p. 5"}},
                   "source": {"source": "DOC", "locator": "p. 7"}},
                  {"programme": "P1", "scheme": "Vague", "schemeKind": "SMALL_GRANT", "quantityQualifier": "ABOUT",
                   "awardYear": 2020, "source": {"source": "DOC", "locator": "p. 8"}},
                  {"programme": "P1", "scheme": "Odd", "schemeKind": "SMALL_GRANT", "quantity": 3,
                   "quantityQualifier": "ROUGHLY", "awardYear": 2020, "source": {"source": "DOC", "locator": "p. 9"}}
                ]
                }
                """;
        String base = mini("[\"P1\"]", "1.00");
        String json = base.substring(0, base.lastIndexOf('}')) + vouchers;

        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));

        assertThat(e.problems()).containsExactly(
                "voucher \"Too much\" (vouchers[2]): amount 6000.00 exceeds 2 x maxAmountPerAward 2500.00",
                "voucher \"Vague\" (vouchers[3]): quantityQualifier ABOUT needs a quantity",
                "voucher \"Odd\" (vouchers[4]): quantityQualifier \"ROUGHLY\" is not one of [ABOUT, AT_LEAST, AT_MOST, EXACT]");
    }

    @Test
    void aFigureWithoutSourceIsRefused() {
        String json = mini("[\"P1\"]", "1.00").replaceAll(
                ",\\s*\"source\": \\{\"source\": \"DOC\", \"locator\": \"p. 3\"}", "");
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));
        assertThat(e.problems()).containsExactly("budget line \"P1 / Region\" (budgetLines[0]): source is required "
                + "(every figure and record names its source)");
    }

    @Test
    void unknownMunicipalitiesThemesAndOrganisationsAreRefused() {
        String json = mini("[\"P1\"]", "1.00")
                .replace("\"municipalities\": [\"GM0153\"]", "\"municipalities\": [\"GM9999\"], \"themes\": [\"P1/NONE\"]")
                .replace("\"lead\": \"Org\"", "\"lead\": \"Nobody\"");
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "project \"Good project\" (projects[0]): unknown theme \"P1/NONE\" (write PROGRAMME/THEME)",
                "project \"Good project\" (projects[0]): unknown municipality \"GM9999\"",
                "project \"Good project\" (projects[0]): unknown organisation \"Nobody\" as lead");
    }

    @Test
    void namesAndCodesThatDifferOnlyInCaseAreDuplicates() {
        String json = mini("[\"P1\"]", "1.00")
                .replace("\"organisations\": [", """
                        "organisations": [{"name": "ORG", "kind": "BUSINESS", "source": {"source": "DOC", "locator": "p. 1"}},
                        """)
                .replace("\"programmes\": [{", """
                        "programmes": [{"code": "p1", "name": "Programme one bis", "status": "RUNNING",
                                        "source": {"source": "DOC", "locator": "p. 1"}}, {
                        """)
                .replace("\"funders\": [", "\"funders\": [{\"name\": \"REGION\", \"category\": \"GEMEENTEN\"}, ");
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "organisation \"Org\" (organisations[1]): duplicate name",
                "programme \"P1\" (programmes[1]): duplicate code",
                "funder \"Region\" (funders[1]): duplicate name");
    }

    @Test
    void aValueOutsideTheEnumIsRefusedWithTheAllowedOnes() {
        String json = mini("[\"P1\"]", "1.00").replace("], \"status\": \"RUNNING\"", "], \"status\": \"PAUSED\"");
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> DatasetValidator.validate(DatasetParser.parse(json)));
        assertThat(e.problems()).containsExactly("project \"Good project\" (projects[0]): status \"PAUSED\" is not one of "
                + "[APPLICATION, APPROVED, COMPLETED, CONTINUED_INDEPENDENTLY, REJECTED, RUNNING, UNDER_ASSESSMENT]");
    }

    @Test
    void theShippedTwenteDatasetIsValid() {
        Dataset twente = DatasetParser.parseResource("referencedata/twente/twente.json");
        OpenData open = DatasetValidator.validate(twente);
        assertThat(open.coropNames()).hasSize(40).containsEntry("CR12", "Twente");
        assertThat(open.coropOf().entrySet().stream().filter(e -> e.getValue().equals("CR12")).map(e -> e.getKey()).sorted())
                .containsExactly("GM0141", "GM0147", "GM0153", "GM0158", "GM0163", "GM0164", "GM0168", "GM0173",
                        "GM0183", "GM0189", "GM1700", "GM1735", "GM1742", "GM1774");
        assertThat(open.statistics()).hasSize(342 * 6);
        assertThat(twente.projects()).hasSizeGreaterThan(50);
        List<String> withoutSource = twente.budgetLines().stream().filter(b -> b.source() == null)
                .map(Dataset.BudgetLine::programme).toList();
        assertThat(withoutSource).isEmpty();
    }
}
