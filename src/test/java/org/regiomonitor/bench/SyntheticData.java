package org.regiomonitor.bench;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.FUNDER_CATEGORY;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;

/**
 * Scales the database up with SYNTHETIC rows for the benchmark only. Every row is unmistakably marked:
 * it points at the source {@value #SOURCE_CODE} (title says "not real data") where the table has a
 * source, names start with {@value #MARK}, and budget revisions are recorded by {@value #RECORDED_BY}.
 * None of this is in the shipped reference dataset; it lives only in the benchmark's throw-away
 * embedded database. A fixed seed makes runs comparable.
 *
 * <p>Rows are written with jOOQ batches ({@link DSLContext#batch(Query...)}) and multi-row inserts
 * (with {@code returning} where later rows need the generated ids), in chunks well under PostgreSQL's
 * bind-parameter limit.
 */
final class SyntheticData {

    static final String SOURCE_CODE = "SYNTHETIC-BENCHMARK";
    static final String MARK = "[SYNTHETIC]";
    static final String RECORDED_BY = "synthetic-benchmark";

    private static final int CHUNK = 500;
    private static final String[] WORDS = {"innovatie", "talent", "zorg", "energie", "circulair", "onderwijs",
        "mobiliteit", "waterstof", "techniek", "ondernemers", "arbeidsmarkt", "wonen", "digitalisering", "cultuur",
        "vakmanschap", "gezondheid", "landbouw", "logistiek", "microchips", "veiligheid"};
    private static final ProjectStatus[] STATUSES = {ProjectStatus.APPLICATION, ProjectStatus.UNDER_ASSESSMENT,
        ProjectStatus.APPROVED, ProjectStatus.REJECTED, ProjectStatus.RUNNING, ProjectStatus.RUNNING, ProjectStatus.RUNNING,
        ProjectStatus.COMPLETED, ProjectStatus.COMPLETED, ProjectStatus.CONTINUED_INDEPENDENTLY};
    private static final PartnerRole[] PARTNER_ROLES = {PartnerRole.IMPLEMENTING, PartnerRole.CO_FINANCING,
        PartnerRole.KNOWLEDGE};
    private static final OrganisationKind[] ORG_KINDS = {OrganisationKind.GOVERNMENT, OrganisationKind.EDUCATION,
        OrganisationKind.BUSINESS, OrganisationKind.BUSINESS, OrganisationKind.CIVIL_SOCIETY};
    private static final SchemeKind[] SCHEME_KINDS = SchemeKind.values();
    private static final RecipientKind[] RECIPIENTS = RecipientKind.values();

    /**
     * How much to add. {@code programmes}: how many programmes there are to be in all, synthetic ones (with four themes
     * each, every eighth unpublished) added up to it; {@code linesPerProject}: budget lines per project (the first for
     * a year, the second for the whole period, more for further funders and years); {@code revisions}: budget
     * revisions in all, spread unevenly over the lines (0: two per line, a tenth with a third); {@code national}:
     * projects reach the municipalities of the whole country, each programme's those of one COROP region, and
     * programmes get skewed numbers of projects, instead of Twente's municipalities and projects round robin.
     */
    record Size(int projects, int vouchers, int organisations, int programmes, int linesPerProject, int revisions,
            boolean national) {

        /** The shape of the read-path benchmark: Twente, the existing programmes, two lines per project. */
        static Size twente(int projects, int vouchers, int organisations) {
            return new Size(projects, vouchers, organisations, 0, 2, 0, false);
        }
    }

    private final DSLContext dsl;
    private final SplittableRandom random = new SplittableRandom(20260101L);

