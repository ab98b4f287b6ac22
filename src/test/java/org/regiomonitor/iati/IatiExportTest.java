package org.regiomonitor.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PERIOD_TARGET;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.iati.internal.IatiSettings;
import org.regiomonitor.iati.internal.ReportingOrganisation;
import org.regiomonitor.iati.internal.codelist.OrganisationType;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The IATI 2.03 export (issue 9, acceptance 5): the reference data's file is valid against the schema and keeps the
 * IATI rules; money, dates, results and the hierarchy follow docs/iati.md; unpublished work never appears; without
 * the reporting organisation's settings the export is refused, saying which to set.
 */
@IntegrationTest
class IatiExportTest {

    static final ReportingOrganisation REPORTER = new ReportingOrganisation("NL-KVK-00000000", "Test reporter",
            OrganisationType.OTHER_PUBLIC_SECTOR);
    static final String BASE = "http://localhost";
    static final String[] REFERENCE_PROGRAMMES = {"AVT-2018", "AVT-2023", "RDT-1", "RDT-2", "NPVR"};

    @Autowired
    IatiExport export;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    QueryCounter queries;

    static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    private byte[] write(Long programmeId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.file(programmeId, BASE, REPORTER).writeTo(out);
        return out.toByteArray();
    }

    private long programmeId(String code) {
        return dsl.fetchValue(PROGRAMME.ID, PROGRAMME.CODE.eq(code));
    }

