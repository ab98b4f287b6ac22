package org.regiomonitor.finance;

import static org.jooq.impl.DSL.noCondition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.regiomonitor.finance.internal.Aggregate;
import org.regiomonitor.finance.internal.Category;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FinanceQueries.MobilisedTotals;
import org.regiomonitor.finance.internal.FinanceTotals;
import org.regiomonitor.finance.internal.LineScope;
import org.regiomonitor.finance.internal.ProgrammeRow;
import org.regiomonitor.portfolio.ProjectMoney;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money figures other features show (dashboard, area pages). Each method costs a fixed number
 * of grouped queries, however many programmes, lines or areas there are.
 * <p>
 * {@code includeUnpublished}: pass {@code accessPolicy.canSeeUnpublished(auth)}; anonymous visitors
 * see only published programmes and projects.
 */
@Service
@Transactional(readOnly = true)
public class FinanceFigures implements ProjectMoney.Lookup {

    private final FinanceQueries queries;
    private final FinanceTotals totals;

    FinanceFigures(FinanceQueries queries, FinanceTotals totals) {
        this.queries = queries;
        this.totals = totals;
    }

    /** The money of every (visible) programme, in programme order. Seven queries. */
    public List<ProgrammeFinance> programmeSummaries(boolean includeUnpublished) {
        return summaries(null, includeUnpublished);
    }

    /** The money of one programme; {@link NotFoundException} when it does not exist or is not visible. */
    public ProgrammeFinance programme(long id, boolean includeUnpublished) {
        List<ProgrammeFinance> list = summaries(id, includeUnpublished);
        if (list.isEmpty()) {
            throw new NotFoundException("programme", id);
        }
        return list.getFirst();
    }

