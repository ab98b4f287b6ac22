package org.regiomonitor.referencedata.internal;

import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaImport;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.finance.FinanceImport;
import org.regiomonitor.organisation.OrganisationImport;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.PortfolioImport;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.regiomonitor.referencedata.ReferenceDataAlreadyLoadedException;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.ResultsImport;
import org.regiomonitor.shared.BulkRows;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;
import org.regiomonitor.voucher.VoucherImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated dataset through the owners' import APIs, which insert multi-row (one statement per
 * table and chunk), so the whole import costs a few dozen statements however many rows it has. Turns the
 * dataset's keys (codes, names, titles) into the ids the owners returned. Must run inside the caller's
 * transaction: a failure anywhere rolls everything back.
 */
@Component
public class ReferenceDataWriter {

    private final DSLContext dsl;
    private final AreaImport areaImport;
    private final OrganisationImport organisationImport;
    private final PortfolioImport portfolioImport;
    private final FinanceImport financeImport;
    private final VoucherImport voucherImport;
    private final ResultsImport resultsImport;

    ReferenceDataWriter(DSLContext dsl, AreaImport areaImport, OrganisationImport organisationImport,
            PortfolioImport portfolioImport, FinanceImport financeImport, VoucherImport voucherImport,
            ResultsImport resultsImport) {
        this.dsl = dsl;
        this.areaImport = areaImport;
        this.organisationImport = organisationImport;
        this.portfolioImport = portfolioImport;
        this.financeImport = financeImport;
        this.voucherImport = voucherImport;
        this.resultsImport = resultsImport;
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
        Map<String, Long> projects = writeProjects(d, programmes, themes, areas, organisations, sources, rows);
        Map<String, Long> funders = writeFunders(d, organisations, rows);
        writeBudget(d, programmes, projects, funders, sources, rows);
        writeMobilised(d, programmes, sources, rows);
        writeVouchers(d, programmes, projects, areas, sources, rows);
        writeResults(d, programmes, themes, projects, sources, rows);
        return rows;
    }

    /**
     * The dataset's unique keys that the database already holds (at most a few per table, for the message),
     * each owner asked for its own.
     */
    public List<String> existingKeys(Dataset d) {
        List<String> found = new ArrayList<>();
        BulkRows.existing(dsl, SOURCE.CODE, d.sources().stream().map(Dataset.Source::code).toList())
                .forEach(code -> found.add("source \"" + code + "\""));
        portfolioImport.existingProgrammeCodes(d.programmes().stream().map(Dataset.Programme::code).toList())
                .forEach(code -> found.add("programme \"" + code + "\""));
        List<String> areaCodes = new ArrayList<>();
        if (d.areas() != null && d.areas().country() != null) {
            areaCodes.add(d.areas().country().code());
        }
        if (d.areas() != null && d.areas().province() != null) {
            areaCodes.add(d.areas().province().code());
        }
        areaImport.existingCodes(areaCodes).forEach(code -> found.add("area \"" + code + "\""));
        organisationImport.existingNames(d.organisations().stream().map(Dataset.Organisation::name).toList())
                .forEach(name -> found.add("organisation \"" + name + "\""));
        financeImport.existingFunderNames(d.funders().stream().map(Dataset.Funder::name).toList())
                .forEach(name -> found.add("funder \"" + name + "\""));
        return found;
    }

    private Map<String, Long> writeSources(Dataset d, Map<String, Integer> rows) {
        var insert = dsl.insertInto(SOURCE, SOURCE.CODE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.PUBLISHED_ON,
                SOURCE.KIND, SOURCE.URL, SOURCE.LICENCE);
        for (Dataset.Source s : d.sources()) {
            insert = insert.values(s.code(), s.title(), s.publisher(), date(s.publishedOn()),
                    SourceKind.valueOf(s.kind()), s.url(), s.licence());
        }
        rows.put("source", d.sources().size());
        return BulkRows.ids(insert.returningResult(SOURCE.ID, SOURCE.CODE).fetch());
    }