    /** Runs in a transaction that is rolled back: the changes are seen by the export and then gone. */
    private <T> T rolledBack(Supplier<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    @Test
    void theReferenceDataIsValidAgainstTheSchemaAndKeepsTheRules() throws Exception {
        byte[] all = write(null);
        IatiRules.validate(all);
        Document doc = IatiRules.parse(all);
        IatiRules.check(doc, REPORTER.ref(), today());
        for (String code : REFERENCE_PROGRAMMES) {
            byte[] file = write(programmeId(code));
            IatiRules.validate(file);
            Document one = IatiRules.parse(file);
            IatiRules.check(one, REPORTER.ref(), today());
            Element programme = IatiRules.activity(one, REPORTER.ref() + "-PRG-" + code);
            assertThat(programme).as(code).isNotNull();
            assertThat(IatiRules.value(programme, "@hierarchy")).isEqualTo("1");
            // the programme file holds the programme and its published projects, each linked as its child
            int projects = dsl.fetchCount(PROJECT_PROGRAMME.join(PROJECT).on(PROJECT.ID.eq(PROJECT_PROGRAMME.PROJECT_ID)),
                    PROJECT_PROGRAMME.PROGRAMME_ID.eq(programmeId(code)).and(PROJECT.PUBLISHED.isTrue()));
            assertThat(IatiRules.values(programme, "related-activity[@type='2']/@ref")).as(code).hasSize(projects);
            assertThat(IatiRules.nodes(one, "//iati-activity")).hasSize(projects + 1);
        }
        // every reference programme and project is in the whole file, except MICROCHIP, which has no year at all
        Element rdt1 = IatiRules.activity(doc, REPORTER.ref() + "-PRG-RDT-1");
        assertThat(IatiRules.value(rdt1, "title/narrative")).isEqualTo("Regio Deal Twente I");
        assertThat(IatiRules.value(rdt1, "activity-date[@type='1']/@iso-date")).isEqualTo("2019-01-01");
        assertThat(IatiRules.value(rdt1, "activity-date[@type='3']/@iso-date")).isEqualTo("2025-12-31");
        assertThat(IatiRules.value(rdt1, "activity-status/@code")).isEqualTo("3");
        assertThat(IatiRules.value(rdt1, "participating-org[@role='2']/narrative")).isEqualTo("Twente Board");
        assertThat(IatiRules.activity(doc, REPORTER.ref() + "-PRG-MICROCHIP")).isNull();
        assertThat(new String(all, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Programme MICROCHIP is not in this file: no start year is known");
        assertThatThrownBy(() -> write(programmeId("MICROCHIP"))).isInstanceOf(IatiExportRefusedException.class)
                .hasMessageContaining("NOTHING_TO_PUBLISH");

        // a reference result with its "meer dan" and source: Kampus's target of 800 with the booklet's period
        long kampus = dsl.fetchValue(PROJECT.ID, PROJECT.TITLE.eq("Kampus"));
        Element project = IatiRules.activity(doc, REPORTER.ref() + "-PRJ-" + kampus);
        assertThat(IatiRules.values(project, "related-activity[@type='1']/@ref")).contains(REPORTER.ref() + "-PRG-RDT-1");
        assertThat(IatiRules.value(project, "location/@ref")).isEqualTo("GM1742");
        assertThat(IatiRules.value(project, "activity-date[@type='1']/narrative[1]"))
                .contains("niet bekend").contains("Regio Deal Twente I");
        assertThat(IatiRules.values(project, "result/indicator/period[target/@value='800']/period-start/@iso-date"))
                .containsExactly("2019-01-01");
        long amp = dsl.fetchValue(PROJECT.ID, PROJECT.TITLE.eq("Advanced Manufacturing Program"));
        Element ampActivity = IatiRules.activity(doc, REPORTER.ref() + "-PRJ-" + amp);
        assertThat(IatiRules.values(ampActivity, "result/indicator[reference/@code='BEDRIJVEN-ONDERSTEUND']"
                + "/period/actual/@value")).containsExactly("50");
        assertThat(IatiRules.values(ampActivity, "result/indicator[reference/@code='BEDRIJVEN-ONDERSTEUND']"
                + "/period/actual/comment/narrative")).anyMatch(t -> t.contains("meer dan 50"));
    }

    @Test
    void moneyDatesResultsAndTheHierarchyFollowTheRules() {
        rolledBack(() -> {
            Fixture f = new Fixture();
            byte[] file = write(f.programme);
            try {
                IatiRules.validate(file);
                Document doc = IatiRules.parse(file);
                IatiRules.check(doc, REPORTER.ref(), today());
                f.assertMoney(doc);
                f.assertDatesAndOrganisations(doc);
                f.assertResults(doc);
                f.assertUnpublishedNeverAppears(file, doc);
                // the whole portfolio has the same activities for this programme
                Document all = IatiRules.parse(write(null));
                IatiRules.check(all, REPORTER.ref(), today());
                f.assertMoney(all);
                f.assertUnpublishedNeverAppears(write(null), all);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return null;
        });
    }

    @Test
    void anUnpublishedReferenceProjectIsNotInTheFile() {
        long kampus = dsl.fetchValue(PROJECT.ID, PROJECT.TITLE.eq("Kampus"));
        String identifier = REPORTER.ref() + "-PRJ-" + kampus;
        assertThat(new String(write(programmeId("RDT-1")))).contains(identifier);
        String without = rolledBack(() -> {
            dsl.update(PROJECT).set(PROJECT.PUBLISHED, false).where(PROJECT.ID.eq(kampus)).execute();
            return new String(write(programmeId("RDT-1"))) + new String(write(null));
        });
        assertThat(without).doesNotContain(identifier).doesNotContain("<narrative>Kampus</narrative>")
                .doesNotContain("Voorlichtingsbezoeken van vo-leerlingen");
    }

    @Test
    void withoutTheReportingOrganisationTheExportIsRefusedNamingTheSettings() throws Exception {
        assertThat(export.missingSettings()).contains(IatiSettings.REF);
        mvc.perform(get("/iati/activities.xml"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(allOf(containsString(IatiSettings.REF),
                        containsString("De rapporterende organisatie van het IATI-bestand is niet ingesteld"))));
        mvc.perform(get("/programmes/RDT-1/iati.xml").param("lang", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("An administrator has to set these settings: "
                        + IatiSettings.REF)));
        mvc.perform(get("/api/iati/activities.xml"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.settings[0]").value(IatiSettings.REF))
                .andExpect(jsonPath("$.detail").value(containsString(IatiSettings.REF)));
        mvc.perform(get("/api/programmes/RDT-1/iati.xml").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.settings").isArray());
        // an unpublished programme is not found, before any setting is looked at
        long hidden = dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, "IATI-HIDDEN-" + unique())
                .set(PROGRAMME.NAME, "Verborgen programma").set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING)
                .set(PROGRAMME.START_YEAR, 2024).returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
        mvc.perform(get("/programmes/" + hidden + "/iati.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/api/programmes/" + hidden + "/iati.xml")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> write(hidden)).isInstanceOf(IatiExportRefusedException.class);
    }

    @Test
    void theProgrammePageLinksTheFileAndTheApiDescribesIt() throws Exception {
        mvc.perform(get("/programmes/RDT-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/programmes/RDT-1/iati.xml\""),
                        containsString("IATI-bestand van dit programma"))));
        mvc.perform(get("/programmes/RDT-1").param("lang", "de"))
                .andExpect(content().string(containsString("IATI-Datei dieses Programms")));
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/iati/activities.xml'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/programmes/{key}/iati.xml'].get.responses['503']").exists());
    }

    @Test
    void theFileCostsAFixedNumberOfQueries() {
        long avt = programmeId("AVT-2018");
        queries.reset();
        write(null);
        int all = queries.count();
        queries.reset();
        write(avt);
        int one = queries.count();
        assertThat(all).isEqualTo(one).isLessThanOrEqualTo(15);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /**
     * A published programme with themes, funders and periods; a published project with lead, partners (one of them
     * unpublished), municipalities, money over three years, results with disaggregations; a published project with
     * nothing but a completion in the future; an unpublished project with money and results.
     */
    private final class Fixture {

        final String tag = unique();
        final String code = "IATI-" + tag;
        final long programme;
        final long project;
        final long undated;
        final long hidden;
        final String rijk = "Rijk " + tag;
        final String provincie = "Provincie " + tag;
        final int future = today().getYear() + 2;

        Fixture() {
            long owner = organisation("Eigenaar " + tag, OrganisationKind.CIVIL_SOCIETY, true);
            long lead = organisation("Hogeschool " + tag, OrganisationKind.EDUCATION, true);
            long secret = organisation("Geheim bedrijf " + tag, OrganisationKind.BUSINESS, false);
            programme = dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, code).set(PROGRAMME.NAME, "Programma " + tag)
                    .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).set(PROGRAMME.START_YEAR, 2024)
                    .set(PROGRAMME.END_YEAR, 2026).set(PROGRAMME.OWNER_ORGANISATION_ID, owner)
                    .set(PROGRAMME.PUBLISHED, true).returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
            long line = theme("LIJN", ThemeKind.ACTION_LINE);
            long goal = theme("DOEL", ThemeKind.GOAL);
            long other = theme("THEMA", ThemeKind.THEME);
            long task = theme("OPGAVE", ThemeKind.NPVR_TASK);

            project = project("Zichtbaar project " + tag, ProjectStatus.RUNNING, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2026, 12, 31), lead, true);
            dsl.insertInto(PROJECT_STATUS_CHANGE).set(PROJECT_STATUS_CHANGE.PROJECT_ID, project)
                    .set(PROJECT_STATUS_CHANGE.FROM_STATUS, ProjectStatus.APPROVED)
                    .set(PROJECT_STATUS_CHANGE.TO_STATUS, ProjectStatus.RUNNING)
                    .set(PROJECT_STATUS_CHANGE.CHANGED_ON, LocalDate.of(2024, 3, 4))
                    .set(PROJECT_STATUS_CHANGE.CHANGED_BY, "test").execute();
            partner(project, lead, PartnerRole.LEAD);
            partner(project, secret, PartnerRole.IMPLEMENTING);
            for (long theme : List.of(line, goal, other, task)) {
                dsl.insertInto(PROJECT_THEME).set(PROJECT_THEME.PROJECT_ID, project).set(PROJECT_THEME.THEME_ID, theme)
                        .execute();
            }
            dsl.insertInto(PROJECT_AREA).set(PROJECT_AREA.PROJECT_ID, project).set(PROJECT_AREA.AREA_ID, area("GM0153"))
                    .execute();

            undated = project("Ongedateerd project " + tag, ProjectStatus.COMPLETED, null, today().plusDays(30),
                    null, true);
            dsl.insertInto(PROJECT_STATUS_CHANGE).set(PROJECT_STATUS_CHANGE.PROJECT_ID, undated)
                    .set(PROJECT_STATUS_CHANGE.FROM_STATUS, ProjectStatus.RUNNING)
                    .set(PROJECT_STATUS_CHANGE.TO_STATUS, ProjectStatus.COMPLETED)
                    .set(PROJECT_STATUS_CHANGE.CHANGED_ON, today().plusDays(10))
                    .set(PROJECT_STATUS_CHANGE.CHANGED_BY, "test").execute();
            hidden = project("Geheim project " + tag, ProjectStatus.RUNNING, LocalDate.of(2024, 1, 1), null, lead,
                    false);

            long rijkId = funder(rijk, "RIJK");
            long provincieId = funder(provincie, "PROVINCIE");
            money(programme, null, rijkId, 2024, "1000", "800", null, 1);
            money(programme, null, provincieId, 2024, "500", "500", "200", 1);
            money(programme, null, provincieId, null, "50", null, null, 1);
            money(null, project, rijkId, 2024, "300", "300", "100", 1);
            money(null, project, rijkId, 2025, "400", null, null, 2);
            money(null, project, rijkId, future, null, "70", "10", 1);
            money(null, hidden, provincieId, 2024, "999", "999", "999", 1);

            results();
        }

        private long organisation(String name, OrganisationKind kind, boolean published) {
            return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind)
                    .set(ORGANISATION.PUBLISHED, published).returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        }

        private long theme(String themeCode, ThemeKind kind) {
            return dsl.insertInto(THEME).set(THEME.PROGRAMME_ID, programme).set(THEME.CODE, themeCode)
                    .set(THEME.NAME, "Thema " + themeCode).set(THEME.KIND, kind).returning(THEME.ID)
                    .fetchSingle(THEME.ID);
        }

        private long project(String title, ProjectStatus status, LocalDate start, LocalDate end, Long lead,
                boolean published) {
            long id = dsl.insertInto(PROJECT).set(PROJECT.TITLE, title).set(PROJECT.STATUS, status)
                    .set(PROJECT.START_DATE, start).set(PROJECT.END_DATE, end).set(PROJECT.LEAD_ORGANISATION_ID, lead)
                    .set(PROJECT.PUBLISHED, published).set(PROJECT.SUMMARY, "Samenvatting van " + title)
                    .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
            dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                    .set(PROJECT_PROGRAMME.PROGRAMME_ID, programme).execute();
            return id;
        }

        private void partner(long projectId, long organisation, PartnerRole role) {
            dsl.insertInto(PROJECT_PARTNER).set(PROJECT_PARTNER.PROJECT_ID, projectId)
                    .set(PROJECT_PARTNER.ORGANISATION_ID, organisation).set(PROJECT_PARTNER.ROLE, role).execute();
        }

        private long area(String areaCode) {
            return dsl.fetchValue(AREA.ID, AREA.CODE.eq(areaCode));
        }

        private long funder(String name, String category) {
            return dsl.insertInto(FUNDER).set(FUNDER.NAME, name).set(FUNDER.CATEGORY_CODE, category)
                    .returning(FUNDER.ID).fetchSingle(FUNDER.ID);
        }

        /** A budget line; with {@code revisions} 2 its first revision had other amounts. */
        private void money(Long programmeId, Long projectId, long funderId, Integer year, String budgeted,
                String committed, String realised, int revisions) {
            long lineId = dsl.insertInto(BUDGET_LINE).set(BUDGET_LINE.PROGRAMME_ID, programmeId)
                    .set(BUDGET_LINE.PROJECT_ID, projectId).set(BUDGET_LINE.FUNDER_ID, funderId)
                    .set(BUDGET_LINE.YEAR, year).returning(BUDGET_LINE.ID).fetchSingle(BUDGET_LINE.ID);
            for (int r = 1; r <= revisions; r++) {
                boolean last = r == revisions;
                dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID, lineId)
                        .set(BUDGET_REVISION.REVISION, r)
                        .set(BUDGET_REVISION.BUDGETED, last ? decimal(budgeted) : new BigDecimal("1"))
                        .set(BUDGET_REVISION.COMMITTED, last ? decimal(committed) : null)
                        .set(BUDGET_REVISION.REALISED, last ? decimal(realised) : null)
                        .set(BUDGET_REVISION.RECORDED_BY, "test").execute();
            }
        }

