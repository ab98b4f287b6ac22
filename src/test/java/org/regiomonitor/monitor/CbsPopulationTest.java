package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.internal.ShippedStatistics;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 8, acceptance 1 and 5, on the real files: CBS 03759ned (OData v4) and 37259ned (StatLine CSV) as shipped,
 * imported at start through the importer like an upload. The figures are checked against sums computed here in
 * plain SQL over the municipalities that formed each region in each year.
 */
@IntegrationTest
class CbsPopulationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MonitorFigures figures;
    @Autowired
    MonitorImports imports;
    @Autowired
    Areas areas;
    @Autowired
    MockMvc mvc;

    /** Population on 1 January of a year per area code, straight from the observation rows. */
    private Map<String, BigDecimal> observed(int year) {
        return dsl.fetch("""
                select a.code, o.value from observation o join monitor_indicator i on i.id = o.indicator_id
                join area a on a.id = o.area_id
                where i.code = 'POPULATION' and o.period = ? and o.value is not null
                """, year + "JJ00").stream()
                .collect(Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, BigDecimal.class)));
    }

    /** The sum over the municipalities that were members of the region (directly) on 1 January of the year. */
    private BigDecimal membersSum(String region, int year) {
        return dsl.fetchSingle("""
                select sum(o.value) from area_membership m join area r on r.id = m.parent_id
                join area a on a.id = m.member_id
                join observation o on o.area_id = a.id
                join monitor_indicator i on i.id = o.indicator_id and i.code = 'POPULATION'
                where r.code = ? and o.period = ?
                  and (m.valid_from is null or m.valid_from <= make_date(?, 1, 1))
                  and (m.valid_to is null or m.valid_to > make_date(?, 1, 1))
                  and (a.valid_from is null or a.valid_from <= make_date(?, 1, 1))
                  and (a.valid_to is null or a.valid_to > make_date(?, 1, 1))
                """, region, year + "JJ00", year, year, year, year).get(0, BigDecimal.class);
    }

    @Test
    void theNationEveryProvinceAndEveryMunicipalityHaveTheirPopulation2019To2026() {
        for (int year = 2019; year <= 2026; year++) {
            Map<String, BigDecimal> byCode = observed(year);
            assertThat(byCode).as("NL01 " + year).containsKey("NL01");
            for (int pv = 20; pv <= 31; pv++) {
                assertThat(byCode).as("PV" + pv + " " + year).containsKey("PV" + pv);
            }
            long municipalities = byCode.keySet().stream().filter(c -> c.startsWith("GM")).count();
            assertThat(municipalities).as("municipalities " + year)
                    .isEqualTo(year == 2019 ? 355 : year >= 2023 ? 342 : municipalities);
            // NL equals the sum of all municipalities of that year
            BigDecimal sum = byCode.entrySet().stream().filter(e -> e.getKey().startsWith("GM"))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("sum of municipalities " + year).isEqualByComparingTo(byCode.get("NL01"));
        }
    }

    @Test
    void theNationsFigureFromItsMembersEqualsCbsFigureEveryYear() {
        AreaSummary nl = areas.get("NL01");
        Map<Period, Figure> computed = figures.fromMembers("POPULATION", nl).stream()
                .collect(Collectors.toMap(Figure::period, f -> f));
        for (int year = 2019; year <= 2026; year++) {
            Figure f = computed.get(Period.year(year));
            assertThat(f).as("NL01 from members " + year).isNotNull();
            assertThat(f.value()).as("NL01 " + year).isEqualByComparingTo(observed(year).get("NL01"));
        }
    }

    @Test
    void twenteEachYearIsTheSumOfTheMunicipalitiesThatFormedItThatYearBackTo1995() {
        AreaSummary twente = areas.get("CR12");
        Map<Period, Figure> series = figures.fromMembers("POPULATION", twente).stream()
                .collect(Collectors.toMap(Figure::period, f -> f));
        for (int year = 1995; year <= 2026; year++) {
            Figure f = series.get(Period.year(year));
            assertThat(f).as("CR12 " + year).isNotNull();
            assertThat(f.value()).as("CR12 " + year + " (" + f.members() + " of " + f.membersExpected() + ")")
                    .isEqualByComparingTo(membersSum("CR12", year));
        }
        // across the mergers of 2001: 21 municipalities before, 15 after (Rijssen and Holten became one in 2001)
        assertThat(series.get(Period.year(2000)).membersExpected()).isGreaterThan(series.get(Period.year(2002))
                .membersExpected());
        assertThat(series.get(Period.year(2024)).membersExpected()).isEqualTo(14);
    }

    @Test
    void theEurostatExtractsReachTwenteAndTheGermanBorderDistricts() {
        // both shipped extracts are imported whole (nama_10r_3empers writes 64,270 as 64269.99999999999)
        for (String district : List.of("CR12", "DEA34", "DEA37", "DE94B")) {
            String area = areas.findByCode("NUTS", district).map(a -> a.code()).orElse(district);
            AreaSeries employed = figures.series("EMPLOYED_PERSONS", areas.get(area));
            assertThat(employed.figures()).as(district).hasSize(18);
            assertThat(employed.latest().orElseThrow().period()).isEqualTo(Period.year(2017));
        }
        assertThat(figures.series("EMPLOYED_PERSONS", areas.get(areas.findByCode("NUTS", "DE94B").orElseThrow().code()))
                .at(Period.year(2010)).orElseThrow().value()).isEqualByComparingTo("64270");
    }

    @Test
    void aLaterTerserCodeListKeepsTheDatesAnEarlierOneGave() {
        // 03759ned says Dinkelland began 01-06-2002; 83625NED (imported after it) only "Naamswijziging per ..."
        assertThat(areas.findByCode("CBS", "GM1774").orElseThrow().validFrom()).isEqualTo(java.time.LocalDate.of(2002, 6, 1));
        assertThat(areas.findByCode("CBS", "GM0149").orElseThrow().validTo()).isEqualTo(java.time.LocalDate.of(2002, 6, 1));
    }

    @Test
    void aMergedMunicipalitysSeriesEndsWithItsLastYear() {
        AreaSeries denekampOrWeerselo = figures.series("POPULATION", areas.get("GM0188"));
        assertThat(denekampOrWeerselo.latest().orElseThrow().period()).isEqualTo(Period.year(2000));
    }

    @Test
    void theStatedFigureAppearsBesideTheComputed2024Figure() throws Exception {
        String html = mvc.perform(get("/monitor/indicators/POPULATION?area=CR12")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        BigDecimal computed = membersSum("CR12", 2024);
        String formatted = String.format(java.util.Locale.GERMANY, "%,d", computed.longValue());
        assertThat(html).contains("circa 641.000").contains(formatted).contains("Genoemd in documenten");
    }

    @Test
    void reImportingTheShippedFilesWritesNothingAndAddsNoDuplicates() {
        int before = dsl.fetchCount(dsl.selectFrom("observation"));
        for (String file : List.of("cbs-03759ned-odata4.zip", "cbs-37259ned-statline.zip")) {
            ImportFormat format = file.contains("odata4") ? ImportFormat.CBS_ODATA4 : ImportFormat.CBS_STATLINE_CSV;
            ImportSummary again = imports.run(ShippedStatistics.request(file, format), "tester");
            assertThat(again.problems()).as(file).isEmpty();
            assertThat(again.written()).as(file).isFalse();
            assertThat(again.added() + again.changed()).as(file).isZero();
            assertThat(again.unchanged()).as(file).isPositive();
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("observation"))).isEqualTo(before);
        // 1995 comes from 37259ned, 2019 on from 03759ned: one figure per municipality and year
        assertThat(dsl.fetchSingle("""
                select count(*) from (select area_id, period from observation o join monitor_indicator i
                on i.id = o.indicator_id where i.code = 'POPULATION' group by area_id, period having count(*) > 1) d
                """).get(0, Integer.class)).isZero();
        assertThat(observed(1995)).containsKeys("GM0153", "GM0149");
    }
}
