package org.regiomonitor.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.sum;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.FUNDER_CATEGORY;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.db.tables.Area;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The Twente dataset as loaded at start-up of the (empty) test database. Other tests add rows to
 * the same database, so every assertion is about the dataset's own rows.
 */
@IntegrationTest
class ReferenceDataIntegrationTest {

    /** The 14 Twente municipalities, as listed in the open-data notes (SOURCES.md), not taken from the loader. */
    static final Set<String> TWENTE = Set.of("GM0141", "GM0147", "GM0153", "GM0158", "GM0163", "GM0164", "GM0168",
            "GM0173", "GM0183", "GM0189", "GM1700", "GM1735", "GM1742", "GM1774");

    @Autowired
    DSLContext dsl;

    @Autowired
    ReferenceData referenceData;

    @Test
    void theDatasetWasLoadedAtStartUp() {
        assertThat(referenceData.isLoaded()).isTrue();
        assertThat(dsl.fetchCount(PROGRAMME, PROGRAMME.CODE.in("AVT-2018", "AVT-2023", "RDT-1", "RDT-2", "MICROCHIP",
                "NPVR").and(PROGRAMME.PUBLISHED))).isEqualTo(6);
        assertThat(dsl.fetchCount(AREA, AREA.KIND.eq(AreaKind.MUNICIPALITY).and(AREA.CODE.like("GM%")))).isGreaterThanOrEqualTo(342);
        assertThat(dsl.fetchCount(AREA, AREA.KIND.eq(AreaKind.REGION).and(AREA.CODE.like("CR__")))).isEqualTo(40);
    }