        private static BigDecimal decimal(String s) {
            return s == null ? null : new BigDecimal(s);
        }

        private void results() {
            long period2024 = period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            long period2025 = period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            long catalogue = dsl.insertInto(CATALOGUE_INDICATOR).set(CATALOGUE_INDICATOR.PROGRAMME_ID, programme)
                    .set(CATALOGUE_INDICATOR.CODE, "CAT-" + tag).set(CATALOGUE_INDICATOR.NAME_NL, "Bedrijven")
                    .set(CATALOGUE_INDICATOR.DEFINITION, "Bedrijven die het project hielp.")
                    .set(CATALOGUE_INDICATOR.MEASURE, Measure.UNIT).returning(CATALOGUE_INDICATOR.ID)
                    .fetchSingle(CATALOGUE_INDICATOR.ID);
            long gender = dsl.insertInto(DISAGGREGATION_DIMENSION).set(DISAGGREGATION_DIMENSION.PROGRAMME_ID, programme)
                    .set(DISAGGREGATION_DIMENSION.CODE, "GESLACHT").set(DISAGGREGATION_DIMENSION.NAME_NL, "Geslacht")
                    .set(DISAGGREGATION_DIMENSION.NAME_EN, "Gender").returning(DISAGGREGATION_DIMENSION.ID)
                    .fetchSingle(DISAGGREGATION_DIMENSION.ID);
            long woman = dimensionValue(gender, "V", "Vrouw", 1);
            long man = dimensionValue(gender, "M", "Man", 2);

            long result = result(project, "Bedrijven geholpen");
            long unit = dsl.insertInto(INDICATOR).set(INDICATOR.RESULT_ID, result)
                    .set(INDICATOR.CATALOGUE_INDICATOR_ID, catalogue).set(INDICATOR.TITLE, "Geholpen bedrijven")
                    .set(INDICATOR.MEASURE, Measure.UNIT).set(INDICATOR.BASELINE_VALUE, new BigDecimal("10"))
                    .set(INDICATOR.BASELINE_YEAR, 2023).set(INDICATOR.TARGET_VALUE, new BigDecimal("200"))
                    .set(INDICATOR.TARGET_DATE, LocalDate.of(2025, 12, 31)).returning(INDICATOR.ID)
                    .fetchSingle(INDICATOR.ID);
            dsl.insertInto(PERIOD_TARGET).set(PERIOD_TARGET.INDICATOR_ID, unit).set(PERIOD_TARGET.PERIOD_ID, period2024)
                    .set(PERIOD_TARGET.TARGET_VALUE, new BigDecimal("50")).execute();
            long approved = update(unit, period2024, "60", null, null, ValueQualifier.AT_LEAST, UpdateStatus.APPROVED);
            part(approved, area("GM0153"), null, "40");
            part(approved, area("GM0141"), null, "20");
            part(approved, null, woman, "35");
            part(approved, null, man, "25");
            update(unit, period2025, "999", null, null, ValueQualifier.EXACT, UpdateStatus.DRAFT);

            long ratio = dsl.insertInto(INDICATOR).set(INDICATOR.RESULT_ID, result(project, "Tevreden deelnemers"))
                    .set(INDICATOR.TITLE, "Aandeel tevreden").set(INDICATOR.MEASURE, Measure.PERCENTAGE)
                    .returning(INDICATOR.ID).fetchSingle(INDICATOR.ID);
            update(ratio, period2024, null, "30", "40", ValueQualifier.EXACT, UpdateStatus.APPROVED);

            long hiddenIndicator = dsl.insertInto(INDICATOR).set(INDICATOR.RESULT_ID, result(hidden, "Geheim resultaat"))
                    .set(INDICATOR.TITLE, "Geheime indicator").set(INDICATOR.MEASURE, Measure.UNIT)
                    .returning(INDICATOR.ID).fetchSingle(INDICATOR.ID);
            update(hiddenIndicator, period2024, "7", null, null, ValueQualifier.EXACT, UpdateStatus.APPROVED);
        }

