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
import org.regiomonitor.portfolio.ProjectStatus;
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

    /** How much to add. */
    record Size(int projects, int vouchers, int organisations) {
    }

    private final DSLContext dsl;
    private final SplittableRandom random = new SplittableRandom(20260101L);

    SyntheticData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds the synthetic rows in one transaction; returns the number of rows written per table. */
    Map<String, Integer> add(Size size) {
        return dsl.transactionResult(cfg -> new Writer(DSL.using(cfg), size).write());
    }

    private final class Writer {

        private final DSLContext tx;
        private final Size size;
        private final Map<String, Integer> written = new java.util.LinkedHashMap<>();

        Writer(DSLContext tx, Size size) {
            this.tx = tx;
            this.size = size;
        }

        Map<String, Integer> write() {
            long source = tx.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.KIND)
                    .values(SOURCE_CODE, "Synthetic benchmark rows: NOT real data, never shipped", "benchmark",
                            SourceKind.DATASET)
                    .returning(SOURCE.ID).fetchOne(SOURCE.ID);
            // Municipalities of the home region (Twente), where the product's maps and area pages look.
            List<Long> municipalities = tx.select(AREA.ID).from(AREA)
                    .join(AREA_MEMBERSHIP).on(AREA_MEMBERSHIP.MEMBER_ID.eq(AREA.ID))
                    .join(AREA.as("r")).on(AREA.as("r").ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                    .where(AREA.KIND.eq(AreaKind.MUNICIPALITY), AREA.as("r").CODE.eq("CR12"))
                    .orderBy(AREA.CODE).fetch(AREA.ID);
            List<Long> programmes = tx.select(PROGRAMME.ID).from(PROGRAMME).orderBy(PROGRAMME.ID).fetch(PROGRAMME.ID);
            Map<Long, List<Long>> themes = tx.select(THEME.PROGRAMME_ID, THEME.ID).from(THEME).orderBy(THEME.ID)
                    .fetchGroups(THEME.PROGRAMME_ID, THEME.ID);
            List<String> categories = tx.select(FUNDER_CATEGORY.CODE).from(FUNDER_CATEGORY)
                    .orderBy(FUNDER_CATEGORY.POSITION).fetch(FUNDER_CATEGORY.CODE);

            List<Long> organisations = organisations(source, municipalities);
            List<Long> funders = funders(categories, organisations);
            List<Long> projects = projects(source, organisations);
            links(projects, programmes, themes, municipalities, organisations);
            statusChanges(projects);
            budget(source, projects, programmes, funders);
            vouchers(source, programmes, projects, municipalities);
            mobilised(source, programmes);
            return written;
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
                List<Long> municipalities, List<Long> organisations) {
            List<Query> programmeRows = new ArrayList<>();
            List<Query> themeRows = new ArrayList<>();
            List<Query> areaRows = new ArrayList<>();
            List<Query> partnerRows = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                long project = projects.get(i);
                long programme = programmes.get(i % programmes.size());
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
                for (long area : distinct(random, municipalities, 1 + random.nextInt(3))) {
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
                List<Long> two = distinct(random, funders, 2);
                owners.add(new Object[] {null, project, two.get(0), 2020 + random.nextInt(8)});
                owners.add(new Object[] {null, project, two.get(1), null});
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

            // Revisions: original plus one change (history), a few lines with a third.
            List<Query> revisions = new ArrayList<>();
            for (long line : lines) {
                int count = random.nextInt(100) < 10 ? 3 : 2;
                BigDecimal budgeted = euros(10_000 + random.nextInt(990_000));
                for (int r = 1; r <= count; r++) {
                    BigDecimal committed = budgeted.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                            .movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
                    BigDecimal realised = r == 1 ? null : committed.multiply(BigDecimal.valueOf(random.nextInt(101)))
                            .movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
                    revisions.add(tx.insertInto(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID,
                            BUDGET_REVISION.REVISION, BUDGET_REVISION.BUDGETED, BUDGET_REVISION.COMMITTED,
                            BUDGET_REVISION.REALISED, BUDGET_REVISION.REASON, BUDGET_REVISION.RECORDED_BY,
                            BUDGET_REVISION.SOURCE_ID, BUDGET_REVISION.SOURCE_LOCATOR)
                            .values(line, r, budgeted, committed, realised, MARK + " revision " + r, RECORDED_BY,
                                    source, "line " + line));
                }
            }
            batch("budget_revision", revisions);
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
