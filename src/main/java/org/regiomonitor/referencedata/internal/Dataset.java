package org.regiomonitor.referencedata.internal;

import java.util.List;
import java.util.Map;

/**
 * The reference dataset as written in its JSON file (e.g. {@code referencedata/twente/twente.json}).
 * Amounts are decimal strings and dates ISO strings, so the validator can report bad values by
 * record instead of failing inside the JSON reader. Lists may be absent (treated as empty).
 */
public record Dataset(
        String name,
        String description,
        String recordedBy,
        AreaFramework areas,
        List<Source> sources,
        List<Organisation> organisations,
        List<Programme> programmes,
        List<Theme> themes,
        List<Project> projects,
        List<Voucher> vouchers,
        List<Funder> funders,
        List<BudgetLine> budgetLines,
        List<Mobilised> mobilisedInvestments,
        Results results) {

    public Dataset {
        sources = orEmpty(sources);
        organisations = orEmpty(organisations);
        programmes = orEmpty(programmes);
        themes = orEmpty(themes);
        projects = orEmpty(projects);
        vouchers = orEmpty(vouchers);
        funders = orEmpty(funders);
        budgetLines = orEmpty(budgetLines);
        mobilisedInvestments = orEmpty(mobilisedInvestments);
        results = results == null ? new Results(null, null, null, null) : results;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Where a figure or record comes from: a source code, the place in it, and an optional remark. */
    public record Ref(String source, String locator, String note) {
    }

    /** A stated value (decimal string) with its source. */
    public record Figure(String value, Ref source) {
    }

    public record Source(String code, String title, String publisher, String publishedOn, String kind,
            String url, String licence, String note) {
    }

    public record Organisation(String name, String kind, String municipality, String website, String description,
            Ref source) {
    }

    public record Programme(String code, String name, Integer startYear, Integer endYear, String description,
            String owner, Figure budgetCeiling, Figure expectedInvestment, Figure investmentVolume,
            Figure multiplierTarget, String status, Ref statusBasis, Boolean published, Ref source) {
    }

    /** {@code group} is the code of the theme (same programme) an NPVR task belongs to; kept in the file only. */
    public record Theme(String programme, String code, String name, String kind, String description,
            Integer position, String group, Ref source) {
    }

    public record Partner(String organisation, String role) {
    }

    public record Link(String label, String url) {
    }

    /**
     * A project; {@code key} identifies it within the file (vouchers and budget lines refer to it),
     * {@code themes} are written "PROGRAMME/THEME".
     */
    public record Project(String key, String title, String summary, String lead, List<Partner> partners,
            List<String> programmes, List<String> themes, List<String> municipalities, Boolean regionWide,
            String status, Ref statusBasis, String startDate, String endDate, List<Link> links, Boolean published,
            Ref source) {

        public Project {
            partners = orEmpty(partners);
            programmes = orEmpty(programmes);
            themes = orEmpty(themes);
            municipalities = orEmpty(municipalities);
            links = orEmpty(links);
        }
    }

    /**
     * A voucher row; {@code quantity} may be null (unknown) and {@code quantityQualifier} (EXACT when absent)
     * says whether it is a lower bound or an approximation; {@code maxAmountPerAward} is the scheme's stated
     * maximum of one award, with its own source.
     */
    public record Voucher(String programme, String project, String scheme, String schemeKind, Integer quantity,
            String quantityQualifier, String amount, Figure maxAmountPerAward, String awardedOn, Integer awardYear,
            String municipality, String recipientKind, Ref source) {
    }

    public record Funder(String name, String category, String organisation, Ref source) {
    }

    /** Exactly one of {@code programme} (code) and {@code project} (key). */
    public record BudgetLine(String programme, String project, String funder, Integer year, String budgeted,
            String committed, String realised, String reason, Ref source) {
    }

    public record Mobilised(String programme, String description, String amount, String linkedProgramme,
            Ref source) {
    }

    /**
     * What the documents say the projects delivered: the span each document reports on ({@code coverage}), the
     * reporting periods the values are stored in, a programme's catalogue of indicators that add up, and per project
     * its results with indicators and the figures stated for them.
     */
    public record Results(List<Coverage> coverage, List<Period> periods, List<CatalogueIndicator> catalogue,
            List<ProjectResult> projectResults) {

        public Results {
            coverage = orEmpty(coverage);
            periods = orEmpty(periods);
            catalogue = orEmpty(catalogue);
            projectResults = orEmpty(projectResults);
        }
    }

    /** The span of time a source document reports on ({@code locator}: where it says so); dates ISO. */
    public record Coverage(String source, String from, String to, String locator) {
    }

    /** A reporting period of a programme; values name it "PROGRAMME/start" (e.g. "RDT-1/2019-01-01"). */
    public record Period(String programme, String kind, String start, String end, Boolean locked) {
    }

    /** A catalogue indicator; indicators adopt it as "PROGRAMME/CODE". */
    public record CatalogueIndicator(String programme, String code, String nameNl, String nameEn, String nameDe,
            String definition, String measure, String unitLabel, Boolean cumulative) {
    }

    /** A result of a project (key); {@code themes} written "PROGRAMME/THEME", each a theme of the project. */
    public record ProjectResult(String project, String title, String type, String description, List<String> themes,
            List<Indicator> indicators) {

        public ProjectResult {
            themes = orEmpty(themes);
            indicators = orEmpty(indicators);
        }
    }

    /** An indicator; {@code catalogue} "PROGRAMME/CODE" when it adopts a catalogue indicator. */
    public record Indicator(String title, String measure, String unitLabel, Boolean cumulative, String catalogue,
            List<StatedFigure> figures) {

        public Indicator {
            figures = orEmpty(figures);
        }
    }

    /**
     * A figure as a passage states it. {@code kind}: ACTUAL (a value for {@code period}) or TARGET (the indicator's
     * overall target, no period); {@code value} a decimal string; {@code qualifier} a ValueQualifier (EXACT when
     * absent); {@code comment} what else the source says about it; {@code disagreement} the other passage of the same
     * source that states a different figure for the same thing (the flag).
     */
    public record StatedFigure(String kind, String period, String value, String qualifier, Ref source, String comment,
            String disagreement) {
    }

    /**
     * Which open-data files make up the areas, and the fixed top of the hierarchy. {@code membershipHistory}
     * (optional): the municipalities a region had before, with validity; {@code codes} (optional): areas' codes in
     * other systems (NUTS, ARS) and the areas only those systems name (see docs/reference-data.md).
     */
    public record AreaFramework(NamedArea country, Province province, String membershipSource,
            GeoFile municipalityBoundaries, GeoFile districtBoundaries, CsvFile corop, StatisticsFile statistics,
            CsvFile membershipHistory, CsvFile codes) {
    }

    public record NamedArea(String code, String name) {
    }

    public record Province(String code, String name, List<String> members) {
    }

    public record GeoFile(String file, String codeProperty, String nameProperty, String codePrefix,
            String countryCode, String source) {
    }

    public record CsvFile(String file, String source) {
    }

    /** {@code columns}: statistic (POPULATION, ...) to CBS column key. */
    public record StatisticsFile(String file, String source, Integer period, Map<String, String> columns) {
    }
}