        private long period(LocalDate start, LocalDate end) {
            return dsl.insertInto(REPORTING_PERIOD).set(REPORTING_PERIOD.PROGRAMME_ID, programme)
                    .set(REPORTING_PERIOD.KIND, PeriodKind.YEAR).set(REPORTING_PERIOD.START_DATE, start)
                    .set(REPORTING_PERIOD.END_DATE, end).returning(REPORTING_PERIOD.ID).fetchSingle(REPORTING_PERIOD.ID);
        }

        private long dimensionValue(long dimension, String valueCode, String name, int position) {
            return dsl.insertInto(DIMENSION_VALUE).set(DIMENSION_VALUE.DIMENSION_ID, dimension)
                    .set(DIMENSION_VALUE.CODE, valueCode).set(DIMENSION_VALUE.NAME_NL, name)
                    .set(DIMENSION_VALUE.POSITION, position).returning(DIMENSION_VALUE.ID).fetchSingle(DIMENSION_VALUE.ID);
        }

        private long result(long projectId, String title) {
            return dsl.insertInto(RESULT).set(RESULT.PROJECT_ID, projectId).set(RESULT.TITLE, title)
                    .set(RESULT.TYPE, ResultType.OUTPUT).returning(RESULT.ID).fetchSingle(RESULT.ID);
        }