    SyntheticData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds the synthetic rows in one transaction (Spring-managed, so the hooks that maintain derived rows at commit
     * run as for any write), with audit summaries instead of per-row audit events as the reference-data loader
     * does; returns the number of rows written per table.
     */
    Map<String, Integer> add(Size size) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.execute("select set_config('regiomonitor.audit_summary', 'on', true)");
            return new Writer(tx, size).write();
        });
    }

    private final class Writer {

        private final DSLContext tx;
        private final Size size;
        private final Map<String, Integer> written = new java.util.LinkedHashMap<>();
        private List<Long> newLines = List.of();

        Writer(DSLContext tx, Size size) {
            this.tx = tx;
            this.size = size;
        }

        Map<String, Integer> write() {
            long source = tx.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.KIND)
                    .values(SOURCE_CODE, "Synthetic benchmark rows: NOT real data, never shipped", "benchmark",
                            SourceKind.DATASET)
                    .returning(SOURCE.ID).fetchOne(SOURCE.ID);
            // Municipalities per COROP region (today's); the home region (Twente) is where the product's maps and
            // area pages look, and where the shipped programmes work.
            var region = AREA.as("r");
            Map<String, List<Long>> byRegion = tx.select(region.CODE, AREA.ID).from(AREA)
                    .join(AREA_MEMBERSHIP).on(AREA_MEMBERSHIP.MEMBER_ID.eq(AREA.ID))
                    .join(region).on(region.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                    .where(AREA.KIND.eq(AreaKind.MUNICIPALITY), AREA.VALID_TO.isNull(), AREA_MEMBERSHIP.VALID_TO.isNull(),
                            region.KIND.eq(AreaKind.REGION), region.CODE.like("CR%"))
                    .orderBy(region.CODE, AREA.CODE)
                    .fetchGroups(region.CODE, AREA.ID);
            List<Long> municipalities = size.national()
                    ? byRegion.values().stream().flatMap(List::stream).distinct().sorted().toList()
                    : byRegion.get("CR12");
            List<Long> existing = tx.select(PROGRAMME.ID).from(PROGRAMME).orderBy(PROGRAMME.ID).fetch(PROGRAMME.ID);
            List<Long> programmes = new ArrayList<>(existing);
            programmes.addAll(programmes(source, size.programmes() - existing.size(), byRegion.keySet()));
            // Where each programme's projects work: the shipped programmes in Twente, the others one region each.
            List<String> otherRegions = byRegion.keySet().stream().filter(c -> !c.equals("CR12")).toList();
            Map<Long, List<Long>> areasOf = new java.util.HashMap<>();
            for (int p = 0; p < programmes.size(); p++) {
                areasOf.put(programmes.get(p), !size.national() || p < existing.size() ? byRegion.get("CR12")
                        : byRegion.get(otherRegions.get((p - existing.size()) % otherRegions.size())));
            }
            Map<Long, List<Long>> themes = tx.select(THEME.PROGRAMME_ID, THEME.ID).from(THEME).orderBy(THEME.ID)
                    .fetchGroups(THEME.PROGRAMME_ID, THEME.ID);
            List<String> categories = tx.select(FUNDER_CATEGORY.CODE).from(FUNDER_CATEGORY)
                    .orderBy(FUNDER_CATEGORY.POSITION).fetch(FUNDER_CATEGORY.CODE);

            List<Long> organisations = organisations(source, municipalities);
            List<Long> funders = funders(categories, organisations);
            List<Long> projects = projects(source, organisations);
            links(projects, programmes, themes, areasOf, organisations);
            statusChanges(projects);
            budget(source, projects, programmes, funders);
            revisions(source);
            vouchers(source, programmes, projects, municipalities);
            mobilised(source, programmes);
            return written;
        }

        /** {@code count} synthetic programmes (none when not positive), each with four themes; every eighth unpublished. */
        private List<Long> programmes(long source, int count, java.util.Collection<String> regions) {
            if (count <= 0) {
                return List.of();
            }
            List<String> names = new ArrayList<>(regions);
            var insert = tx.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR,
                    PROGRAMME.DESCRIPTION, PROGRAMME.STATUS, PROGRAMME.PUBLISHED, PROGRAMME.SOURCE_ID,
                    PROGRAMME.SOURCE_LOCATOR);
            for (int i = 0; i < count; i++) {
                int start = 2018 + i % 6;
                insert = insert.values("SYN-P%02d".formatted(i + 1), "%s Regio Deal %s %d".formatted(MARK,
                                names.get(i % names.size()), i + 1), start, start + 4,
                        "Synthetisch programma voor de benchmark, geen echte gegevens", ProgrammeStatus.RUNNING,
                        i % 8 != 7, source, "programme " + i);
            }
            List<Long> ids = insert.returning(PROGRAMME.ID).fetch(PROGRAMME.ID);
            var themes = tx.insertInto(THEME, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.POSITION,
                    THEME.SOURCE_ID);
            for (long programme : ids) {
                for (int t = 0; t < 4; t++) {
                    themes = themes.values(programme, "SYN-T" + (t + 1), "%s Actielijn %d %s".formatted(MARK, t + 1,
                            pick(WORDS)), ThemeKind.ACTION_LINE, t, source);
                }
            }
            written.put("programme", ids.size());
            written.put("theme", themes.execute());
            return ids;
        }

        private List<Long> organisations(long source, List<Long> municipalities) {
            List<Long> ids = new ArrayList<>();
            for (int from = 0; from < size.organisations(); from += CHUNK) {
                var insert = tx.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND,
                        ORGANISATION.MUNICIPALITY_ID, ORGANISATION.DESCRIPTION, ORGANISATION.SOURCE_ID,
                        ORGANISATION.SOURCE_LOCATOR);
                for (int i = from; i < Math.min(size.organisations(), from + CHUNK); i++) {
                    insert = insert.values("%s Organisatie %04d".formatted(MARK, i), pick(ORG_KINDS),
                            pick(municipalities), "Synthetische organisatie voor " + pick(WORDS), source, "org " + i);
                }
                ids.addAll(insert.returning(ORGANISATION.ID).fetch(ORGANISATION.ID));
            }
            written.put("organisation", ids.size());
            return ids;
        }

        private List<Long> funders(List<String> categories, List<Long> organisations) {
            var insert = tx.insertInto(FUNDER, FUNDER.NAME, FUNDER.CATEGORY_CODE, FUNDER.ORGANISATION_ID);
            for (int i = 0; i < categories.size() * 3; i++) {
                String category = categories.get(i % categories.size());
                insert = insert.values("%s Financier %s %d".formatted(MARK, category, i / categories.size()), category,
                        organisations.get(i % organisations.size()));
            }
            List<Long> ids = insert.returning(FUNDER.ID).fetch(FUNDER.ID);
            written.put("funder", ids.size());
            return ids;
        }

        private List<Long> projects(long source, List<Long> organisations) {
            List<Long> ids = new ArrayList<>();
            for (int from = 0; from < size.projects(); from += CHUNK) {
                var insert = tx.insertInto(PROJECT, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.LEAD_ORGANISATION_ID,
                        PROJECT.START_DATE, PROJECT.END_DATE, PROJECT.STATUS, PROJECT.REGION_WIDE, PROJECT.PUBLISHED,
                        PROJECT.SOURCE_ID, PROJECT.SOURCE_LOCATOR);
                for (int i = from; i < Math.min(size.projects(), from + CHUNK); i++) {
                    LocalDate start = LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12), 1);
                    insert = insert.values("%s Project %05d %s en %s".formatted(MARK, i, pick(WORDS), pick(WORDS)),
                            "Synthetisch benchmarkproject over %s, %s en %s in Twente.".formatted(pick(WORDS),
                                    pick(WORDS), pick(WORDS)),
                            pick(organisations), start, start.plusMonths(6 + random.nextInt(48)), pick(STATUSES),
                            random.nextInt(100) < 15, random.nextInt(100) < 90, source, "project " + i);
                }
                ids.addAll(insert.returning(PROJECT.ID).fetch(PROJECT.ID));
            }
            written.put("project", ids.size());
            return ids;
        }

        private void links(List<Long> projects, List<Long> programmes, Map<Long, List<Long>> themes,
                Map<Long, List<Long>> areasOf, List<Long> organisations) {
            double[] cumulative = skew(programmes.size());
            List<Query> programmeRows = new ArrayList<>();
            List<Query> themeRows = new ArrayList<>();
            List<Query> areaRows = new ArrayList<>();
            List<Query> partnerRows = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                long project = projects.get(i);
                long programme = programmes.get(size.national() ? index(cumulative, random.nextDouble())
                        : i % programmes.size());
                List<Long> ownProgrammes = new ArrayList<>(List.of(programme));
                if (random.nextInt(100) < 10) { // a joint project in a second programme
                    long second = programmes.get((i + 1) % programmes.size());
                    if (second != programme) {
                        ownProgrammes.add(second);
                    }
                }
                for (long p : ownProgrammes) {
                    programmeRows.add(tx.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID,
                            PROJECT_PROGRAMME.PROGRAMME_ID).values(project, p));
                }
                for (long theme : distinct(random, themes.getOrDefault(programme, List.of()), 1 + random.nextInt(2))) {
                    themeRows.add(tx.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID)
                            .values(project, theme));
                }
                for (long area : distinct(random, areasOf.get(programme), 1 + random.nextInt(3))) {
                    areaRows.add(tx.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID)
                            .values(project, area));
                }
                List<Long> partners = distinct(random, organisations, 3);
                partnerRows.add(tx.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID,
                        PROJECT_PARTNER.ORGANISATION_ID, PROJECT_PARTNER.ROLE).values(project, partners.get(0), PartnerRole.LEAD));
                for (long partner : partners.subList(1, partners.size())) {
                    partnerRows.add(tx.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID,
                            PROJECT_PARTNER.ORGANISATION_ID, PROJECT_PARTNER.ROLE).values(project, partner,
                                    pick(PARTNER_ROLES)));
                }
            }
            batch("project_programme", programmeRows);
            batch("project_theme", themeRows);
            batch("project_area", areaRows);
            batch("project_partner", partnerRows);
        }

        private void statusChanges(List<Long> projects) {
            List<Query> rows = new ArrayList<>();
            for (long project : projects) {
                rows.add(statusChange(project, null, ProjectStatus.APPLICATION, 2019));
                rows.add(statusChange(project, ProjectStatus.APPLICATION, ProjectStatus.RUNNING, 2020));
            }
            batch("project_status_change", rows);
        }

        private Query statusChange(long project, ProjectStatus from, ProjectStatus to, int year) {
            return tx.insertInto(PROJECT_STATUS_CHANGE, PROJECT_STATUS_CHANGE.PROJECT_ID,
                    PROJECT_STATUS_CHANGE.FROM_STATUS, PROJECT_STATUS_CHANGE.TO_STATUS, PROJECT_STATUS_CHANGE.CHANGED_ON,
                    PROJECT_STATUS_CHANGE.CHANGED_BY, PROJECT_STATUS_CHANGE.NOTE)
                    .values(project, from, to, LocalDate.of(year, 1, 1), RECORDED_BY, MARK);
        }

        private void budget(long source, List<Long> projects, List<Long> programmes, List<Long> funders) {
            // Lines: two per project (two funders; one for a year, one for the whole period) and, per
            // programme, one per synthetic funder and year 2020-2027.
            List<Long> lines = new ArrayList<>();
            List<Object[]> owners = new ArrayList<>();
            for (long project : projects) {
                List<Long> own = distinct(random, funders, size.linesPerProject());
                for (int l = 0; l < own.size(); l++) {
                    owners.add(new Object[] {null, project, own.get(l), l == 1 ? null : 2020 + random.nextInt(8)});
                }
            }
            for (long programme : programmes) {
                for (long funder : funders) {
                    for (int year = 2020; year <= 2027; year++) {
                        owners.add(new Object[] {programme, null, funder, year});
                    }
                }
            }
            for (int from = 0; from < owners.size(); from += CHUNK) {
                var insert = tx.insertInto(BUDGET_LINE, BUDGET_LINE.PROGRAMME_ID, BUDGET_LINE.PROJECT_ID,
                        BUDGET_LINE.FUNDER_ID, BUDGET_LINE.YEAR);
                for (Object[] o : owners.subList(from, Math.min(owners.size(), from + CHUNK))) {
                    insert = insert.values((Long) o[0], (Long) o[1], (Long) o[2], (Integer) o[3]);
                }
                lines.addAll(insert.returning(BUDGET_LINE.ID).fetch(BUDGET_LINE.ID));
            }
            written.put("budget_line", lines.size());

            newLines = lines;
        }

        /**
         * The revisions of the new lines, written set-based (a million rows would take minutes as single inserts):
         * the original and its changes, with the same budget and a changing commitment; realised from the second
         * revision on. Counts per line: two, a tenth three; or, with {@code size.revisions()}, that many in all,
         * uneven in pairs of lines (one gets d more than the mean, the next d fewer).
         */
        private void revisions(long source) {
            tx.execute("select setseed(0.2026)");
            int count = tx.execute("""
                    with line as (
                      select id, row_number() over (order by id) as rn, count(*) over () as lines,
                        (10000 + abs(hashint8(id)::bigint) % 990000)::numeric(15, 2) as budgeted
                      from budget_line where id = any(?::bigint[])
                    ), mean as (
                      select line.*, ?::bigint / lines as base, ?::bigint % lines as extra from line
                    ), counted as (
                      select id, budgeted, case when base = 0 then case when random() < 0.1 then 3 else 2 end
                        else greatest(1, base + case when rn <= extra then 1 else 0 end
                          + case when rn = lines and lines % 2 = 1 then 0
                                 else (abs(hashint8((rn + 1) / 2)::bigint) % base) * case when rn % 2 = 1 then 1 else -1 end end)
                        end as n
                      from mean
                    )
                    insert into budget_revision (budget_line_id, revision, budgeted, committed, realised, reason,
                      recorded_by, source_id, source_locator)
                    select c.id, r, c.budgeted, x.committed,
                      case when r = 1 then null else round(x.committed * random()::numeric, 2) end,
                      ? || ' revision ' || r, ?, ?, 'line ' || c.id
                    from counted c cross join lateral generate_series(1, c.n) r
                    cross join lateral (select round(c.budgeted * (0.5 + random() * 0.5)::numeric, 2) as committed) x
                    """, newLines.toArray(Long[]::new), (long) size.revisions(), (long) size.revisions(), MARK,
                    RECORDED_BY, source);
            written.put("budget_revision", count);
        }

        private void vouchers(long source, List<Long> programmes, List<Long> projects, List<Long> municipalities) {
            List<Query> rows = new ArrayList<>();
            for (int i = 0; i < size.vouchers(); i++) {
                int year = 2019 + random.nextInt(7);
                rows.add(tx.insertInto(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID, VOUCHER_AWARD.PROJECT_ID,
                        VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.AMOUNT,
                        VOUCHER_AWARD.AWARDED_ON, VOUCHER_AWARD.AWARD_YEAR, VOUCHER_AWARD.MUNICIPALITY_ID,
                        VOUCHER_AWARD.RECIPIENT_KIND, VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID,
                        VOUCHER_AWARD.SOURCE_LOCATOR)
                        .values(pick(programmes), random.nextInt(100) < 30 ? pick(projects) : null,
                                MARK + " Regeling " + pick(WORDS), pick(SCHEME_KINDS), 1 + random.nextInt(5),
                                euros(1_000 + random.nextInt(24_000)), LocalDate.of(year, 1 + random.nextInt(12), 1),
                                year, pick(municipalities), pick(RECIPIENTS), true, source, "voucher " + i));
            }
            batch("voucher_award", rows);
        }

        private void mobilised(long source, List<Long> programmes) {
            List<Query> rows = new ArrayList<>();
            for (long programme : programmes) {
                for (int i = 0; i < 20; i++) {
                    rows.add(tx.insertInto(MOBILISED_INVESTMENT, MOBILISED_INVESTMENT.PROGRAMME_ID,
                            MOBILISED_INVESTMENT.DESCRIPTION, MOBILISED_INVESTMENT.AMOUNT,
                            MOBILISED_INVESTMENT.SOURCE_ID, MOBILISED_INVESTMENT.SOURCE_LOCATOR)
                            .values(programme, MARK + " Gemobiliseerde investering " + i,
                                    euros(100_000 + random.nextInt(4_900_000)), source, "mobilised " + i));
                }
            }
            batch("mobilised_investment", rows);
        }

        private void batch(String table, List<Query> queries) {
            for (int from = 0; from < queries.size(); from += CHUNK * 4) {
                tx.batch(queries.subList(from, Math.min(queries.size(), from + CHUNK * 4))).execute();
            }
            written.merge(table, queries.size(), Integer::sum);
        }
    }

    /** Row counts of the tables the read paths touch, to print next to the figures. */
    static Map<String, Integer> counts(DSLContext dsl) {
        var tables = List.of(PROJECT, PROJECT_PROGRAMME, PROJECT_THEME, PROJECT_AREA, PROJECT_PARTNER, ORGANISATION,
                BUDGET_LINE, BUDGET_REVISION, VOUCHER_AWARD);
        return tables.stream().collect(Collectors.toMap(t -> t.getName(), dsl::fetchCount, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /**
     * Cumulative shares of {@code n} programmes with a realistic skew (the k-th largest gets a share proportional to
     * 1/k^0.8: the largest about 11 times the median), to pick one with {@link #index}.
     */
    static double[] skew(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, 0.8);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    /** The first index whose cumulative share reaches {@code u} (0 <= u < 1). */
    static int index(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Up to {@code n} different values, in random order. */
    static List<Long> distinct(SplittableRandom random, List<Long> values, int n) {
        List<Long> copy = new ArrayList<>(values);
        List<Long> out = new ArrayList<>();
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }

    private static BigDecimal euros(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