    /**
     * Totals per funder category (all categories, in report order) of the programmes' OWN budget lines, of the given
     * programmes together (e.g. {@link #programmeSummaries}: no further query). A line belongs to one programme, so
     * the programmes' totals add up.
     */
    private static List<CategoryTotals> totalsByCategory(List<ProgrammeFinance> programmes, List<Category> categories) {
        Map<String, MoneyTotals> totals = new HashMap<>();
        Map<String, List<MoneySources>> sources = new HashMap<>();
        programmes.forEach(p -> p.byCategory().forEach(c -> {
            totals.merge(c.code(), c.totals(), MoneyTotals::plus);
            sources.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c.sources());
        }));
        return categories.stream().sorted(Comparator.comparingInt(Category::position))
                .map(c -> new CategoryTotals(c.code(), c.position(), c.regional(), c.publicMoney(),
                        totals.getOrDefault(c.code(), MoneyTotals.NONE),
                        MoneySources.merge(sources.getOrDefault(c.code(), List.of())))).toList();
    }

    /**
     * The money of every (visible) programme and the totals per funder category of all of them together, from one
     * read of the programmes' stored totals and sources.
     */
    public Overview overview(boolean includeUnpublished) {
        List<ProgrammeFinance> programmes = summaries(null, includeUnpublished);
        List<Category> categories = programmes.isEmpty() ? queries.categories() : programmes.getFirst().byCategory()
                .stream().map(c -> new Category(c.code(), c.position(), c.regional(), c.publicMoney())).toList();
        return new Overview(programmes, totalsByCategory(programmes, categories));
    }

    /** The programmes' money and its totals per funder category (all categories, in report order). */
    public record Overview(List<ProgrammeFinance> programmes, List<CategoryTotals> categories) {
    }

    /**
     * Totals per funder category (all categories, in report order) of the lines of the projects of one programme (a
     * joint project counts in each of its programmes), from the stored totals. Two queries.
     */
    public List<CategoryTotals> projectTotalsByCategory(ProgrammeFinance programme, boolean includeUnpublished) {
        // the programme's own totals list every category
        List<Category> categories = programme.byCategory().stream()
                .map(c -> new Category(c.code(), c.position(), c.regional(), c.publicMoney())).toList();
        Map<String, MoneySources> sources = byCategory(totals.sources(LineScope.PROGRAMME_PROJECTS, programme.id(),
                includeUnpublished));
        return categoryTotals(categories, totals.aggregate(LineScope.PROGRAMME_PROJECTS, programme.id(),
                includeUnpublished), sources, true);
    }

    /**
     * Project money per area code (see {@link AreaFinance} for the definition: projects reaching several
     * areas count in each, so do not add these up). Areas without project budget lines are absent.
     */
    public Map<String, AreaFinance> moneyByArea(boolean includeUnpublished) {
        List<Category> categories = queries.categories();
        Map<String, List<Aggregate<String>>> aggregates = new HashMap<>();
        for (Aggregate<String> a : totals.aggregate(LineScope.AREA_PROJECTS, null, includeUnpublished)) {
            aggregates.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Map<String, MoneySources>> sources =
                totals.sources(LineScope.AREA_PROJECTS, null, includeUnpublished);
        Map<String, AreaFinance> result = new LinkedHashMap<>();
        queries.areaNames(totals.projectCounts(LineScope.AREA_PROJECTS, includeUnpublished)).forEach((code, count) -> {
            Map<String, MoneySources> areaSources = sources.getOrDefault(code, Map.of());
            List<CategoryTotals> byCategory = categoryTotals(categories,
                    aggregates.getOrDefault(code, List.of()), areaSources, false);
            MoneyTotals total = byCategory.stream().map(CategoryTotals::totals)
                    .reduce(MoneyTotals.NONE, MoneyTotals::plus);
            result.put(code, new AreaFinance(code, count.name(), count.projects(), total, byCategory,
                    flatten(areaSources)));
        });
        return result;
    }

    /**
     * The money of each of the projects (all funder categories together), for the project list. One query;
     * projects without (visible) budget lines are absent: their money is unknown, not zero.
     */
    @Override
    public Map<Long, MoneyTotals> byProject(Collection<Long> projectIds, boolean includeUnpublished) {
        Map<Long, MoneyTotals> result = new HashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        for (Aggregate<Long> a : queries.aggregate(LineScope.PROJECT, FinanceQueries.ofProjects(projectIds),
                includeUnpublished)) {
            result.merge(a.key(), a.totals(), MoneyTotals::plus);
        }
        return result;
    }

    /**
     * The money of the projects that reach an area: those naming it or an area within it (a region's
     * municipalities) and, with {@code regionWide}, the region-wide projects. Each project counts once with its
     * whole budget (the sources do not split it over places); programme budgets are not tied to a place and are
     * left out. Three queries: the stored groups of the area ({@link LineScope#AREA_REACH}), computed on request
     * while one of them is stale.
     */
    public AreaFinance reaching(AreaSummary area, boolean regionWide, boolean includeUnpublished) {
        var stored = totals.storedGroups(LineScope.AREA_REACH,
                key -> PortfolioSql.reachOf(key, area.code(), regionWide), includeUnpublished);
        if (stored.isPresent()) {
            Map<String, MoneySources> sources = byCategory(stored.get().sources());
            List<CategoryTotals> byCategory = categoryTotals(queries.categories(), stored.get().aggregates(),
                    sources, false);
            MoneyTotals total = byCategory.stream().map(CategoryTotals::totals)
                    .reduce(MoneyTotals.NONE, MoneyTotals::plus);
            return new AreaFinance(area.code(), area.name(), stored.get().projects(), total, byCategory,
                    flatten(sources));
        }
        return reachingOnRequest(area, regionWide, includeUnpublished);
    }

    /** {@link #reaching} computed from the lines (also the definition the stored groups are tested against). */
    public AreaFinance reachingOnRequest(AreaSummary area, boolean regionWide, boolean includeUnpublished) {
        Condition where = FinanceQueries.linesOfProjects(PortfolioSql.visibleProjectIdsReaching(area.id(),
                regionWide, includeUnpublished));
        List<Aggregate<Long>> aggregates = queries.aggregate(LineScope.PROJECT, where, includeUnpublished);
        Map<String, MoneySources> sources = byCategory(queries.sources(LineScope.PROJECT, where,
                includeUnpublished));
        List<CategoryTotals> byCategory = categoryTotals(queries.categories(), aggregates, sources, false);
        MoneyTotals total = byCategory.stream().map(CategoryTotals::totals).reduce(MoneyTotals.NONE, MoneyTotals::plus);
        int projects = (int) aggregates.stream().map(Aggregate::key).distinct().count();
        return new AreaFinance(area.code(), area.name(), projects, total, byCategory, flatten(sources));
    }

    private List<ProgrammeFinance> summaries(Long programmeId, boolean includeUnpublished) {
        List<ProgrammeRow> programmes = queries.programmes(programmeId, includeUnpublished);
        if (programmes.isEmpty()) {
            return List.of();
        }
        List<Category> categories = queries.categories();
        Map<Long, List<Aggregate<Long>>> own = group(
                totals.aggregate(LineScope.PROGRAMME_OWN, programmeId, includeUnpublished));
        Map<Long, Map<String, MoneySources>> ownSources =
                totals.sources(LineScope.PROGRAMME_OWN, programmeId, includeUnpublished);
        Map<Long, List<Aggregate<Long>>> projects = group(totals.aggregate(LineScope.PROGRAMME_PROJECTS,
                programmeId, includeUnpublished));
        Map<Long, MobilisedTotals> mobilised = queries.mobilisedTotals(programmeId, includeUnpublished);

        List<ProgrammeFinance> result = new ArrayList<>(programmes.size());
        for (ProgrammeRow p : programmes) {
            Map<String, MoneySources> sources = ownSources.getOrDefault(p.id(), Map.of());
            List<CategoryTotals> byCategory = categoryTotals(categories, own.getOrDefault(p.id(), List.of()),
                    sources, true);
            DerivedFigures figures = DerivedFigures.of(byCategory);
            MoneyTotals projectTotals = projects.getOrDefault(p.id(), List.of()).stream().map(Aggregate::totals)
                    .reduce(MoneyTotals.NONE, MoneyTotals::plus);
            MobilisedTotals m = mobilised.get(p.id());
            Multiplier multiplier = Multiplier.of(m == null ? null : m.total(), figures.regional().committed(),
                    p.multiplierTarget());
            List<MoneySources> multiplierSources = new ArrayList<>();
            byCategory.stream().filter(CategoryTotals::regional).forEach(c -> multiplierSources.add(c.sources()));
            List<SourceRef> others = new ArrayList<>(m == null ? List.of() : m.sources());
            if (p.targetSource() != null) {
                others.add(p.targetSource());
            }
            multiplierSources.add(MoneySources.of(others));
            result.add(new ProgrammeFinance(p.id(), p.code(), p.name(), p.published(), p.startYear(), p.endYear(),
                    byCategory, figures, projectTotals, m == null ? 0 : m.count(), multiplier, p.targetSource(),
                    flatten(sources), MoneySources.merge(multiplierSources)));
        }
        return result;
    }

    /** Category totals in report order; with {@code allCategories} also the categories without lines. */
    static <K> List<CategoryTotals> categoryTotals(List<Category> categories, List<Aggregate<K>> aggregates,
            Map<String, MoneySources> sources, boolean allCategories) {
        Map<String, MoneyTotals> byCode = new HashMap<>();
        aggregates.forEach(a -> byCode.merge(a.category(), a.totals(), MoneyTotals::plus));
        return categories.stream()
                .filter(c -> allCategories || byCode.containsKey(c.code()))
                .sorted(Comparator.comparingInt(Category::position))
                .map(c -> new CategoryTotals(c.code(), c.position(), c.regional(), c.publicMoney(),
                        byCode.getOrDefault(c.code(), MoneyTotals.NONE), sources.getOrDefault(c.code(),
                        MoneySources.NONE)))
                .toList();
    }

    private static <K> Map<K, List<Aggregate<K>>> group(List<Aggregate<K>> aggregates) {
        Map<K, List<Aggregate<K>>> map = new HashMap<>();
        aggregates.forEach(a -> map.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        return map;
    }

    /** The sources of all keys merged per funder category (the keys' lines are disjoint: their counts add up). */
    private static <K> Map<String, MoneySources> byCategory(Map<K, Map<String, MoneySources>> perKey) {
        Map<String, List<MoneySources>> sources = new HashMap<>();
        perKey.values().forEach(categories -> categories.forEach((c, refs) ->
                sources.computeIfAbsent(c, k -> new ArrayList<>()).add(refs)));
        Map<String, MoneySources> result = new HashMap<>();
        sources.forEach((c, list) -> result.put(c, MoneySources.merge(list)));
        return result;
    }

    private static MoneySources flatten(Map<String, MoneySources> byCategory) {
        return MoneySources.merge(byCategory.values());
    }
}