        private long update(long indicator, long period, String value, String numerator, String denominator,
                ValueQualifier qualifier, UpdateStatus status) {
            return dsl.insertInto(RESULT_UPDATE).set(RESULT_UPDATE.INDICATOR_ID, indicator)
                    .set(RESULT_UPDATE.PERIOD_ID, period).set(RESULT_UPDATE.VALUE, decimal(value))
                    .set(RESULT_UPDATE.NUMERATOR, decimal(numerator)).set(RESULT_UPDATE.DENOMINATOR, decimal(denominator))
                    .set(RESULT_UPDATE.QUALIFIER, qualifier).set(RESULT_UPDATE.STATUS, status)
                    .set(RESULT_UPDATE.CREATED_BY, "test").returning(RESULT_UPDATE.ID).fetchSingle(RESULT_UPDATE.ID);
        }

        private void part(long update, Long areaId, Long dimensionValue, String value) {
            dsl.insertInto(UPDATE_DISAGGREGATION).set(UPDATE_DISAGGREGATION.UPDATE_ID, update)
                    .set(UPDATE_DISAGGREGATION.AREA_ID, areaId).set(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID, dimensionValue)
                    .set(UPDATE_DISAGGREGATION.VALUE, new BigDecimal(value)).execute();
        }

        String programmeId() {
            return REPORTER.ref() + "-PRG-" + code;
        }

