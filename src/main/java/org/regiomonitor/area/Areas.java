package org.regiomonitor.area;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.regiomonitor.area.internal.AreaQueries;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas and their figures, for every feature: look-ups by code, lists by kind, the members of a region
 * (one level of area_membership: NL01 → PV23 → CR12 → GM...), statistics with their sources, and sums of a
 * statistic over a region's members (e.g. Twente's population as the sum of its municipalities' CBS rows).
 * Areas are reference data: everyone may read them.
 */
@Service
@Transactional(readOnly = true)
public class Areas {

    private final AreaQueries queries;
    private final String homeRegionCode;

    Areas(AreaQueries queries, @Value("${regiomonitor.areas.home-region:CR12}") String homeRegionCode) {
        this.queries = queries;
        this.homeRegionCode = homeRegionCode;
    }

    /** The region this installation monitors (Twente = CR12 unless configured with regiomonitor.areas.home-region). */
    public String homeRegionCode() {
        return homeRegionCode;
    }

    public Optional<AreaSummary> find(String code) {
        return code == null ? Optional.empty() : queries.find(code);
    }

    /** @throws NotFoundException when there is no area with this code */
    public AreaSummary get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("area", code));
    }

    /** All areas of a kind (all areas when kind is null), by name. */
    public List<AreaSummary> list(AreaKind kind) {
        return queries.list(kind);
    }

    /** One page of areas filtered by kind and/or direct membership of a region (both optional). */
    public PageResult<AreaSummary> page(AreaKind kind, String regionCode, int page, int size) {
        return queries.page(kind, regionCode, page, size);
    }

    /** The best full-text matches among the areas (name and code), by rank; for the site search. */
    public List<FullText.Hit> search(FullText.Query query, int limit) {
        return queries.search(query, limit);
    }

    /** Whether any area exists. */
    /** The names of the areas with these codes (any codes unknown are absent). One query. */
    public Map<String, String> namesByCode(Collection<String> codes) {
        return queries.namesByCode(codes);
    }

    public boolean any() {
        return queries.any();
    }

    /** How many of these ids are municipalities (to check a form's choices in one query). */
    public int countMunicipalities(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : queries.countOfKind(ids, AreaKind.MUNICIPALITY);
    }

    /**
     * All municipalities for a picker, the home region's apart; no home region loaded yet: all are others.
     */
    public MunicipalityChoices municipalityChoices() {
        var all = queries.municipalitiesMarkingMembersOf(homeRegionCode);
        return new MunicipalityChoices(all.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList(),
                all.stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList());
    }

    /** The direct members of a region, by name. */
    public List<AreaSummary> members(String regionCode) {
        return members(get(regionCode));
    }

    /** As {@link #members(String)} for an area the caller has. */
    public List<AreaSummary> members(AreaSummary region) {
        return queries.members(region.id());
    }

    /** The areas this area directly belongs to (its region, province, ...). */
    public List<AreaSummary> parents(String code) {
        return queries.parents(get(code).id());
    }

    /** Every area this area belongs to today, directly or not (region, province, nation), nearest first. */
    public List<AreaSummary> ancestors(AreaSummary area) {
        return queries.ancestors(area.id());
    }

    /** All statistics of an area, newest period first, each with its source. */
    public List<StatisticValue> statistics(String code) {
        return queries.statistics(get(code).id(), null, null);
    }

    /** Statistics of an area, optionally only one statistic and/or period. */
    public List<StatisticValue> statistics(String code, Statistic statistic, Integer period) {
        return queries.statistics(get(code).id(), statistic, period);
    }

    /** The members of a region with their figures for one period. */
    public List<AreaFigures> memberFigures(String regionCode, int period) {
        return queries.memberFigures(get(regionCode).id(), period);
    }

    /** The latest period for which a member of the region has the statistic; empty when none has. */
    public OptionalInt latestPeriod(String regionCode, Statistic statistic) {
        return queries.latestMemberPeriod(get(regionCode).id(), statistic);
    }

    /**
     * The region's population in a period as the exact sum of its direct members' POPULATION rows, with the
     * member count, the rows and their source(s).
     */
    public RegionSum regionPopulation(String regionCode, int period) {
        return regionSum(regionCode, Statistic.POPULATION, period);
    }

    /**
     * An additive statistic summed over the region's direct members.
     *
     * @throws IllegalArgumentException for a statistic that is not additive (DENSITY)
     */
    public RegionSum regionSum(String regionCode, Statistic statistic, int period) {
        return regionSums(regionCode, period, EnumSet.of(statistic)).get(statistic);
    }

    /** Several additive statistics summed over the region's members, in one query. */
    public Map<Statistic, RegionSum> regionSums(String regionCode, int period, Collection<Statistic> statistics) {
        return queries.regionSums(get(regionCode), period, statistics);
    }

    /** The URL of the GeoJSON FeatureCollection of a region's members (for {@link ChoroplethMap}). */
    public static String geojsonUrlForRegion(String regionCode) {
        return "/api/areas/geojson?region=" + URLEncoder.encode(regionCode, StandardCharsets.UTF_8);
    }

    /** The URL of the GeoJSON FeatureCollection of all areas of a kind. */
    public static String geojsonUrlForKind(AreaKind kind) {
        return "/api/areas/geojson?kind=" + kind.name();
    }

    /** The URL of the GeoJSON FeatureCollection of the given areas. */
    public static String geojsonUrlForCodes(Collection<String> codes) {
        return "/api/areas/geojson?codes=" + URLEncoder.encode(String.join(",", codes), StandardCharsets.UTF_8);
    }

    /** All areas by their code in a system (CBS, NUTS, ARS), for matching imported codes in memory; one query. */
    public Map<String, AreaRef> codeIndex(String system) {
        return queries.codeIndex(checkedSystem(system), null);
    }

    /** The area with this code in a system (CBS, NUTS, ARS); one query. */
    public Optional<AreaRef> findByCode(String system, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(queries.codeIndex(checkedSystem(system), code).get(code));
    }

    private static AreaCodeSystem checkedSystem(String system) {
        try {
            return AreaCodeSystem.valueOf(system);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown code system " + system + "; known: "
                    + java.util.Arrays.toString(AreaCodeSystem.values()));
        }
    }
}
