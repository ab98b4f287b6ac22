package org.regiomonitor.area.web;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.regiomonitor.area.AreaFigures;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.ChoroplethMap;
import org.regiomonitor.area.MunicipalityReaches;
import org.regiomonitor.area.RegionPageSection;
import org.regiomonitor.area.RegionSum;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.area.internal.AreaQueries;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.regiomonitor.shared.NotFoundException;

/**
 * The area pages: the overview (the home region's municipalities, its map, the German border districts),
 * a region page (members and the sums of their figures), a municipality page (what reaches it) and a
 * district page. Each page costs a fixed number of queries.
 */
@Controller
class AreaPageController {

    /** The figures the member tables show and sum. */
    static final List<Statistic> TABLE_STATISTICS = List.of(Statistic.POPULATION, Statistic.DWELLINGS,
            Statistic.AREA_HA);

    private final Areas areas;
    private final AreaQueries queries;
    private final MunicipalityReaches reaches;
    private final List<RegionPageSection> regionSections;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final ChartText chartText;

    AreaPageController(Areas areas, AreaQueries queries, MunicipalityReaches reaches,
            List<RegionPageSection> regionSections, AccessPolicy access, MessageSource messages, ChartText chartText) {
        this.areas = areas;
        this.queries = queries;
        this.reaches = reaches;
        this.regionSections = regionSections;
        this.access = access;
        this.messages = messages;
        this.chartText = chartText;
    }

    @GetMapping("/areas")
    String overview(@RequestParam(required = false) String region, @RequestParam(required = false) Integer period,
            Model model) {
        String code = Text.isBlank(region) ? areas.homeRegionCode() : Text.strip(region);
        AreaSummary home = queries.find(code).orElse(null);
        if (home == null && !Text.isBlank(region)) {
            throw new NotFoundException("region", region);
        }
        model.addAttribute("overview", true);
        model.addAttribute("area", home);
        int districtPeriod;
        if (home != null) {
            districtPeriod = addRegion(home, period, model);
        } else {
            districtPeriod = period != null ? period : 0;
        }
        List<AreaFigures> districts = queries.kindFigures(AreaKind.DISTRICT, districtPeriod);
        model.addAttribute("districts", districts);
        if (!districts.isEmpty()) {
            model.addAttribute("districtMap", outlineMap("kind-DISTRICT", Areas.geojsonUrlForKind(AreaKind.DISTRICT),
                    districts));
        }
        model.addAttribute("regions", queries.list(AreaKind.REGION));
        return "area/region";
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) Integer period, Authentication auth,
            Model model) {
        AreaSummary area = queries.find(code).orElseThrow(() -> new NotFoundException("area", code));
        model.addAttribute("area", area);
        List<AreaSummary> parents = queries.parents(area.id());
        model.addAttribute("parents", parents);
        return switch (area.kind()) {
            case COUNTRY, PROVINCE, REGION -> {
                model.addAttribute("overview", false);
                addRegion(area, period, model);
                addReach(area, auth, model);
                yield "area/region";
            }
            case MUNICIPALITY -> municipality(area, parents, auth, model);
            case DISTRICT -> district(area, model);
        };
    }

    /** Members with their figures and the sums; returns the period shown. */
    private int addRegion(AreaSummary region, Integer requestedPeriod, Model model) {
        OptionalInt latest = requestedPeriod != null ? OptionalInt.of(requestedPeriod)
                : queries.latestMemberPeriod(region.id(), Statistic.POPULATION);
        model.addAttribute("statistics", TABLE_STATISTICS);
        if (latest.isEmpty()) {
            model.addAttribute("members", queries.members(region.id()).stream()
                    .map(m -> new AreaFigures(m, 0, Map.of(), null)).toList());
            model.addAttribute("period", null);
            return 0;
        }
        int period = latest.getAsInt();
        List<AreaFigures> members = queries.memberFigures(region.id(), period);
        Map<Statistic, RegionSum> sums = queries.regionSums(region, period, TABLE_STATISTICS);
        model.addAttribute("period", period);
        model.addAttribute("members", members);
        model.addAttribute("sums", sums);
        model.addAttribute("population", sums.get(Statistic.POPULATION));
        model.addAttribute("sumSources", sums.values().stream().flatMap(sum -> sum.sources().stream()).distinct()
                .toList());
        model.addAttribute("memberKind", members.isEmpty() ? null : members.getFirst().area().kind());
        model.addAttribute("boundarySources", members.stream().map(AreaFigures::boundarySource)
                .filter(s -> s != null).distinct().toList());
        if (!members.isEmpty()) {
            ChoroplethMap.Builder map = ChoroplethMap.builder("region-" + region.code(),
                            Areas.geojsonUrlForRegion(region.code()))
                    .seriesName(message("area.map.population", String.valueOf(period)))
                    .legendLabel(message("area.statistic.POPULATION"))
                    .linkPrefix("/areas/");
            members.forEach(m -> map.item(m.area().code(), m.area().name(), m.value(Statistic.POPULATION)));
            model.addAttribute("map", map.build(chartText));
        }
        return period;
    }

    /** The projects and money that reach a region, from the features that own them. */
    private void addReach(AreaSummary region, Authentication auth, Model model) {
        boolean seeUnpublished = access.canSeeUnpublished(auth);
        // region-wide projects reach the monitored region (and, on their pages, its municipalities) only
        boolean homeRegion = region.code().equals(areas.homeRegionCode());
        model.addAttribute("homeRegion", homeRegion);
        model.addAttribute("seeUnpublished", seeUnpublished);
        regionSections.forEach(section -> section.addTo(model, region, homeRegion, seeUnpublished));
    }

    private String municipality(AreaSummary area, List<AreaSummary> parents, Authentication auth, Model model) {
        model.addAttribute("areaStatistics", queries.statistics(area.id(), null, null));
        model.addAttribute("life", queries.life(area.id()));
        // projects, vouchers, money, results and indicators come from the features that own them
        reaches.addTo(model, area, parents, access.canSeeUnpublished(auth));
        model.addAttribute("boundarySource", queries.boundarySource(area.id()).orElse(null));
        model.addAttribute("map", outlineMap("area-" + area.code(), Areas.geojsonUrlForCodes(List.of(area.code())),
                List.of(new AreaFigures(area, 0, Map.of(), null))));
        return "area/municipality";
    }

    private String district(AreaSummary area, Model model) {
        model.addAttribute("areaStatistics", queries.statistics(area.id(), null, null));
        model.addAttribute("boundarySource", queries.boundarySource(area.id()).orElse(null));
        model.addAttribute("map", outlineMap("area-" + area.code(), Areas.geojsonUrlForCodes(List.of(area.code())),
                List.of(new AreaFigures(area, 0, Map.of(), null))));
        return "area/district";
    }

    /** A map that only shows the outlines (no values), with links to the areas' pages. */
    private ChoroplethMap outlineMap(String name, String url, List<AreaFigures> areas) {
        ChoroplethMap.Builder map = ChoroplethMap.builder(name, url).linkPrefix("/areas/");
        areas.forEach(a -> map.item(a.area().code(), a.area().name(), null));
        return map.build(chartText);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
