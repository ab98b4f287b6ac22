package org.regiomonitor.area.api;

import static org.regiomonitor.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.RegionSum;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.area.StatisticValue;
import org.regiomonitor.area.internal.AreaQueries;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Areas as JSON, and their boundaries as GeoJSON. Reference data: readable by everyone. */
@RestController
@RequestMapping("/api/areas")
class AreaApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final int MAX_CODES = 500;

    /** An area with its memberships and statistics. */
    record AreaDetail(long id, String code, String name, AreaKind kind, String countryCode, SourceRef boundarySource,
            List<AreaSummary> memberOf, List<AreaSummary> members, List<StatisticValue> statistics, int version) {
    }

    /** A statistic summed over a region's direct members, with the rows it is made of. */
    record RegionSumResponse(String regionCode, Statistic statistic, int period, BigDecimal total, int memberCount,
            int membersWithValue, boolean complete, List<SourceRef> sources, List<Row> rows) {

        record Row(String code, String name, BigDecimal value, SourceRef source) {
        }

        static RegionSumResponse of(RegionSum sum) {
            return new RegionSumResponse(sum.region().code(), sum.statistic(), sum.period(), sum.total(),
                    sum.memberCount(), sum.membersWithValue(), sum.complete(), sum.sources(),
                    sum.rows().stream().map(r -> new Row(r.member().code(), r.member().name(), r.value(), r.source()))
                            .toList());
        }
    }

    private final Areas areas;
    private final AreaQueries queries;

    AreaApiController(Areas areas, AreaQueries queries) {
        this.areas = areas;
        this.queries = queries;
    }

    /** Areas, filtered by kind and/or direct membership of a region; paged as every list (see ListParams). */
    @GetMapping
    PageResult<AreaSummary> list(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListParams<ListParams.Unsorted> params = ListParams.read(page, size);
        return areas.page(kind(kind), blankToNull(region), params.page(), params.size());
    }

    @GetMapping("/{code}")
    AreaDetail detail(@PathVariable String code) {
        AreaSummary a = areas.get(code);
        return new AreaDetail(a.id(), a.code(), a.name(), a.kind(), a.countryCode(),
                queries.boundarySource(a.id()).orElse(null), queries.parents(a.id()), queries.members(a.id()),
                queries.statistics(a.id(), null, null), queries.version(a.id()));
    }

    /** The area's statistics, newest period first; optional filters statistic and period. */
    @GetMapping("/{code}/statistics")
    List<StatisticValue> statistics(@PathVariable String code, @RequestParam(required = false) String statistic,
            @RequestParam(required = false) Integer period) {
        return areas.statistics(code, statistic(statistic, "statistic"), period);
    }

    /** An additive statistic (default POPULATION) summed over the direct members of the area. */
    @GetMapping("/{code}/member-sum")
    RegionSumResponse memberSum(@PathVariable String code,
            @RequestParam(defaultValue = "POPULATION") String statistic, @RequestParam int period) {
        Statistic s = statistic(statistic, "statistic");
        if (!s.additive()) {
            throw InvalidInputException.of("statistic", "area.api.notAdditive");
        }
        return RegionSumResponse.of(areas.regionSum(code, s, period));
    }

    /**
     * Boundaries as a GeoJSON FeatureCollection (properties {@code code} and {@code name}): the members of a
     * region, the listed codes, and/or all areas of a kind (filters combine). Boundaries rarely change, so
     * the answer is cacheable and revalidated by ETag.
     */
    @GetMapping(value = "/geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> geojson(@RequestParam(required = false) String region,
            @RequestParam(required = false) String codes, @RequestParam(required = false) String kind) {
        String regionCode = blankToNull(region);
        List<String> codeList = codes == null ? List.of()
                : Arrays.stream(codes.split(",")).map(Text::strip).filter(c -> !c.isEmpty()).distinct().toList();
        AreaKind areaKind = kind(kind);
        if (regionCode == null && codeList.isEmpty() && areaKind == null) {
            throw InvalidInputException.of(null, "area.api.geojsonFilter");
        }
        if (codeList.size() > MAX_CODES) {
            throw InvalidInputException.of("codes", "area.api.tooManyCodes", MAX_CODES);
        }
        if (regionCode != null && areas.find(regionCode).isEmpty()) {
            throw new NotFoundException("area", regionCode);
        }
        byte[] body = queries.geoJson(regionCode, codeList, areaKind);
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag(etag(body))
                .body(body);
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AreaKind kind(String kind) {
        if (Text.isBlank(kind)) {
            return null;
        }
        try {
            return AreaKind.valueOf(Text.strip(kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "area.api.kind");
        }
    }

    private static Statistic statistic(String statistic, String field) {
        if (Text.isBlank(statistic)) {
            return null;
        }
        try {
            return Statistic.valueOf(Text.strip(statistic).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "area.api.statistic");
        }
    }
}
