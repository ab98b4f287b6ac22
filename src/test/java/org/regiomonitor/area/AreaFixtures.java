package org.regiomonitor.area;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.voucher.SchemeKind;

/**
 * Test areas with unique codes (other rows, e.g. the real reference data, may exist alongside):
 * <pre>
 *   PVT99 Testprovincie
 *     └ CRT99 Testregio: GMT9001 Testdorp Noord, GMT9002 Testdorp Zuid, GMT9003 Testdorp Oost (no boundary, no dwellings)
 *   GMT9009 Testdorp Buiten (not a member)   DET9001 Testkreis (district, DE)
 * </pre>
 * plus projects, vouchers and budgets reaching GMT9001. Inserted once per database.
 */
final class AreaFixtures {

    static final String REGION = "CRT99";
    static final String PROVINCE = "PVT99";
    static final String NORTH = "GMT9001";
    static final String SOUTH = "GMT9002";
    static final String EAST = "GMT9003";
    static final String OUTSIDE = "GMT9009";
    static final String DISTRICT = "DET9001";
    static final String CBS = "TEST-AREA-CBS";
    static final String CBS_TITLE = "Testbron Kerncijfers 2024";
    static final String PUBLISHED_PROJECT = "Testproject Gebied Gepubliceerd";
    static final String HIDDEN_PROJECT = "Testproject Gebied Verborgen";
    static final String REGION_WIDE_PROJECT = "Testproject Gebied Regiobreed";

    private AreaFixtures() {
    }

