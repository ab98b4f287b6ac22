package org.regiomonitor.bench;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;
import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_THEME;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.ValueQualifier;

/**
 * A SYNTHETIC results programme for the results benchmark only, never shipped: it lives only in the benchmark's
 * throw-away embedded database. Marked like {@link SyntheticData}: the programme, projects, results and
 * indicators are named {@value SyntheticData#MARK}, they point at the source {@value #SOURCE_CODE} ("not real
 * data"), updates are created by {@value SyntheticData#RECORDED_BY}. A fixed seed makes runs comparable.
 *
 * <p>Shape: one published programme {@value #PROGRAMME_CODE} with 10 half-year periods (2021-2025), a catalogue of
 * 10 indicators (4 units per period, 3 cumulative units, 2 percentages per period, 1 cumulative percentage), 3
 * themes and 2 dimensions (gender: 3 values, sector: 4); {@code projects} projects (new ones, 95 % published; or
 * existing ones that join the programme), each with 3 results and 10 indicators (or fewer, see {@link #add(int, int,
 * List)}), one per catalogue indicator (5 % of them the project's own, not adopting it). Per
 * indicator and period: 92 % an approved update, of which 3 % corrected by an approved correction (the original is
 * then superseded) and 3 % with a correction still open (submitted, returned or draft); 4 % only an open update
 * (draft, submitted, returned, resubmitted), 4 % nothing. Unit values are split by Twente municipality (60 %, a
 * third of them only partly) and by gender (50 %, 3 % not adding up). 7 % of values are "at least" or "about".
 *
 * <p>Rows go in with multi-row inserts (with {@code returning} where later rows need the ids) in one transaction
 * that records no per-row audit events, as the reference-data loader does for its bulk loads.
 */
final class SyntheticResults {

    static final String PROGRAMME_CODE = "SYN-RESULTS";
    static final String SOURCE_CODE = "SYNTHETIC-RESULTS-BENCHMARK";
    static final int PERIODS = 10;

    private static final String MARK = SyntheticData.MARK;
    private static final String BY = SyntheticData.RECORDED_BY;
    private static final int CHUNK = 1000;

    /** A catalogue indicator of the synthetic programme. */
    private record Spec(String code, String name, Measure measure, boolean cumulative) {
    }

    private static final List<Spec> CATALOGUE = List.of(
            new Spec("SYN-BEDRIJVEN", "Ondersteunde bedrijven", Measure.UNIT, false),
            new Spec("SYN-EVENEMENTEN", "Gehouden evenementen", Measure.UNIT, false),
            new Spec("SYN-DEELNEMERS", "Deelnemers leven lang ontwikkelen", Measure.UNIT, false),
            new Spec("SYN-BEZOEKERS", "Bezoekers", Measure.UNIT, false),
            new Spec("SYN-BANEN", "Gecreëerde banen (cumulatief)", Measure.UNIT, true),
            new Spec("SYN-M2", "Gerealiseerde vierkante meters (cumulatief)", Measure.UNIT, true),
            new Spec("SYN-STUDENTEN", "Bereikte studenten (cumulatief)", Measure.UNIT, true),
            new Spec("SYN-WERK", "Aandeel deelnemers met werk", Measure.PERCENTAGE, false),
            new Spec("SYN-TEVREDEN", "Aandeel tevreden bedrijven", Measure.PERCENTAGE, false),
            new Spec("SYN-DIPLOMA", "Aandeel gediplomeerd (cumulatief)", Measure.PERCENTAGE, true));
    private static final UpdateStatus[] OPEN = {UpdateStatus.DRAFT, UpdateStatus.SUBMITTED, UpdateStatus.RETURNED,
        UpdateStatus.RESUBMITTED};
    private static final UpdateStatus[] OPEN_CORRECTION = {UpdateStatus.DRAFT, UpdateStatus.SUBMITTED,
        UpdateStatus.RETURNED};

    /** What was written: the programme's id and a sample of published projects and their indicators. */
    record Written(long programmeId, List<Long> sampleProjects, List<Long> sampleIndicators, Map<String, Integer> rows) {
    }

    /** One update to write; {@code supersedes} is the index of the update it corrects, or -1. */
    private record Update(long indicator, long period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            ValueQualifier qualifier, UpdateStatus status, int supersedes, List<Part> parts) {
    }