    @Test
    void theFourteenTwenteMunicipalitiesAreMembersOfTwenteWithBoundaries() {
        Area region = AREA.as("region");
        Area member = AREA.as("member");
        var rows = dsl.select(member.CODE, member.BOUNDARY, member.KIND, SOURCE.CODE)
                .from(AREA_MEMBERSHIP)
                .join(region).on(region.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .join(member).on(member.ID.eq(AREA_MEMBERSHIP.MEMBER_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(member.BOUNDARY_SOURCE_ID))
                .where(region.CODE.eq("CR12"))
                .and(AREA_MEMBERSHIP.VALID_TO.isNull()) // the current members; the history file adds ended ones
                .fetch();

        assertThat(rows).extracting(r -> r.value1()).containsExactlyInAnyOrderElementsOf(TWENTE);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value2()).as("boundary of " + r.value1()).isNotNull();
            assertThat(r.value2().data()).contains("\"coordinates\"");
            assertThat(r.value3()).isEqualTo(AreaKind.MUNICIPALITY);
            assertThat(r.value4()).isEqualTo("CBS-GEBIEDEN-2025");
        });
        assertThat(dsl.fetchValue(DSL.select(region.NAME).from(region).where(region.CODE.eq("CR12")))).isEqualTo("Twente");
        // Twente lies in Overijssel, which lies in the Netherlands.
        assertThat(parentsOf("CR12")).containsExactly("PV23");
        assertThat(parentsOf("PV23")).containsExactly("NL01");
    }

    @Test
    void theGermanNeighbourDistrictsHaveBoundariesFromBkg() {
        var rows = dsl.select(AREA.CODE, AREA.NAME, AREA.COUNTRY_CODE, AREA.KIND, SOURCE.CODE)
                .from(AREA).join(SOURCE).on(SOURCE.ID.eq(AREA.BOUNDARY_SOURCE_ID))
                .where(AREA.CODE.in("DE03456", "DE05554", "DE05566"))
                .orderBy(AREA.CODE)
                .fetch();
        assertThat(rows).extracting(r -> r.value2()).containsExactly("Grafschaft Bentheim", "Borken", "Steinfurt");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value3()).isEqualTo("DE");
            assertThat(r.value4()).isEqualTo(AreaKind.DISTRICT);
            assertThat(r.value5()).isEqualTo("BKG-VG5000-2021");
        });
    }

    @Test
    void twentesPopulationSummedFromItsMunicipalitiesEqualsTheCbsRows() throws IOException {
        long expected = 0;
        // Independent of the loader: read the shipped CBS file here and add the 14 rows.
        try (InputStream in = new ClassPathResource("referencedata/cbs/85984NED-2024-gemeenten.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(";"));
            int code = header.indexOf("WijkenEnBuurten");
            int inhabitants = header.indexOf("AantalInwoners_5");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";");
                if (TWENTE.contains(cells[code].trim())) {
                    expected += Long.parseLong(cells[inhabitants].trim());
                }
            }
        }
        assertThat(expected).isGreaterThan(600_000);

        Area region = AREA.as("region");
        Area member = AREA.as("member");
        BigDecimal summed = dsl.select(sum(AREA_STATISTIC.VALUE))
                .from(AREA_MEMBERSHIP)
                .join(region).on(region.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .join(member).on(member.ID.eq(AREA_MEMBERSHIP.MEMBER_ID))
                .join(AREA_STATISTIC).on(AREA_STATISTIC.AREA_ID.eq(member.ID))
                .where(region.CODE.eq("CR12"))
                .and(AREA_STATISTIC.STATISTIC.eq(Statistic.POPULATION))
                .and(AREA_STATISTIC.PERIOD.eq(2024))
                .fetchOne(0, BigDecimal.class);

        assertThat(summed).isEqualByComparingTo(BigDecimal.valueOf(expected));
        // No stored regional totals: the region itself has no statistics, totals are computed.
        assertThat(dsl.fetchCount(AREA_STATISTIC.join(AREA).on(AREA.ID.eq(AREA_STATISTIC.AREA_ID)),
                AREA.CODE.in("CR12", "PV23", "NL01"))).isZero();
    }

    @Test
    void almeloHasAllSixStatisticsWithSourceAndRowLocator() {
        var rows = dsl.select(AREA_STATISTIC.STATISTIC, AREA_STATISTIC.PERIOD, AREA_STATISTIC.SOURCE_LOCATOR, SOURCE.CODE)
                .from(AREA_STATISTIC)
                .join(AREA).on(AREA.ID.eq(AREA_STATISTIC.AREA_ID))
                .join(SOURCE).on(SOURCE.ID.eq(AREA_STATISTIC.SOURCE_ID))
                .where(AREA.CODE.eq("GM0141"))
                .fetch();
        assertThat(rows).extracting(r -> r.value1())
                .containsExactlyInAnyOrder(Statistic.values());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value2()).isEqualTo(2024);
            assertThat(r.value3()).isEqualTo("rij GM0141");
            assertThat(r.value4()).isEqualTo("CBS-85984NED-2024");
        });
    }

    @Test
    void agendaVoorTwente2023HasItsTargetRegionalCommitmentAndMobilisedInvestmentAllSourced() {
        var programme = dsl.select(PROGRAMME.ID, PROGRAMME.MULTIPLIER_TARGET, PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR,
                        SOURCE.CODE)
                .from(PROGRAMME).join(SOURCE).on(SOURCE.ID.eq(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID))
                .where(PROGRAMME.CODE.eq("AVT-2023"))
                .fetchSingle();
        assertThat(programme.value2()).isEqualByComparingTo("8.5");
        assertThat(programme.value3()).startsWith("Multiplier");
        assertThat(programme.value4()).isEqualTo("AVT-VOORTGANG-2024");

        var regional = dsl.select(BUDGET_REVISION.COMMITTED, BUDGET_REVISION.BUDGETED, BUDGET_REVISION.REALISED,
                        BUDGET_REVISION.REVISION, BUDGET_REVISION.SOURCE_LOCATOR, SOURCE.CODE)
                .from(BUDGET_LINE)
                .join(FUNDER).on(FUNDER.ID.eq(BUDGET_LINE.FUNDER_ID))
                .join(FUNDER_CATEGORY).on(FUNDER_CATEGORY.CODE.eq(FUNDER.CATEGORY_CODE))
                .join(BUDGET_REVISION).on(BUDGET_REVISION.BUDGET_LINE_ID.eq(BUDGET_LINE.ID))
                .join(SOURCE).on(SOURCE.ID.eq(BUDGET_REVISION.SOURCE_ID))
                .where(BUDGET_LINE.PROGRAMME_ID.eq(programme.value1()))
                .and(FUNDER_CATEGORY.REGIONAL)
                .and(BUDGET_REVISION.RECORDED_BY.eq("reference-data"))
                .fetchSingle();
        assertThat(regional.value1()).isEqualByComparingTo("13000000");
        assertThat(regional.value2()).isNull();
        assertThat(regional.value3()).isNull();
        assertThat(regional.value4()).isEqualTo(1);
        assertThat(regional.value5()).startsWith("Multiplier");
        assertThat(regional.value6()).isEqualTo("AVT-VOORTGANG-2024");

        var mobilised = dsl.select(MOBILISED_INVESTMENT.AMOUNT, SOURCE.CODE, MOBILISED_INVESTMENT.SOURCE_LOCATOR)
                .from(MOBILISED_INVESTMENT).join(SOURCE).on(SOURCE.ID.eq(MOBILISED_INVESTMENT.SOURCE_ID))
                .where(MOBILISED_INVESTMENT.PROGRAMME_ID.eq(programme.value1()))
                .and(MOBILISED_INVESTMENT.DESCRIPTION.startsWith("Publieke en private investeringen"))
                .fetchSingle();
        assertThat(mobilised.value1()).isEqualByComparingTo("198000000");
        assertThat(mobilised.value2()).isEqualTo("AVT-VOORTGANG-2024");
        assertThat(mobilised.value3()).startsWith("Multiplier");

        // The multiplier is computed from the two stored figures, not typed in: 198 / 13 = 15.2.
        assertThat(mobilised.value1().divide(regional.value1(), 1, RoundingMode.HALF_UP)).isEqualByComparingTo("15.2");
    }

    @Test
    void everyFigureOfTheDatasetHasASource() {
        // 5 lines with amounts and 6 funders the sources name without an amount (issue 6)
        assertThat(dsl.fetchCount(BUDGET_REVISION, BUDGET_REVISION.RECORDED_BY.eq("reference-data"))).isEqualTo(11);
        assertThat(dsl.fetchCount(BUDGET_REVISION, BUDGET_REVISION.RECORDED_BY.eq("reference-data")
                .and(BUDGET_REVISION.SOURCE_ID.isNull().or(BUDGET_REVISION.SOURCE_LOCATOR.isNull())))).isZero();
        var datasetProgrammes = DSL.select(PROGRAMME.ID).from(PROGRAMME)
                .where(PROGRAMME.CODE.in("AVT-2018", "AVT-2023", "RDT-1", "RDT-2", "MICROCHIP", "NPVR"));
        assertThat(dsl.fetchCount(MOBILISED_INVESTMENT, MOBILISED_INVESTMENT.PROGRAMME_ID.in(datasetProgrammes)
                .and(MOBILISED_INVESTMENT.SOURCE_ID.isNull()))).isZero();
        assertThat(dsl.fetchCount(AREA_STATISTIC, AREA_STATISTIC.SOURCE_LOCATOR.isNull())).isZero();
        assertThat(dsl.fetchCount(PROGRAMME, PROGRAMME.BUDGET_CEILING.isNotNull()
                .and(PROGRAMME.BUDGET_CEILING_SOURCE_ID.isNull()))).isZero();
        assertThat(dsl.fetchCount(PROGRAMME, PROGRAMME.EXPECTED_INVESTMENT.isNotNull()
                .and(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID.isNull().or(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_LOCATOR.isNull())))).isZero();
        assertThat(dsl.fetchCount(PROGRAMME, PROGRAMME.INVESTMENT_VOLUME.isNotNull()
                .and(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID.isNull().or(PROGRAMME.INVESTMENT_VOLUME_SOURCE_LOCATOR.isNull())))).isZero();
        assertThat(dsl.fetchCount(PROJECT.join(PROJECT_PROGRAMME).on(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID)),
                PROJECT_PROGRAMME.PROGRAMME_ID.in(datasetProgrammes).and(PROJECT.SOURCE_ID.isNull()))).isZero();
    }

    @Test
    void loadingTwiceIsRefusedAndWritesNothing() {
        ReferenceDataStatus before = referenceData.status();

        assertThatThrownBy(() -> referenceData.loadTwente("test"))
                .isInstanceOf(ReferenceDataAlreadyLoadedException.class)
                .hasMessageContaining("already loaded")
                .hasMessageContaining("source \"AVT-VOORTGANG-2024\"")
                .hasMessageContaining("nothing was written");

        assertThat(referenceData.status().tableRows()).isEqualTo(before.tableRows());
    }

    private List<String> parentsOf(String code) {
        Area parent = AREA.as("parent");
        Area member = AREA.as("member");
        return dsl.select(parent.CODE).from(AREA_MEMBERSHIP)
                .join(parent).on(parent.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .join(member).on(member.ID.eq(AREA_MEMBERSHIP.MEMBER_ID))
                .where(member.CODE.eq(code))
                .fetch(parent.CODE);
    }
}