    static synchronized void ensure(DSLContext dsl) {
        if (dsl.fetchExists(AREA, AREA.CODE.eq(NORTH))) {
            return;
        }
        long cbs = dsl.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.KIND, SOURCE.URL)
                .values(CBS, CBS_TITLE, SourceKind.DATASET, "https://example.org/cbs")
                .returningResult(SOURCE.ID).fetchSingle().value1();
        long geo = dsl.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.KIND)
                .values("TEST-AREA-GEO", "Testbron Grenzen", SourceKind.DATASET)
                .returningResult(SOURCE.ID).fetchSingle().value1();
        long province = area(dsl, PROVINCE, "Testprovincie", AreaKind.PROVINCE, "NL", null, null);
        long region = area(dsl, REGION, "Testregio", AreaKind.REGION, "NL", square(6.0), geo);
        long north = area(dsl, NORTH, "Testdorp Noord", AreaKind.MUNICIPALITY, "NL", square(6.0), geo);
        // Stored as a whole Feature: the GeoJSON endpoint must unwrap it to its geometry.
        long south = area(dsl, SOUTH, "Testdorp <Zuid>", AreaKind.MUNICIPALITY, "NL",
                JSONB.valueOf("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GMT9002\"},\"geometry\":"
                        + square(6.1).data() + "}"), geo);
        long east = area(dsl, EAST, "Testdorp Oost", AreaKind.MUNICIPALITY, "NL", null, null);
        long outside = area(dsl, OUTSIDE, "Testdorp Buiten", AreaKind.MUNICIPALITY, "NL", square(5.0), geo);
        long district = area(dsl, DISTRICT, "Testkreis", AreaKind.DISTRICT, "DE", square(7.0), geo);
        member(dsl, province, region);
        for (long m : new long[] {north, south, east}) {
            member(dsl, region, m);
        }
        stat(dsl, north, Statistic.POPULATION, 2024, "12345", cbs, "WijkenEnBuurten GMT9001");
        stat(dsl, north, Statistic.DWELLINGS, 2024, "5000", cbs, "WijkenEnBuurten GMT9001");
        stat(dsl, north, Statistic.AREA_HA, 2024, "2500.50", cbs, "WijkenEnBuurten GMT9001");
        stat(dsl, north, Statistic.DENSITY, 2024, "494", cbs, "WijkenEnBuurten GMT9001");
        stat(dsl, north, Statistic.POPULATION, 2023, "12000", cbs, "WijkenEnBuurten GMT9001 (2023)");
        stat(dsl, south, Statistic.POPULATION, 2024, "23456", cbs, "WijkenEnBuurten GMT9002");
        stat(dsl, south, Statistic.DWELLINGS, 2024, "10000", cbs, "WijkenEnBuurten GMT9002");
        stat(dsl, south, Statistic.AREA_HA, 2024, "3000", cbs, "WijkenEnBuurten GMT9002");
        stat(dsl, east, Statistic.POPULATION, 2024, "34567", cbs, "WijkenEnBuurten GMT9003");
        stat(dsl, east, Statistic.AREA_HA, 2024, "1000", cbs, "WijkenEnBuurten GMT9003");
        stat(dsl, outside, Statistic.POPULATION, 2024, "99999", cbs, "WijkenEnBuurten GMT9009");

        long org = dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND)
                .values("Test Area Organisatie", OrganisationKind.BUSINESS).returningResult(ORGANISATION.ID).fetchSingle().value1();
        long programme = dsl.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.STATUS, PROGRAMME.PUBLISHED)
                .values("TEST-AREA-PRG", "Testprogramma Gebieden", ProgrammeStatus.RUNNING, true)
                .returningResult(PROGRAMME.ID).fetchSingle().value1();
        long published = project(dsl, PUBLISHED_PROJECT, org, true, false);
        long hidden = project(dsl, HIDDEN_PROJECT, org, false, false);
        project(dsl, REGION_WIDE_PROJECT, org, true, true);
        dsl.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID)
                .values(published, north).values(hidden, north).values(published, south).execute();

        voucher(dsl, programme, north, 3, "15000", true, cbs);
        voucher(dsl, programme, north, 2, null, true, cbs);
        voucher(dsl, programme, north, 5, "1000", false, cbs);
        voucher(dsl, programme, south, 7, "7000", true, cbs);

        long rijk = funder(dsl, "Test Area Financier Rijk", "RIJK");
        long gemeenten = funder(dsl, "Test Area Financier Gemeenten", "GEMEENTEN");
        long line1 = line(dsl, published, rijk, null);
        revision(dsl, line1, 1, "100000", "50000", null, cbs);
        revision(dsl, line1, 2, "120000", "60000", null, cbs);
        long line2 = line(dsl, published, gemeenten, 2024);
        revision(dsl, line2, 1, "30000", "30000", "10000", cbs);
        long line3 = line(dsl, hidden, rijk, null);
        revision(dsl, line3, 1, "7000", null, null, cbs);
    }

    static long id(DSLContext dsl, String code) {
        return dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(code)).fetchSingle().value1();
    }

    private static JSONB square(double x) {
        return JSONB.valueOf("{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",52.0],[" + (x + 0.05) + ",52.0],["
                + (x + 0.05) + ",52.05],[" + x + ",52.05],[" + x + ",52.0]]]}");
    }

    private static long area(DSLContext dsl, String code, String name, AreaKind kind, String country, JSONB boundary,
            Long boundarySource) {
        return dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, AREA.BOUNDARY,
                        AREA.BOUNDARY_SOURCE_ID)
                .values(code, name, kind, country, boundary, boundarySource)
                .returningResult(AREA.ID).fetchSingle().value1();
    }

    private static void member(DSLContext dsl, long parent, long member) {
        dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID).values(parent, member)
                .execute();
    }

    private static void stat(DSLContext dsl, long area, Statistic statistic, int period, String value, long source,
            String locator) {
        dsl.insertInto(AREA_STATISTIC, AREA_STATISTIC.AREA_ID, AREA_STATISTIC.STATISTIC, AREA_STATISTIC.PERIOD,
                        AREA_STATISTIC.VALUE, AREA_STATISTIC.SOURCE_ID, AREA_STATISTIC.SOURCE_LOCATOR)
                .values(area, statistic, period, new BigDecimal(value), source, locator).execute();
    }

    private static long project(DSLContext dsl, String title, long lead, boolean published, boolean regionWide) {
        return dsl.insertInto(PROJECT, PROJECT.TITLE, PROJECT.LEAD_ORGANISATION_ID, PROJECT.STATUS, PROJECT.PUBLISHED,
                        PROJECT.REGION_WIDE)
                .values(title, lead, ProjectStatus.RUNNING, published, regionWide)
                .returningResult(PROJECT.ID).fetchSingle().value1();
    }

    private static void voucher(DSLContext dsl, long programme, long municipality, int quantity, String amount,
            boolean published, long source) {
        dsl.insertInto(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID, VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND,
                        VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.MUNICIPALITY_ID,
                        VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID, VOUCHER_AWARD.SOURCE_LOCATOR)
                .values(programme, "Testvoucherregeling", SchemeKind.INNOVATION_VOUCHER, quantity, dec(amount), municipality,
                        published, source, "Vouchertabel")
                .execute();
    }

    private static long funder(DSLContext dsl, String name, String category) {
        return dsl.insertInto(FUNDER, FUNDER.NAME, FUNDER.CATEGORY_CODE).values(name, category)
                .returningResult(FUNDER.ID).fetchSingle().value1();
    }

    private static long line(DSLContext dsl, long project, long funder, Integer year) {
        return dsl.insertInto(BUDGET_LINE, BUDGET_LINE.PROJECT_ID, BUDGET_LINE.FUNDER_ID, BUDGET_LINE.YEAR)
                .values(project, funder, year).returningResult(BUDGET_LINE.ID).fetchSingle().value1();
    }

    private static void revision(DSLContext dsl, long line, int revision, String budgeted, String committed,
            String realised, long source) {
        dsl.insertInto(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID, BUDGET_REVISION.REVISION,
                        BUDGET_REVISION.BUDGETED, BUDGET_REVISION.COMMITTED, BUDGET_REVISION.REALISED,
                        BUDGET_REVISION.RECORDED_BY, BUDGET_REVISION.SOURCE_ID, BUDGET_REVISION.SOURCE_LOCATOR)
                .values(line, revision, dec(budgeted), dec(committed), dec(realised), "test", source,
                        "Budgettabel r" + revision)
                .execute();
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