    /** A part of an update's value: a municipality or a dimension value. */
    private record Part(Long area, Long dimensionValue, BigDecimal value) {
    }

    private final DSLContext dsl;
    private final SplittableRandom random = new SplittableRandom(20261130L);

    SyntheticResults(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The programme with {@code projects} new projects and ten indicators each. */
    Written add(int projects) {
        return add(projects, CATALOGUE.size(), List.of());
    }

    /**
     * The programme with {@code indicatorsPerProject} (1-10) of the catalogue's indicators per project, spread over
     * its kinds (5: two units per period, two cumulative units, a percentage), for {@code projects} projects: the first
     * of {@code existingProjects}, which then also join the programme, or new ones when that list is empty.
     */
    Written add(int projects, int indicatorsPerProject, List<Long> existingProjects) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.execute("select set_config('regiomonitor.audit_summary', 'on', true)");
            return write(tx, projects, indicatorsPerProject, existingProjects);
        });
    }

    private Written write(DSLContext tx, int projectCount, int indicatorsPerProject, List<Long> existingProjects) {
        // Which of the catalogue's kinds each project gets, spread over the list (all ten: every one).
        int[] kinds = new int[Math.max(1, Math.min(CATALOGUE.size(), indicatorsPerProject))];
        for (int j = 0; j < kinds.length; j++) {
            kinds[j] = j * CATALOGUE.size() / kinds.length;
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        long source = tx.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.KIND)
                .values(SOURCE_CODE, "Synthetic results benchmark rows: NOT real data, never shipped", "benchmark",
                        SourceKind.DATASET)
                .returning(SOURCE.ID).fetchOne(SOURCE.ID);
        long programme = tx.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR,
                        PROGRAMME.END_YEAR, PROGRAMME.STATUS, PROGRAMME.PUBLISHED, PROGRAMME.SOURCE_ID)
                .values(PROGRAMME_CODE, MARK + " Resultatenprogramma (benchmark)", 2021, 2025, ProgrammeStatus.RUNNING,
                        true, source)
                .returning(PROGRAMME.ID).fetchOne(PROGRAMME.ID);
        List<Long> municipalities = tx.select(AREA.ID).from(AREA)
                .join(AREA_MEMBERSHIP).on(AREA_MEMBERSHIP.MEMBER_ID.eq(AREA.ID))
                .join(AREA.as("r")).on(AREA.as("r").ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY), AREA.as("r").CODE.eq("CR12"))
                .orderBy(AREA.CODE).fetch(AREA.ID);

        var themeInsert = tx.insertInto(THEME, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.POSITION);
        for (int t = 0; t < 3; t++) {
            themeInsert = themeInsert.values(programme, "SYN-T" + t, MARK + " Actielijn " + (t + 1), ThemeKind.ACTION_LINE, t);
        }
        List<Long> themes = themeInsert.returning(THEME.ID).fetch(THEME.ID);

        var periodInsert = tx.insertInto(REPORTING_PERIOD, REPORTING_PERIOD.PROGRAMME_ID, REPORTING_PERIOD.KIND,
                REPORTING_PERIOD.START_DATE, REPORTING_PERIOD.END_DATE, REPORTING_PERIOD.LOCKED);
        for (int p = 0; p < PERIODS; p++) {
            LocalDate start = LocalDate.of(2021 + p / 2, p % 2 == 0 ? 1 : 7, 1);
            periodInsert = periodInsert.values(programme, PeriodKind.HALF_YEAR, start, start.plusMonths(6).minusDays(1),
                    p < PERIODS - 2);
        }
        List<Long> periods = periodInsert.returning(REPORTING_PERIOD.ID).fetch(REPORTING_PERIOD.ID);

        var catalogueInsert = tx.insertInto(CATALOGUE_INDICATOR, CATALOGUE_INDICATOR.PROGRAMME_ID, CATALOGUE_INDICATOR.CODE,
                CATALOGUE_INDICATOR.NAME_NL, CATALOGUE_INDICATOR.DEFINITION, CATALOGUE_INDICATOR.MEASURE,
                CATALOGUE_INDICATOR.CUMULATIVE);
        for (int k : kinds) {
            Spec s = CATALOGUE.get(k);
            catalogueInsert = catalogueInsert.values(programme, s.code(), MARK + " " + s.name(),
                    "Synthetische indicator, geen echte gegevens", s.measure(), s.cumulative());
        }
        List<Long> catalogue = catalogueInsert.returning(CATALOGUE_INDICATOR.ID).fetch(CATALOGUE_INDICATOR.ID);

        List<Long> genders = dimension(tx, programme, "SYN-GESLACHT", "vrouw", "man", "anders");
        dimension(tx, programme, "SYN-SECTOR", "industrie", "zorg", "onderwijs", "overig");

        List<Long> projects = !existingProjects.isEmpty()
                ? existingProjects.subList(0, Math.min(projectCount, existingProjects.size()))
                : chunked(projectCount, i -> tx.insertInto(PROJECT, PROJECT.TITLE, PROJECT.STATUS,
                        PROJECT.PUBLISHED, PROJECT.SOURCE_ID, PROJECT.SOURCE_LOCATOR), (insert, i) -> insert.values(
                        "%s Resultatenproject %04d".formatted(MARK, i), ProjectStatus.RUNNING, random.nextInt(100) >= 5,
                        source, "results project " + i),
                insert -> insert.returning(PROJECT.ID).fetch(PROJECT.ID));
        rows.put("project", projects.size());
        List<Query> links = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            links.add(tx.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID)
                    .values(projects.get(i), programme));
            links.add(tx.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID)
                    .values(projects.get(i), themes.get(i % themes.size())));
        }
        batch(tx, links);

        // Results: 3 per project; indicators 0-3 on the first, 4-6 on the second, 7-9 on the third.
        int[] resultOf = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
        ResultType[] types = {ResultType.OUTPUT, ResultType.OUTCOME, ResultType.OUTCOME};
        List<Long> results = chunked(projects.size() * 3, i -> tx.insertInto(RESULT, RESULT.PROJECT_ID, RESULT.TITLE,
                        RESULT.TYPE, RESULT.POSITION), (insert, i) -> insert.values(projects.get(i / 3),
                        "%s Resultaat %d".formatted(MARK, i % 3 + 1), types[i % 3], i % 3),
                insert -> insert.returning(RESULT.ID).fetch(RESULT.ID));
        rows.put("result", results.size());
        List<Query> resultThemes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            resultThemes.add(tx.insertInto(RESULT_THEME, RESULT_THEME.RESULT_ID, RESULT_THEME.THEME_ID)
                    .values(results.get(i), themes.get((i / 3) % themes.size())));
        }
        batch(tx, resultThemes);

        int perProject = kinds.length;
        List<Long> indicators = chunked(projects.size() * perProject, i -> tx.insertInto(INDICATOR, INDICATOR.RESULT_ID,
                        INDICATOR.CATALOGUE_INDICATOR_ID, INDICATOR.TITLE, INDICATOR.MEASURE, INDICATOR.CUMULATIVE,
                        INDICATOR.TARGET_VALUE, INDICATOR.TARGET_DATE, INDICATOR.POSITION), (insert, i) -> {
                    int k = i % perProject;
                    Spec spec = CATALOGUE.get(kinds[k]);
                    boolean own = random.nextInt(100) < 5;
                    return insert.values(results.get(i / perProject * 3 + resultOf[kinds[k]]), own ? null : catalogue.get(k),
                            MARK + (own ? " Eigen indicator " : " ") + spec.name(), spec.measure(), spec.cumulative(),
                            spec.measure() == Measure.PERCENTAGE ? BigDecimal.valueOf(75) : BigDecimal.valueOf(1000),
                            LocalDate.of(2025, 12, 31), k);
                },
                insert -> insert.returning(INDICATOR.ID).fetch(INDICATOR.ID));
        rows.put("indicator", indicators.size());

        List<Update> updates = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            updatesOf(indicators.get(i), CATALOGUE.get(kinds[i % perProject]), periods, municipalities, genders, updates);
        }
        // Originals first, so that corrections can point at them.
        List<Long> ids = new ArrayList<>(java.util.Collections.nCopies(updates.size(), (Long) null));
        List<Integer> originals = new ArrayList<>();
        List<Integer> corrections = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            (updates.get(i).supersedes() < 0 ? originals : corrections).add(i);
        }
        for (List<Integer> pass : List.of(originals, corrections)) {
            List<Long> written = chunked(pass.size(), i -> tx.insertInto(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID,
                            RESULT_UPDATE.PERIOD_ID, RESULT_UPDATE.VALUE, RESULT_UPDATE.NUMERATOR, RESULT_UPDATE.DENOMINATOR,
                            RESULT_UPDATE.QUALIFIER, RESULT_UPDATE.COMMENT, RESULT_UPDATE.STATUS,
                            RESULT_UPDATE.SUPERSEDES_ID, RESULT_UPDATE.CREATED_BY), (insert, i) -> {
                        Update u = updates.get(pass.get(i));
                        return insert.values(u.indicator(), u.period(), u.value(), u.numerator(), u.denominator(),
                                u.qualifier(), MARK, u.status(), u.supersedes() < 0 ? null : ids.get(u.supersedes()), BY);
                    },
                    insert -> insert.returning(RESULT_UPDATE.ID).fetch(RESULT_UPDATE.ID));
            for (int i = 0; i < pass.size(); i++) {
                ids.set(pass.get(i), written.get(i));
            }
        }
        rows.put("result_update", updates.size());

        List<Object[]> parts = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            for (Part p : updates.get(i).parts()) {
                parts.add(new Object[] {ids.get(i), p.area(), p.dimensionValue(), p.value()});
            }
        }
        chunked(parts.size(), i -> tx.insertInto(UPDATE_DISAGGREGATION, UPDATE_DISAGGREGATION.UPDATE_ID,
                        UPDATE_DISAGGREGATION.AREA_ID, UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID, UPDATE_DISAGGREGATION.VALUE),
                (insert, i) -> insert.values((Long) parts.get(i)[0], (Long) parts.get(i)[1], (Long) parts.get(i)[2],
                        (BigDecimal) parts.get(i)[3]),
                insert -> List.of(insert.execute()));
        rows.put("update_disaggregation", parts.size());

        return samples(tx, programme, projects, rows);
    }

    /** What {@link #add} wrote in an earlier run whose database is kept (the benchmark's {@code bench.db}), or null. */
    static Written existing(DSLContext dsl) {
        Long programme = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.CODE.eq(PROGRAMME_CODE))
                .fetchOne(PROGRAMME.ID);
        if (programme == null) {
            return null;
        }
        List<Long> projects = dsl.selectDistinct(PROJECT_PROGRAMME.PROJECT_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programme)).fetch(PROJECT_PROGRAMME.PROJECT_ID);
        return samples(dsl, programme, projects, Map.of());
    }

    /** Twenty published projects spread over {@code projects}, and their indicators. */
    private static Written samples(DSLContext tx, long programme, List<Long> projects, Map<String, Integer> rows) {
        List<Long> published = tx.select(PROJECT.ID).from(PROJECT).where(PROJECT.ID.in(projects)).and(PROJECT.PUBLISHED)
                .orderBy(PROJECT.ID).fetch(PROJECT.ID);
        List<Long> sampleProjects = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sampleProjects.add(published.get(i * published.size() / 20));
        }
        List<Long> sampleIndicators = tx.select(INDICATOR.ID).from(INDICATOR).join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT.PROJECT_ID.in(sampleProjects)).orderBy(INDICATOR.ID).fetch(INDICATOR.ID);
        return new Written(programme, sampleProjects, sampleIndicators, rows);
    }

    private List<Long> dimension(DSLContext tx, long programme, String code, String... values) {
        long id = tx.insertInto(DISAGGREGATION_DIMENSION, DISAGGREGATION_DIMENSION.PROGRAMME_ID,
                        DISAGGREGATION_DIMENSION.CODE, DISAGGREGATION_DIMENSION.NAME_NL)
                .values(programme, code, MARK + " " + code).returning(DISAGGREGATION_DIMENSION.ID)
                .fetchOne(DISAGGREGATION_DIMENSION.ID);
        var insert = tx.insertInto(DIMENSION_VALUE, DIMENSION_VALUE.DIMENSION_ID, DIMENSION_VALUE.CODE,
                DIMENSION_VALUE.NAME_NL, DIMENSION_VALUE.POSITION);
        for (int i = 0; i < values.length; i++) {
            insert = insert.values(id, values[i], values[i], i);
        }
        return insert.returning(DIMENSION_VALUE.ID).fetch(DIMENSION_VALUE.ID);
    }

    /** The updates of one indicator over the periods, with running totals for cumulative ones. */
    private void updatesOf(long indicator, Spec spec, List<Long> periods, List<Long> municipalities, List<Long> genders,
            List<Update> out) {
        long running = 0;
        long runningDenominator = 0;
        for (long period : periods) {
            int slot = random.nextInt(100);
            if (slot < 4) {
                out.add(update(indicator, period, spec, running + 500, runningDenominator + 500, pick(OPEN), -1,
                        municipalities, genders));
                continue;
            }
            if (slot < 8) {
                continue;
            }
            long value = spec.cumulative() ? running + random.nextInt(spec.measure() == Measure.UNIT ? 50 : 40)
                    : random.nextInt(200);
            long denominator = spec.cumulative() ? runningDenominator + 40 + random.nextInt(60) : 20 + random.nextInt(480);
            if (spec.cumulative()) {
                running = value;
                runningDenominator = denominator;
            }
            int original = out.size();
            out.add(update(indicator, period, spec, value, denominator, UpdateStatus.APPROVED, -1, municipalities, genders));
            int correction = random.nextInt(100);
            if (correction < 3) {
                out.add(update(indicator, period, spec, value + 1 + random.nextInt(10), denominator,
                        UpdateStatus.APPROVED, original, municipalities, genders));
            } else if (correction < 6) {
                out.add(update(indicator, period, spec, value + 1000, denominator + 1000, pick(OPEN_CORRECTION), original,
                        municipalities, genders));
            }
        }
    }

    private Update update(long indicator, long period, Spec spec, long value, long denominator, UpdateStatus status,
            int supersedes, List<Long> municipalities, List<Long> genders) {
        int q = random.nextInt(100);
        ValueQualifier qualifier = q < 5 ? ValueQualifier.AT_LEAST : q < 7 ? ValueQualifier.ABOUT : ValueQualifier.EXACT;
        if (spec.measure() == Measure.PERCENTAGE) {
            long numerator = Math.min(denominator, (long) (denominator * (0.3 + 0.6 * random.nextDouble())));
            return new Update(indicator, period, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                    qualifier, status, supersedes, List.of());
        }
        List<Part> parts = new ArrayList<>();
        if (random.nextInt(100) < 60) {
            List<Long> areas = SyntheticData.distinct(random, municipalities, 1 + random.nextInt(3));
            long attributed = random.nextInt(3) == 0 ? value * 6 / 10 : value; // a third only partly attributed
            List<BigDecimal> shares = split(attributed, areas.size());
            for (int a = 0; a < shares.size(); a++) {
                parts.add(new Part(areas.get(a), null, shares.get(a)));
            }
        }
        if (random.nextInt(100) < 50) {
            long total = random.nextInt(100) < 3 ? value + 1 : value; // a few that do not add up
            List<BigDecimal> shares = split(total, genders.size());
            for (int g = 0; g < shares.size(); g++) {
                parts.add(new Part(null, genders.get(g), shares.get(g)));
            }
        }
        return new Update(indicator, period, BigDecimal.valueOf(value), null, null, qualifier, status, supersedes, parts);
    }

    /** {@code total} in {@code n} random whole parts that add up to it. */
    private List<BigDecimal> split(long total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        long left = total;
        for (int i = 0; i < n - 1; i++) {
            long part = left == 0 ? 0 : random.nextLong(left + 1);
            parts.add(BigDecimal.valueOf(part));
            left -= part;
        }
        parts.add(BigDecimal.valueOf(left));
        return parts;
    }

    /** Multi-row inserts of {@code count} rows in chunks; {@code finish} runs each chunk and returns its ids. */
    private static <I> List<Long> chunked(int count, Function<Integer, I> start, RowAdder<I> add,
            Function<I, List<? extends Number>> finish) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < count; from += CHUNK) {
            I insert = start.apply(from);
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                insert = add.add(insert, i);
            }
            finish.apply(insert).forEach(n -> ids.add(n.longValue()));
        }
        return ids;
    }

    /** Adds row {@code i} to a multi-row insert. */
    @FunctionalInterface
    private interface RowAdder<I> {
        I add(I insert, int i);
    }

    private static void batch(DSLContext tx, List<Query> queries) {
        for (int from = 0; from < queries.size(); from += CHUNK * 2) {
            tx.batch(queries.subList(from, Math.min(queries.size(), from + CHUNK * 2))).execute();
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