        String projectId(long id) {
            return REPORTER.ref() + "-PRJ-" + id;
        }

        /**
         * The project carries its own money; the programme only the funder that funds none of its projects
         * (Provincie 2024); the Rijk's programme line is left out (it may hold the project's Rijk money).
         */
        void assertMoney(Document doc) throws Exception {
            Element p = IatiRules.activity(doc, programmeId());
            assertThat(IatiRules.values(p, "budget/value")).containsExactly("500");
            assertThat(IatiRules.values(p, "budget/period-start/@iso-date")).containsExactly("2024-01-01");
            assertThat(IatiRules.values(p, "transaction[transaction-type/@code='2']/value")).containsExactly("500");
            assertThat(IatiRules.values(p, "transaction[transaction-type/@code='4']/value")).containsExactly("200");
            assertThat(IatiRules.values(p, "transaction/provider-org/narrative")).containsOnly(provincie);
            assertThat(IatiRules.values(p, "transaction/transaction-date/@iso-date")).containsOnly("2024-12-31");
            assertThat(IatiRules.value(p, "transaction/provider-org/@type")).isEqualTo("11");
            assertThat(IatiRules.values(p, "participating-org[@role='1']/narrative")).contains(rijk, provincie);

            Element x = IatiRules.activity(doc, projectId(project));
            assertThat(IatiRules.values(x, "budget/value")).containsExactly("300", "400");
            assertThat(IatiRules.values(x, "budget/@type")).containsExactly("1", "2");
            assertThat(IatiRules.values(x, "budget/@status")).containsOnly("1");
            assertThat(IatiRules.values(x, "transaction[transaction-type/@code='2']/value")).containsExactly("300", "70");
            assertThat(IatiRules.values(x, "transaction[transaction-type/@code='4']/value")).containsExactly("100");
            // the commitment for a future year is dated when it was recorded (today), not in that year
            assertThat(IatiRules.value(x, "transaction[value='70']/transaction-date/@iso-date"))
                    .isEqualTo(today().toString());
            assertThat(IatiRules.values(x, "transaction/provider-org/@type")).contains("10");
            // not the unpublished project's money (999), nor the line without a year (50) or the withheld Rijk line (1000)
            for (Element activity : List.of(p, x)) {
                assertThat(IatiRules.values(activity, "transaction/value | budget/value"))
                        .doesNotContain("50", "999", "1000", "800");
            }
        }

