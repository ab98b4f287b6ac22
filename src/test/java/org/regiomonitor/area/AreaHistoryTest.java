package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.AREA;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AreaHistory with CBS's real 03759ned code list. Every test runs in a transaction it rolls back, so the
 * shared database keeps only what other tests expect (and the rollback itself is under test).
 */
@IntegrationTest
class AreaHistoryTest {

    @Autowired
    AreaHistory history;

    @Autowired
    Areas areas;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryCounter counter;

    private int municipalitiesOn(long regionId, LocalDate day) {
        Select<Record3<Long, LocalDate, LocalDate>> composition = AreaSql.municipalityComposition(regionId);
        var t = composition.asTable("c");
        Field3 f = new Field3(t.field(0, Long.class), t.field(1, LocalDate.class), t.field(2, LocalDate.class));
        return dsl.fetchCount(dsl.selectDistinct(f.id()).from(t)
                .where(f.from().isNull().or(f.from().le(day)))
                .and(f.to().isNull().or(f.to().gt(day))));
    }

    private record Field3(org.jooq.Field<Long> id, org.jooq.Field<LocalDate> from, org.jooq.Field<LocalDate> to) {
    }

    private long id(String code) {
        return dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(code)).fetchSingle(AREA.ID);
    }

    @Test
    void appliesTheCodeListIdempotentlyAndComposesTheCountryPerYear() throws Exception {
        List<CbsRegionCode> codes = CbsRegionCodesTest.read03759();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // the monitor's import of the shipped CBS tables may have applied this list at start already
            history.apply(codes, null);
            assertThat(dsl.fetchCount(DSL.table("area_succession"))).isPositive();

            AreaHistory.Summary second = history.apply(codes, null);
            assertThat(second).isEqualTo(new AreaHistory.Summary(0, 0, 0, 0));

            long nl = id("NL01");
            assertThat(municipalitiesOn(nl, LocalDate.of(2019, 1, 1))).isEqualTo(355);
            assertThat(municipalitiesOn(nl, LocalDate.of(2023, 1, 1))).isEqualTo(342);
            // A municipality composes to itself for its own validity.
            assertThat(municipalitiesOn(id("GM0738"), LocalDate.of(2018, 1, 1))).isEqualTo(1);
            assertThat(municipalitiesOn(id("GM0738"), LocalDate.of(2019, 1, 1))).isZero();

            AreaRef aalburg = areas.findByCode("CBS", "GM0738").orElseThrow();
            assertThat(aalburg.name()).isEqualTo("Aalburg");
            assertThat(aalburg.kind()).isEqualTo(AreaKind.MUNICIPALITY);
            assertThat(aalburg.validTo()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(areas.findByCode("CBS", "PV23").orElseThrow().kind()).isEqualTo(AreaKind.PROVINCE);
            assertThat(areas.codeIndex("CBS")).containsKeys("GM0149", "GM1774", "CR12", "LD01");
            assertThat(areas.codeIndex("CBS").get("LD02").name()).isEqualTo("Oost-Nederland");
            assertThat(dsl.fetchCount(DSL.table("area_succession"),
                    DSL.field("kind").eq("RENAME").and(DSL.field("predecessor_id").eq(id("GM0149")))
                            .and(DSL.field("successor_id").eq(id("GM1774"))))).isEqualTo(1);
        });
    }

    /** Twente's composition from the shipped reference data (its history file), and the same after the code list. */
    @Test
    void twenteIsComposedOfTheMunicipalitiesOfEachYear() throws Exception {
        long twente = id("CR12");
        assertThat(municipalitiesOn(twente, LocalDate.of(2000, 1, 1))).isEqualTo(21);
        assertThat(municipalitiesOn(twente, LocalDate.of(2002, 1, 1))).isEqualTo(14);
        assertThat(municipalitiesOn(twente, LocalDate.of(2024, 1, 1))).isEqualTo(14);
        // The current members list is unchanged: 14, none of them historical.
        assertThat(areas.members("CR12")).hasSize(14).extracting(AreaSummary::code).doesNotContain("GM0149", "GM0142");
        List<CbsRegionCode> codes = CbsRegionCodesTest.read03759();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            history.apply(codes, null);
            assertThat(municipalitiesOn(twente, LocalDate.of(2000, 1, 1))).isEqualTo(21);
            assertThat(municipalitiesOn(twente, LocalDate.of(2002, 1, 1))).isEqualTo(14);
            assertThat(areas.findByCode("CBS", "GM0149").orElseThrow().name()).isEqualTo("Denekamp");
        });
    }

    @Test
    void referenceAreasCarryTheirCodesInEverySystem() {
        assertThat(areas.findByCode("NUTS", "NL213").orElseThrow().code()).isEqualTo("CR12");
        assertThat(areas.findByCode("NUTS", "NL21").orElseThrow().code()).isEqualTo("PV23");
        assertThat(areas.findByCode("NUTS", "NL").orElseThrow().code()).isEqualTo("NL01");
        assertThat(areas.findByCode("CBS", "CR12").orElseThrow().name()).isEqualTo("Twente");
        assertThat(areas.findByCode("ARS", "03456").orElseThrow().name()).isEqualTo("Grafschaft Bentheim");
        assertThat(areas.codeIndex("NUTS")).containsKeys("DE94B", "DEA34", "DEA37", "DE", "DE9");
        AreaRef nrw = areas.findByCode("NUTS", "DEA").orElseThrow();
        assertThat(nrw.name()).isEqualTo("Nordrhein-Westfalen");
        assertThat(nrw.kind()).isEqualTo(AreaKind.PROVINCE);
        assertThat(areas.members(nrw.code())).extracting(AreaSummary::code).containsExactly("DE05554", "DE05566");
        assertThat(areas.findByCode("NUTS", "NL999")).isEmpty();
        assertThatThrownBy(() -> areas.codeIndex("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndedMunicipalityShowsWhatItBecameAndTheSuccessorWhereItCameFrom() throws Exception {
        List<CbsRegionCode> codes = CbsRegionCodesTest.read03759();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            history.apply(codes, null);
            try {
                counter.reset();
                String aalburg = mvc.perform(get("/areas/GM0738")).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString();
                int aalburgQueries = counter.count();
                assertThat(aalburg).contains("id=\"area-ended\"", "Opgeheven per", "href=\"/areas/GM1959\"");
                String altena = mvc.perform(get("/areas/GM1959")).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString();
                assertThat(altena).doesNotContain("id=\"area-ended\"").contains("id=\"area-predecessors\"",
                        "href=\"/areas/GM0738\"", "href=\"/areas/GM0870\"", "href=\"/areas/GM0874\"");
                counter.reset();
                mvc.perform(get("/areas/GM0149").header("Accept-Language", "en")).andExpect(status().isOk());
                assertThat(counter.count()).as("queries of a municipality page do not grow with its history")
                        .isEqualTo(aalburgQueries);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void rollsBackWithTheCallerAndNeedsOne() throws Exception {
        // a code no real list has (the real ones may have been applied at start by the monitor's import)
        String code = "GM9" + (100 + (System.nanoTime() % 800));
        List<CbsRegionCode> codes = List.of(new CbsRegionCode(code, "Testgemeente (GM)",
                "Opgeheven per 01-01-2020, overgegaan naar:\r\n- Almelo (GM0141),\r\nBegindatum 01-01-1990", "GMPV23"));
        boolean before = dsl.fetchExists(AREA, AREA.CODE.eq(code));
        tx.executeWithoutResult(status -> {
            history.apply(codes, null);
            assertThat(dsl.fetchExists(AREA, AREA.CODE.eq(code))).isTrue();
            status.setRollbackOnly();
        });
        assertThat(dsl.fetchExists(AREA, AREA.CODE.eq(code))).isEqualTo(before).isFalse();
        assertThatThrownBy(() -> history.apply(codes, null)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