    private Map<String, Long> writeAreas(Dataset d, OpenData open, Map<String, Long> sources,
            Map<String, Integer> rows) {
        List<AreaImport.NewArea> all = new ArrayList<>();
        Dataset.AreaFramework a = d.areas();
        all.add(new AreaImport.NewArea(a.country().code(), a.country().name(), AreaKind.COUNTRY, "NL", null, null));
        all.add(new AreaImport.NewArea(a.province().code(), a.province().name(), AreaKind.PROVINCE, "NL", null,
                null));
        open.coropNames().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.add(new AreaImport.NewArea(e.getKey(), e.getValue(), AreaKind.REGION, "NL", null,
                        null)));
        Long municipalitySource = sources.get(a.municipalityBoundaries().source());
        for (OpenData.GeoArea m : open.municipalities()) {
            all.add(new AreaImport.NewArea(m.code(), m.name(), AreaKind.MUNICIPALITY, "NL", m.geometryJson(),
                    municipalitySource));
        }
        Long districtSource = sources.get(a.districtBoundaries().source());
        for (OpenData.GeoArea district : open.districts()) {
            all.add(new AreaImport.NewArea(district.code(), district.name(), AreaKind.DISTRICT,
                    a.districtBoundaries().countryCode(), district.geometryJson(), districtSource));
        }
        rows.put("area", all.size());
        return areaImport.areas(all);
    }

    private void writeMemberships(Dataset d, OpenData open, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        Long source = sources.get(d.areas().membershipSource());
        String country = d.areas().country().code();
        String province = d.areas().province().code();
        List<AreaImport.NewMembership> memberships = new ArrayList<>();
        memberships.add(new AreaImport.NewMembership(areas.get(country), areas.get(province), source));
        for (String region : d.areas().province().members()) {
            memberships.add(new AreaImport.NewMembership(areas.get(province), areas.get(region), source));
        }
        open.coropOf().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> memberships.add(new AreaImport.NewMembership(areas.get(e.getValue()),
                        areas.get(e.getKey()), source)));
        areaImport.memberships(memberships);
        int historical = areaImport.history(open.membershipHistory(), areas, source);
        Dataset.CsvFile codesFile = d.areas().codes();
        int coded = codesFile == null ? 0 : areaImport.codes(open.codes(), areas, sources.get(codesFile.source()));
        rows.put("area_membership", memberships.size() + historical + coded);
    }

    private void writeStatistics(Dataset d, OpenData open, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        Long source = sources.get(d.areas().statistics().source());
        areaImport.statistics(open.statistics().stream()
                .map(s -> new AreaImport.NewStatistic(areas.get(s.areaCode()), Statistic.valueOf(s.statistic()),
                        s.period(), s.value(), source, s.locator()))
                .toList());
        rows.put("area_statistic", open.statistics().size());
    }

    private Map<String, Long> writeOrganisations(Dataset d, Map<String, Long> areas, Map<String, Long> sources,
            Map<String, Integer> rows) {
        rows.put("organisation", d.organisations().size());
        return organisationImport.organisations(d.organisations().stream()
                .map(o -> new OrganisationImport.NewOrganisation(o.name(), OrganisationKind.valueOf(o.kind()),
                        o.municipality() == null ? null : areas.get(o.municipality()), o.website(), o.description(),
                        true, sourceId(sources, o.source()), locator(o.source())))
                .toList());
    }

    private Map<String, Long> writeProgrammes(Dataset d, Map<String, Long> organisations, Map<String, Long> sources,
            Map<String, Integer> rows) {
        rows.put("programme", d.programmes().size());
        return portfolioImport.programmes(d.programmes().stream().map(p -> {
            Dataset.Figure ceiling = p.budgetCeiling();
            Dataset.Figure expected = p.expectedInvestment();
            Dataset.Figure volume = p.investmentVolume();
            Dataset.Figure target = p.multiplierTarget();
            return new PortfolioImport.NewProgramme(p.code(), p.name(), p.startYear(), p.endYear(), p.description(),
                    p.owner() == null ? null : organisations.get(p.owner()),
                    value(ceiling), figureSourceId(sources, ceiling), figureLocator(ceiling),
                    value(expected), figureSourceId(sources, expected), figureLocator(expected),
                    value(volume), figureSourceId(sources, volume), figureLocator(volume),
                    value(target), figureSourceId(sources, target), figureLocator(target),
                    ProgrammeStatus.valueOf(p.status()), p.published() == null || p.published(),
                    sourceId(sources, p.source()), locator(p.source()));
        }).toList());
    }

    /** Theme ids by the dataset's key {@code "PROGRAMME-CODE/THEME-CODE"}. */
    private Map<String, Long> writeThemes(Dataset d, Map<String, Long> programmes, Map<String, Long> sources,
            Map<String, Integer> rows) {
        Map<String, Long> byProgrammeId = portfolioImport.themes(d.themes().stream()
                .map(t -> new PortfolioImport.NewTheme(programmes.get(t.programme()), t.code(), t.name(),
                        ThemeKind.valueOf(t.kind()), t.description(), t.position() == null ? 0 : t.position(),
                        sourceId(sources, t.source()), locator(t.source())))
                .toList());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Dataset.Theme t : d.themes()) {
            ids.put(t.programme() + "/" + t.code(), byProgrammeId.get(programmes.get(t.programme()) + "/" + t.code()));
        }
        rows.put("theme", d.themes().size());
        return ids;
    }

    /** Project ids by the dataset's project key. */
    private Map<String, Long> writeProjects(Dataset d, Map<String, Long> programmes, Map<String, Long> themes,
            Map<String, Long> areas, Map<String, Long> organisations, Map<String, Long> sources,
            Map<String, Integer> rows) {
        int programmeRows = 0;
        int themeRows = 0;
        int areaRows = 0;
        int partnerRows = 0;
        int linkRows = 0;
        List<PortfolioImport.NewProject> projects = new ArrayList<>();
        for (Dataset.Project p : d.projects()) {
            // The lead is also a partner with role LEAD, so partner lists show everyone involved.
            Set<List<String>> roles = new LinkedHashSet<>();
            if (p.lead() != null) {
                roles.add(List.of(p.lead(), PartnerRole.LEAD.name()));
            }
            for (Dataset.Partner pa : p.partners()) {
                roles.add(List.of(pa.organisation(), pa.role()));
            }
            List<PortfolioImport.Partner> partners = roles.stream()
                    .map(r -> new PortfolioImport.Partner(organisations.get(r.get(0)), PartnerRole.valueOf(r.get(1))))
                    .toList();
            List<Long> municipalities = new LinkedHashSet<>(p.municipalities()).stream().map(areas::get).toList();
            projects.add(new PortfolioImport.NewProject(p.title(), p.summary(),
                    p.lead() == null ? null : organisations.get(p.lead()), date(p.startDate()), date(p.endDate()),
                    ProjectStatus.valueOf(p.status()), Boolean.TRUE.equals(p.regionWide()),
                    p.published() == null || p.published(), sourceId(sources, p.source()), locator(p.source()),
                    p.programmes().stream().map(programmes::get).toList(),
                    p.themes().stream().map(themes::get).toList(), municipalities, partners,
                    p.links().stream().map(l -> new PortfolioImport.Link(l.label(), l.url())).toList()));
            programmeRows += p.programmes().size();
            themeRows += p.themes().size();
            areaRows += municipalities.size();
            partnerRows += partners.size();
            linkRows += p.links().size();
        }
        Map<String, Long> byTitle = portfolioImport.projects(projects);
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (Dataset.Project p : d.projects()) {
            byKey.put(p.key(), byTitle.get(p.title()));
        }
        rows.put("project", d.projects().size());
        rows.put("project_programme", programmeRows);
        rows.put("project_theme", themeRows);
        rows.put("project_area", areaRows);
        rows.put("project_partner", partnerRows);
        rows.put("project_link", linkRows);
        return byKey;
    }

    private Map<String, Long> writeFunders(Dataset d, Map<String, Long> organisations, Map<String, Integer> rows) {
        rows.put("funder", d.funders().size());
        return financeImport.funders(d.funders().stream()
                .map(f -> new FinanceImport.NewFunder(f.name(), f.category(),
                        f.organisation() == null ? null : organisations.get(f.organisation())))
                .toList());
    }

    private void writeBudget(Dataset d, Map<String, Long> programmes, Map<String, Long> projects,
            Map<String, Long> funders, Map<String, Long> sources, Map<String, Integer> rows) {
        rows.put("budget_line", d.budgetLines().size());
        rows.put("budget_revision", d.budgetLines().size());
        financeImport.budgetLines(d.budgetLines().stream()
                .map(b -> new FinanceImport.NewBudgetLine(b.programme() == null ? null : programmes.get(b.programme()),
                        b.project() == null ? null : projects.get(b.project()), funders.get(b.funder()), b.year(),
                        decimal(b.budgeted()), decimal(b.committed()), decimal(b.realised()), b.reason(),
                        d.recordedBy(), sourceId(sources, b.source()), locator(b.source())))
                .toList());
    }

    private void writeMobilised(Dataset d, Map<String, Long> programmes, Map<String, Long> sources,
            Map<String, Integer> rows) {
        rows.put("mobilised_investment", d.mobilisedInvestments().size());
        financeImport.mobilised(d.mobilisedInvestments().stream()
                .map(m -> new FinanceImport.NewMobilised(programmes.get(m.programme()), m.description(),
                        decimal(m.amount()), m.linkedProgramme() == null ? null : programmes.get(m.linkedProgramme()),
                        sourceId(sources, m.source()), locator(m.source())))
                .toList());
    }

    private void writeVouchers(Dataset d, Map<String, Long> programmes, Map<String, Long> projects,
            Map<String, Long> areas, Map<String, Long> sources, Map<String, Integer> rows) {
        rows.put("voucher_award", d.vouchers().size());
        voucherImport.vouchers(d.vouchers().stream()
                .map(v -> new VoucherImport.NewVoucher(programmes.get(v.programme()),
                        v.project() == null ? null : projects.get(v.project()), v.scheme(),
                        SchemeKind.valueOf(v.schemeKind()), v.quantity(),
                        v.quantityQualifier() == null ? ValueQualifier.EXACT
                                : ValueQualifier.valueOf(v.quantityQualifier()),
                        decimal(v.amount()), value(v.maxAmountPerAward()),
                        figureSourceId(sources, v.maxAmountPerAward()), figureLocator(v.maxAmountPerAward()),
                        date(v.awardedOn()),
                        v.awardYear(), v.municipality() == null ? null : areas.get(v.municipality()),
                        v.recipientKind() == null ? null : RecipientKind.valueOf(v.recipientKind()), true,
                        sourceId(sources, v.source()), locator(v.source())))
                .toList());
    }

    /**
     * The results section: periods, catalogue, then results with indicators and stated values (approved updates with
     * their sources). {@code themes} by "PROGRAMME/THEME", {@code projects} by the dataset's key.
     */
    private void writeResults(Dataset d, Map<String, Long> programmes, Map<String, Long> themes,
            Map<String, Long> projects, Map<String, Long> sources, Map<String, Integer> rows) {
        Dataset.Results r = d.results();
        Map<String, Long> periodIds = new LinkedHashMap<>();
        Map<String, Long> byProgrammeId = resultsImport.periods(newPeriods(d, programmes));
        for (Dataset.Period p : r.periods()) {
            periodIds.put(p.programme() + "/" + p.start(), byProgrammeId.get(programmes.get(p.programme()) + "/" + p.start()));
        }
        rows.put("reporting_period", r.periods().size());
        Map<String, Long> catalogueIds = new LinkedHashMap<>();
        Map<String, Long> catalogueByProgrammeId = resultsImport.catalogue(newCatalogue(d, programmes));
        for (Dataset.CatalogueIndicator c : r.catalogue()) {
            catalogueIds.put(c.programme() + "/" + c.code(),
                    catalogueByProgrammeId.get(programmes.get(c.programme()) + "/" + c.code()));
        }
        rows.put("catalogue_indicator", r.catalogue().size());
        List<ResultsImport.NewResult> results = r.projectResults().stream()
                .map(pr -> new ResultsImport.NewResult(projects.get(pr.project()), pr.title(),
                        ResultType.valueOf(pr.type()), pr.description(), pr.themes().stream().map(themes::get).toList(),
                        pr.indicators().stream().map(in -> indicator(in, catalogueIds, periodIds, sources)).toList()))
                .toList();
        rows.putAll(resultsImport.results(results, d.recordedBy()));
    }

    private static List<ResultsImport.NewPeriod> newPeriods(Dataset d, Map<String, Long> programmes) {
        return d.results().periods().stream()
                .map(p -> new ResultsImport.NewPeriod(programmes.get(p.programme()), PeriodKind.valueOf(p.kind()),
                        date(p.start()), date(p.end()), Boolean.TRUE.equals(p.locked())))
                .toList();
    }

    private static List<ResultsImport.NewCatalogueIndicator> newCatalogue(Dataset d, Map<String, Long> programmes) {
        return d.results().catalogue().stream()
                .map(c -> new ResultsImport.NewCatalogueIndicator(programmes.get(c.programme()), c.code(), c.nameNl(),
                        c.nameEn(), c.nameDe(), c.definition(), Measure.valueOf(c.measure()), c.unitLabel(),
                        Boolean.TRUE.equals(c.cumulative())))
                .toList();
    }

    /**
     * Whether the database holds the dataset loaded before it had results: all its programmes are there, and no
     * update was recorded by the dataset's loader. Then an administrator's load adds the results alone.
     */
    public boolean onlyResultsMissing(Dataset d) {
        if (d.results().projectResults().isEmpty() || resultsImport.anyRecordedBy(d.recordedBy())) {
            return false;
        }
        List<String> codes = d.programmes().stream().map(Dataset.Programme::code).toList();
        return portfolioImport.existingIds(codes, List.of()).programmes().size() == codes.size();
    }

    /**
     * Adds the results section to the dataset loaded earlier, finding sources by code, programmes by code, projects by
     * title and themes by code as they are now. Anything that is no longer there (renamed, removed) or would collide
     * (an overlapping period, a catalogue code in use) refuses the whole load.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> writeResultsOnly(Dataset d) {
        Dataset.Results r = d.results();
        Map<String, Long> sources = new LinkedHashMap<>();
        dsl.select(SOURCE.CODE, SOURCE.ID).from(SOURCE)
                .where(SOURCE.CODE.in(d.sources().stream().map(Dataset.Source::code).toList()))
                .forEach(s -> sources.put(s.value1(), s.value2()));
        Map<String, String> titles = new LinkedHashMap<>();
        d.projects().forEach(p -> titles.put(p.key(), p.title()));
        var existing = portfolioImport.existingIds(d.programmes().stream().map(Dataset.Programme::code).toList(),
                List.copyOf(titles.values()));
        Map<String, Long> projects = new LinkedHashMap<>();
        titles.forEach((key, title) -> {
            if (existing.projects().containsKey(title)) {
                projects.put(key, existing.projects().get(title));
            }
        });
        List<String> missing = new ArrayList<>();
        for (Dataset.Coverage c : r.coverage()) {
            if (!sources.containsKey(c.source())) {
                missing.add("source \"" + c.source() + "\" is no longer in the database");
            }
        }
        for (Dataset.ProjectResult pr : r.projectResults()) {
            if (!projects.containsKey(pr.project())) {
                missing.add("project \"" + titles.get(pr.project()) + "\" (" + pr.project()
                        + ") is not in the database under that title, or not once");
            }
            for (String theme : pr.themes()) {
                if (!existing.themes().containsKey(theme)) {
                    missing.add("theme \"" + theme + "\" is no longer in the database");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidReferenceDataException(missing.stream().distinct().toList());
        }
        List<String> conflicts = resultsImport.conflicts(newPeriods(d, existing.programmes()),
                newCatalogue(d, existing.programmes()));
        if (!conflicts.isEmpty()) {
            throw new ReferenceDataAlreadyLoadedException("The results of the reference dataset \"" + d.name()
                    + "\" conflict with existing data (" + String.join(", ", conflicts) + "); nothing was written.");
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        writeResults(d, existing.programmes(), existing.themes(), projects, sources, rows);
        return rows;
    }

    private static ResultsImport.NewIndicator indicator(Dataset.Indicator in, Map<String, Long> catalogueIds,
            Map<String, Long> periodIds, Map<String, Long> sources) {
        Dataset.StatedFigure target = in.figures().stream().filter(f -> "TARGET".equals(f.kind())).findFirst()
                .orElse(null);
        List<ResultsImport.NewValue> values = in.figures().stream().filter(f -> "ACTUAL".equals(f.kind()))
                .map(f -> new ResultsImport.NewValue(periodIds.get(f.period()), decimal(f.value()),
                        f.qualifier() == null ? ValueQualifier.EXACT : ValueQualifier.valueOf(f.qualifier()),
                        f.comment(), sourceId(sources, f.source()), locator(f.source()), f.disagreement()))
                .toList();
        return new ResultsImport.NewIndicator(in.title(), Measure.valueOf(in.measure()), in.unitLabel(),
                Boolean.TRUE.equals(in.cumulative()), in.catalogue() == null ? null : catalogueIds.get(in.catalogue()),
                target == null ? null : decimal(target.value()), target == null ? null : target.comment(),
                target == null ? null : sourceId(sources, target.source()), target == null ? null : locator(target.source()),
                values);
    }

    // ---- helpers

    private static Long sourceId(Map<String, Long> sources, Dataset.Ref ref) {
        return ref == null ? null : sources.get(ref.source());
    }

    private static String locator(Dataset.Ref ref) {
        return ref == null ? null : ref.locator();
    }

    private static BigDecimal value(Dataset.Figure figure) {
        return figure == null ? null : decimal(figure.value());
    }

    private static Long figureSourceId(Map<String, Long> sources, Dataset.Figure figure) {
        return figure == null ? null : sourceId(sources, figure.source());
    }

    private static String figureLocator(Dataset.Figure figure) {
        return figure == null ? null : locator(figure.source());
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