        void assertDatesAndOrganisations(Document doc) throws Exception {
            Element x = IatiRules.activity(doc, projectId(project));
            assertThat(IatiRules.value(x, "activity-date[@type='1']/@iso-date")).isEqualTo("2024-03-01");
            assertThat(IatiRules.value(x, "activity-date[@type='2']/@iso-date")).isEqualTo("2024-03-04");
            assertThat(IatiRules.value(x, "activity-date[@type='3']/@iso-date")).isEqualTo("2026-12-31");
            assertThat(IatiRules.nodes(x, "activity-date[@type='4']")).isEmpty();
            assertThat(IatiRules.value(x, "activity-status/@code")).isEqualTo("2");
            assertThat(IatiRules.values(x, "participating-org[@role='2']/narrative")).containsExactly("Hogeschool " + tag);
            assertThat(IatiRules.values(x, "participating-org[@role='4']/narrative")).containsExactly("Hogeschool " + tag);
            assertThat(IatiRules.value(x, "participating-org[@role='4']/@type")).isEqualTo("80");
            assertThat(IatiRules.values(x, "participating-org[@role='3']/narrative")).containsExactly("Eigenaar " + tag);
            assertThat(IatiRules.value(x, "participating-org[@role='3']/@type")).isEmpty();
            assertThat(IatiRules.values(x, "participating-org[@role='1']/narrative")).containsExactly(rijk);
            assertThat(IatiRules.values(x, "related-activity[@type='1']/@ref")).containsExactly(programmeId());
            assertThat(IatiRules.values(x, "sector[@vocabulary='99']/@percentage")).containsExactly("33.33", "33.33",
                    "33.34");
            assertThat(IatiRules.values(x, "sector[@vocabulary='98']/@code")).containsExactly(code + "/OPGAVE");
            assertThat(IatiRules.values(x, "sector[@vocabulary='98']/@percentage")).containsExactly("100");
            assertThat(IatiRules.values(x, "location/@ref")).containsExactly("GM0141", "GM0153");
            assertThat(IatiRules.value(x, "location[@ref='GM0153']/name/narrative")).isEqualTo("Enschede");
            assertThat(IatiRules.value(x, "location[@ref='GM0153']/feature-designation/@code")).isEqualTo("ADM2");

            // completed tomorrow: neither the recorded step nor the end date is an actual date yet
            Element u = IatiRules.activity(doc, projectId(undated));
            assertThat(IatiRules.nodes(u, "activity-date[@type='2' or @type='4']")).isEmpty();
            assertThat(IatiRules.value(u, "activity-date[@type='1']/@iso-date")).isEqualTo("2024-01-01");
            assertThat(IatiRules.value(u, "activity-date[@type='1']/narrative[1]")).contains("niet bekend");
            assertThat(IatiRules.value(u, "activity-date[@type='1']/narrative[@*[local-name()='lang']='en']"))
                    .contains("not known");
            assertThat(IatiRules.value(u, "activity-status/@code")).isEqualTo("3");

            Element p = IatiRules.activity(doc, programmeId());
            assertThat(IatiRules.values(p, "related-activity[@type='2']/@ref"))
                    .containsExactlyInAnyOrder(projectId(project), projectId(undated));
            assertThat(IatiRules.value(p, "participating-org[@role='2']/narrative")).isEqualTo("Eigenaar " + tag);
        }

