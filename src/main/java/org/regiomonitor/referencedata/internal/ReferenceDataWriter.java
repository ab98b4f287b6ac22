package org.regiomonitor.referencedata.internal;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Result;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated dataset with multi-row inserts (one statement per table and chunk), so the
 * whole import costs a few dozen statements however many rows it has. Must run inside the
 * caller's transaction: a failure anywhere rolls everything back.
 */
@Component
public class ReferenceDataWriter {

    /** Rows per INSERT: well below PostgreSQL's 65535 bind parameters for the widest table here. */
    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    ReferenceDataWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes everything; returns the number of rows per table, in insertion order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> write(Dataset d, OpenData open) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Long> sources = writeSources(d, rows);
        Map<String, Long> areas = writeAreas(d, open, sources, rows);
        writeMemberships(d, open, areas, sources, rows);
        writeStatistics(d, open, areas, sources, rows);
        Map<String, Long> organisations = writeOrganisations(d, areas, sources, rows);
        Map<String, Long> programmes = writeProgrammes(d, organisations, sources, rows);
        Map<String, Long> themes = writeThemes(d, programmes, sources, rows);
        Map<String, Long> projects = writeProjects(d, organisations, sources, rows);
        writeProjectRelations(d, projects, programmes, themes, areas, organisations, rows);
        Map<String, Long> funders = writeFunders(d, organisations, rows);
        writeBudget(d, programmes, projects, funders, sources, rows);
        writeMobilised(d, programmes, sources, rows);
        writeVouchers(d, programmes, projects, areas, sources, rows);
        return rows;
    }

    private Map<String, Long> writeSources(Dataset d, Map<String, Integer> rows) {
        var insert = dsl.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON,
                SOURCE.KIND, SOURCE.URL, SOURCE.LICENCE);
        for (Dataset.Source s : d.sources()) {
            insert = insert.values(s.code(), s.title(), s.publisher(), date(s.publishedOn()), SourceKind.valueOf(s.kind()), s.url(),
                    s.licence());
        }
        rows.put("source", d.sources().size());
        return ids(insert.returningResult(SOURCE.ID, SOURCE.CODE).fetch());
    }

    private Map<String, Long> writeAreas(Dataset d, OpenData open, Map<String, Long> sources,
            Map<String, Integer> rows) {
        record AreaRow(String code, String name, AreaKind kind, String country, String boundary, Long source) {
        }
        List<AreaRow> all = new ArrayList<>();
        Dataset.AreaFramework a = d.areas();
        all.add(new AreaRow(a.country().code(), a.country().name(), AreaKind.COUNTRY, "NL", null, null));
        all.add(new AreaRow(a.province().code(), a.province().name(), AreaKind.PROVINCE, "NL", null, null));
        open.coropNames().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.add(new AreaRow(e.getKey(), e.getValue(), AreaKind.REGION, "NL", null, null)));
        Long municipalitySource = sources.get(a.municipalityBoundaries().source());
        for (OpenData.GeoArea m : open.municipalities()) {
            all.add(new AreaRow(m.code(), m.name(), AreaKind.MUNICIPALITY, "NL", m.geometryJson(), municipalitySource));
        }
        Long districtSource = sources.get(a.districtBoundaries().source());
        for (OpenData.GeoArea district : open.districts()) {
            all.add(new AreaRow(district.code(), district.name(), AreaKind.DISTRICT, a.districtBoundaries().countryCode(),
                    district.geometryJson(), districtSource));
        }
        Map<String, Long> ids = new HashMap<>();
        for (List<AreaRow> chunk : chunks(all)) {
            var insert = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, AREA.BOUNDARY,
                    AREA.BOUNDARY_SOURCE_ID);
            for (AreaRow r : chunk) {
                insert = insert.values(r.code(), r.name(), r.kind(), r.country(),
                        r.boundary() == null ? null : JSONB.valueOf(r.boundary()), r.source());
            }
            ids.putAll(ids(insert.returningResult(AREA.ID, AREA.CODE).fetch()));
        }
        rows.put("area", all.size());
        return ids;
    }

    private void writeMemberships(Dataset d, OpenData open, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        Long source = sources.get(d.areas().membershipSource());
        List<Long[]> pairs = new ArrayList<>();
        pairs.add(new Long[] {areas.get(d.areas().country().code()), areas.get(d.areas().province().code())});
        for (String region : d.areas().province().members()) {
            pairs.add(new Long[] {areas.get(d.areas().province().code()), areas.get(region)});
        }
        open.coropOf().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> pairs.add(new Long[] {areas.get(e.getValue()), areas.get(e.getKey())}));
        for (List<Long[]> chunk : chunks(pairs)) {
            var insert = dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                    AREA_MEMBERSHIP.SOURCE_ID);
            for (Long[] p : chunk) {
                insert = insert.values(p[0], p[1], source);
            }
            insert.execute();
        }
        rows.put("area_membership", pairs.size());
    }

    private void writeStatistics(Dataset d, OpenData open, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        Long source = sources.get(d.areas().statistics().source());
        for (List<OpenData.Statistic> chunk : chunks(open.statistics())) {
            var insert = dsl.insertInto(AREA_STATISTIC, AREA_STATISTIC.AREA_ID, AREA_STATISTIC.STATISTIC,
                    AREA_STATISTIC.PERIOD, AREA_STATISTIC.VALUE, AREA_STATISTIC.SOURCE_ID, AREA_STATISTIC.SOURCE_LOCATOR);
            for (OpenData.Statistic s : chunk) {
                insert = insert.values(areas.get(s.areaCode()), Statistic.valueOf(s.statistic()), s.period(), s.value(), source,
                        s.locator());
            }
            insert.execute();
        }
        rows.put("area_statistic", open.statistics().size());
    }

    private Map<String, Long> writeOrganisations(Dataset d, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        if (d.organisations().isEmpty()) {
            rows.put("organisation", 0);
            return Map.of();
        }
        var insert = dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.MUNICIPALITY_ID,
                ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION, ORGANISATION.PUBLISHED, ORGANISATION.SOURCE_ID,
                ORGANISATION.SOURCE_LOCATOR);
        for (Dataset.Organisation o : d.organisations()) {
            insert = insert.values(o.name(), OrganisationKind.valueOf(o.kind()), o.municipality() == null ? null : areas.get(o.municipality()),
                    o.website(), o.description(), true, sourceId(sources, o.source()), locator(o.source()));
        }
        rows.put("organisation", d.organisations().size());
        return ids(insert.returningResult(ORGANISATION.ID, ORGANISATION.NAME).fetch());
    }

    private Map<String, Long> writeProgrammes(Dataset d, Map<String, Long> organisations, Map<String, Long> sources,
            Map<String, Integer> rows) {
        if (d.programmes().isEmpty()) {
            rows.put("programme", 0);
            return Map.of();
        }
        var insert = dsl.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR,
                PROGRAMME.END_YEAR, PROGRAMME.DESCRIPTION, PROGRAMME.OWNER_ORGANISATION_ID, PROGRAMME.BUDGET_CEILING,
                PROGRAMME.BUDGET_CEILING_SOURCE_ID, PROGRAMME.BUDGET_CEILING_SOURCE_LOCATOR,
                PROGRAMME.MULTIPLIER_TARGET, PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID,
                PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR, PROGRAMME.STATUS, PROGRAMME.PUBLISHED,
                PROGRAMME.SOURCE_ID, PROGRAMME.SOURCE_LOCATOR);
        for (Dataset.Programme p : d.programmes()) {
            Dataset.Figure ceiling = p.budgetCeiling();
            Dataset.Figure target = p.multiplierTarget();
            insert = insert.values(p.code(), p.name(), p.startYear(), p.endYear(), p.description(),
                    p.owner() == null ? null : organisations.get(p.owner()),
                    ceiling == null ? null : decimal(ceiling.value()),
                    ceiling == null ? null : sourceId(sources, ceiling.source()),
                    ceiling == null ? null : locator(ceiling.source()),
                    target == null ? null : decimal(target.value()),
                    target == null ? null : sourceId(sources, target.source()),
                    target == null ? null : locator(target.source()),
                    ProgrammeStatus.valueOf(p.status()), p.published() == null || p.published(),
                    sourceId(sources, p.source()), locator(p.source()));
        }
        rows.put("programme", d.programmes().size());
        return ids(insert.returningResult(PROGRAMME.ID, PROGRAMME.CODE).fetch());
    }

    private Map<String, Long> writeThemes(Dataset d, Map<String, Long> programmes, Map<String, Long> sources,
            Map<String, Integer> rows) {
        if (d.themes().isEmpty()) {
            rows.put("theme", 0);
            return Map.of();
        }
        var insert = dsl.insertInto(THEME, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.DESCRIPTION,
                THEME.POSITION, THEME.SOURCE_ID, THEME.SOURCE_LOCATOR);
        for (Dataset.Theme t : d.themes()) {
            insert = insert.values(programmes.get(t.programme()), t.code(), t.name(), ThemeKind.valueOf(t.kind()), t.description(),
                    t.position() == null ? 0 : t.position(), sourceId(sources, t.source()), locator(t.source()));
        }
        Map<Long, String> programmeCodes = invert(programmes);
        Map<String, Long> ids = new HashMap<>();
        for (Record r : insert.returningResult(THEME.ID, THEME.PROGRAMME_ID, THEME.CODE).fetch()) {
            ids.put(programmeCodes.get(r.get(THEME.PROGRAMME_ID)) + "/" + r.get(THEME.CODE), r.get(THEME.ID));
        }
        rows.put("theme", d.themes().size());
        return ids;
    }

    private Map<String, Long> writeProjects(Dataset d, Map<String, Long> organisations, Map<String, Long> sources,
            Map<String, Integer> rows) {
        if (d.projects().isEmpty()) {
            rows.put("project", 0);
            return Map.of();
        }
        var insert = dsl.insertInto(PROJECT, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.LEAD_ORGANISATION_ID,
                PROJECT.START_DATE, PROJECT.END_DATE, PROJECT.STATUS, PROJECT.REGION_WIDE, PROJECT.PUBLISHED,
                PROJECT.SOURCE_ID, PROJECT.SOURCE_LOCATOR);
        for (Dataset.Project p : d.projects()) {
            insert = insert.values(p.title(), p.summary(), p.lead() == null ? null : organisations.get(p.lead()),
                    date(p.startDate()), date(p.endDate()), ProjectStatus.valueOf(p.status()), Boolean.TRUE.equals(p.regionWide()),
                    p.published() == null || p.published(), sourceId(sources, p.source()), locator(p.source()));
        }
        Map<String, Long> byTitle = ids(insert.returningResult(PROJECT.ID, PROJECT.TITLE).fetch());
        Map<String, Long> byKey = new HashMap<>();
        for (Dataset.Project p : d.projects()) {
            byKey.put(p.key(), byTitle.get(p.title()));
        }
        rows.put("project", d.projects().size());
        return byKey;
    }

    private void writeProjectRelations(Dataset d, Map<String, Long> projects, Map<String, Long> programmes,
            Map<String, Long> themes, Map<String, Long> areas, Map<String, Long> organisations,
            Map<String, Integer> rows) {
        var inProgramme = dsl.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID);
        var inTheme = dsl.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID);
        var inArea = dsl.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID);
        var partner = dsl.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID, PROJECT_PARTNER.ORGANISATION_ID,
                PROJECT_PARTNER.ROLE);
        var link = dsl.insertInto(PROJECT_LINK, PROJECT_LINK.PROJECT_ID, PROJECT_LINK.LABEL, PROJECT_LINK.URL,
                PROJECT_LINK.POSITION);
        int programmeRows = 0;
        int themeRows = 0;
        int areaRows = 0;
        int partnerRows = 0;
        int linkRows = 0;
        for (Dataset.Project p : d.projects()) {
            Long id = projects.get(p.key());
            for (String code : p.programmes()) {
                inProgramme = inProgramme.values(id, programmes.get(code));
                programmeRows++;
            }
            for (String theme : p.themes()) {
                inTheme = inTheme.values(id, themes.get(theme));
                themeRows++;
            }
            for (String municipality : new LinkedHashSet<>(p.municipalities())) {
                inArea = inArea.values(id, areas.get(municipality));
                areaRows++;
            }
            // The lead is also a partner with role LEAD, so partner lists show everyone involved.
            Set<String> roles = new LinkedHashSet<>();
            if (p.lead() != null) {
                roles.add(p.lead() + "\u0000LEAD");
            }
            for (Dataset.Partner pa : p.partners()) {
                roles.add(pa.organisation() + "\u0000" + pa.role());
            }
            for (String r : roles) {
                String[] parts = r.split("\u0000");
                partner = partner.values(id, organisations.get(parts[0]), PartnerRole.valueOf(parts[1]));
                partnerRows++;
            }
            int position = 0;
            for (Dataset.Link l : p.links()) {
                link = link.values(id, l.label(), l.url(), position++);
                linkRows++;
            }
        }
        if (programmeRows > 0) {
            inProgramme.execute();
        }
        if (themeRows > 0) {
            inTheme.execute();
        }
        if (areaRows > 0) {
            inArea.execute();
        }
        if (partnerRows > 0) {
            partner.execute();
        }
        if (linkRows > 0) {
            link.execute();
        }
        rows.put("project_programme", programmeRows);
        rows.put("project_theme", themeRows);
        rows.put("project_area", areaRows);
        rows.put("project_partner", partnerRows);
        rows.put("project_link", linkRows);
    }

    private Map<String, Long> writeFunders(Dataset d, Map<String, Long> organisations, Map<String, Integer> rows) {
        if (d.funders().isEmpty()) {
            rows.put("funder", 0);
            return Map.of();
        }
        var insert = dsl.insertInto(FUNDER, FUNDER.NAME, FUNDER.CATEGORY_CODE, FUNDER.ORGANISATION_ID);
        for (Dataset.Funder f : d.funders()) {
            insert = insert.values(f.name(), f.category(),
                    f.organisation() == null ? null : organisations.get(f.organisation()));
        }
        rows.put("funder", d.funders().size());
        return ids(insert.returningResult(FUNDER.ID, FUNDER.NAME).fetch());
    }

    private void writeBudget(Dataset d, Map<String, Long> programmes, Map<String, Long> projects,
            Map<String, Long> funders, Map<String, Long> sources, Map<String, Integer> rows) {
        rows.put("budget_line", d.budgetLines().size());
        rows.put("budget_revision", d.budgetLines().size());
        if (d.budgetLines().isEmpty()) {
            return;
        }
        var lines = dsl.insertInto(BUDGET_LINE, BUDGET_LINE.PROGRAMME_ID, BUDGET_LINE.PROJECT_ID, BUDGET_LINE.FUNDER_ID,
                BUDGET_LINE.YEAR);
        for (Dataset.BudgetLine b : d.budgetLines()) {
            lines = lines.values(b.programme() == null ? null : programmes.get(b.programme()),
                    b.project() == null ? null : projects.get(b.project()), funders.get(b.funder()), b.year());
        }
        Map<String, Long> lineIds = new HashMap<>();
        for (Record r : lines.returningResult(BUDGET_LINE.ID, BUDGET_LINE.PROGRAMME_ID, BUDGET_LINE.PROJECT_ID,
                BUDGET_LINE.FUNDER_ID, BUDGET_LINE.YEAR).fetch()) {
            lineIds.put(lineKey(r.get(BUDGET_LINE.PROGRAMME_ID), r.get(BUDGET_LINE.PROJECT_ID),
                    r.get(BUDGET_LINE.FUNDER_ID), r.get(BUDGET_LINE.YEAR)), r.get(BUDGET_LINE.ID));
        }
        var revisions = dsl.insertInto(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID, BUDGET_REVISION.REVISION,
                BUDGET_REVISION.BUDGETED, BUDGET_REVISION.COMMITTED, BUDGET_REVISION.REALISED, BUDGET_REVISION.REASON,
                BUDGET_REVISION.RECORDED_BY, BUDGET_REVISION.SOURCE_ID, BUDGET_REVISION.SOURCE_LOCATOR);
        for (Dataset.BudgetLine b : d.budgetLines()) {
            Long lineId = lineIds.get(lineKey(b.programme() == null ? null : programmes.get(b.programme()),
                    b.project() == null ? null : projects.get(b.project()), funders.get(b.funder()), b.year()));
            revisions = revisions.values(lineId, 1, decimal(b.budgeted()), decimal(b.committed()),
                    decimal(b.realised()), b.reason(), d.recordedBy(), sourceId(sources, b.source()),
                    locator(b.source()));
        }
        revisions.execute();
    }

    private void writeMobilised(Dataset d, Map<String, Long> programmes, Map<String, Long> sources,
            Map<String, Integer> rows) {
        rows.put("mobilised_investment", d.mobilisedInvestments().size());
        if (d.mobilisedInvestments().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(MOBILISED_INVESTMENT, MOBILISED_INVESTMENT.PROGRAMME_ID,
                MOBILISED_INVESTMENT.DESCRIPTION, MOBILISED_INVESTMENT.AMOUNT, MOBILISED_INVESTMENT.LINKED_PROGRAMME_ID,
                MOBILISED_INVESTMENT.SOURCE_ID, MOBILISED_INVESTMENT.SOURCE_LOCATOR);
        for (Dataset.Mobilised m : d.mobilisedInvestments()) {
            insert = insert.values(programmes.get(m.programme()), m.description(), decimal(m.amount()),
                    m.linkedProgramme() == null ? null : programmes.get(m.linkedProgramme()),
                    sourceId(sources, m.source()), locator(m.source()));
        }
        insert.execute();
    }

    private void writeVouchers(Dataset d, Map<String, Long> programmes, Map<String, Long> projects,
            Map<String, Long> areas, Map<String, Long> sources, Map<String, Integer> rows) {
        rows.put("voucher_award", d.vouchers().size());
        if (d.vouchers().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(VOUCHER_AWARD, VOUCHER_AWARD.PROGRAMME_ID, VOUCHER_AWARD.PROJECT_ID,
                VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.AMOUNT,
                VOUCHER_AWARD.AWARDED_ON, VOUCHER_AWARD.AWARD_YEAR, VOUCHER_AWARD.MUNICIPALITY_ID,
                VOUCHER_AWARD.RECIPIENT_KIND, VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID,
                VOUCHER_AWARD.SOURCE_LOCATOR);
        for (Dataset.Voucher v : d.vouchers()) {
            insert = insert.values(programmes.get(v.programme()), v.project() == null ? null : projects.get(v.project()),
                    v.scheme(), SchemeKind.valueOf(v.schemeKind()), v.quantity(), decimal(v.amount()), date(v.awardedOn()), v.awardYear(),
                    v.municipality() == null ? null : areas.get(v.municipality()),
                    v.recipientKind() == null ? null : RecipientKind.valueOf(v.recipientKind()), true,
                    sourceId(sources, v.source()), locator(v.source()));
        }
        insert.execute();
    }

    // ---- helpers

    private static String lineKey(Long programme, Long project, Long funder, Integer year) {
        return programme + "|" + project + "|" + funder + "|" + year;
    }

    private static Long sourceId(Map<String, Long> sources, Dataset.Ref ref) {
        return ref == null ? null : sources.get(ref.source());
    }

    private static String locator(Dataset.Ref ref) {
        return ref == null ? null : ref.locator();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Map<String, Long> ids(Result<? extends Record> result) {
        Map<String, Long> ids = new HashMap<>();
        for (Record r : result) {
            ids.put(r.get(1, String.class), r.get(0, Long.class));
        }
        return ids;
    }

    private static <K, V> Map<V, K> invert(Map<K, V> map) {
        Map<V, K> inverted = new HashMap<>();
        map.forEach((k, v) -> inverted.put(v, k));
        return inverted;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