        void assertResults(Document doc) throws Exception {
            Element x = IatiRules.activity(doc, projectId(project));
            String unit = "result/indicator[reference/@code='CAT-" + tag + "']";
            assertThat(IatiRules.value(x, unit + "/@measure")).isEqualTo("1");
            assertThat(IatiRules.value(x, unit + "/reference/@vocabulary")).isEqualTo("99");
            assertThat(IatiRules.value(x, unit + "/baseline/@year")).isEqualTo("2023");
            assertThat(IatiRules.value(x, unit + "/baseline/@value")).isEqualTo("10");
            String year = unit + "/period[period-start/@iso-date='2024-01-01' and period-end/@iso-date='2024-12-31']";
            assertThat(IatiRules.values(x, year + "/target/@value")).containsExactly("50");
            assertThat(IatiRules.values(x, year + "/actual/@value")).containsExactly("60", "20", "40", "35", "25");
            assertThat(IatiRules.value(x, year + "/actual[1]/comment/narrative[1]")).isEqualTo("meer dan 60");
            assertThat(IatiRules.value(x, year + "/actual[@value='40']/location/@ref")).isEqualTo("GM0153");
            assertThat(IatiRules.value(x, year + "/actual[@value='35']/dimension/@name")).isEqualTo("Geslacht");
            assertThat(IatiRules.value(x, year + "/actual[@value='35']/dimension/@value")).isEqualTo("Vrouw");
            // the overall target: from the first reporting period to the target date
            String overall = unit + "/period[period-start/@iso-date='2024-01-01' and period-end/@iso-date='2025-12-31']";
            assertThat(IatiRules.values(x, overall + "/target/@value")).containsExactly("200");
            // the draft of 2025 is not a value
            assertThat(IatiRules.values(x, ".//actual/@value")).doesNotContain("999");
            String ratio = "result/indicator[title/narrative='Aandeel tevreden']";
            assertThat(IatiRules.value(x, ratio + "/@measure")).isEqualTo("2");
            assertThat(IatiRules.values(x, ratio + "/period/actual/@value")).containsExactly("75");
            assertThat(IatiRules.value(x, ratio + "/period/actual/comment/narrative[1]")).isEqualTo("30 van 40");
        }

        void assertUnpublishedNeverAppears(byte[] file, Document doc) throws Exception {
            String xml = new String(file, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(IatiRules.activity(doc, projectId(hidden))).isNull();
            assertThat(xml).doesNotContain(projectId(hidden) + "<").doesNotContain("Geheim project " + tag)
                    .doesNotContain("Geheim resultaat").doesNotContain("Geheime indicator")
                    .doesNotContain("Geheim bedrijf " + tag);
        }
    }
}
