package org.regiomonitor.area.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbArray;
import static org.jooq.impl.DSL.jsonbArrayAgg;
import static org.jooq.impl.DSL.jsonbGetAttribute;
import static org.jooq.impl.DSL.jsonbGetAttributeAsText;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_CODE;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;
import static org.regiomonitor.db.Tables.AREA_SUCCESSION;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.regiomonitor.area.AreaFigures;
import org.regiomonitor.area.AreaCodeSystem;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaLife;
import org.regiomonitor.area.SuccessionKind;
import org.regiomonitor.area.AreaRef;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.RegionSum;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.area.StatisticValue;
import org.regiomonitor.db.tables.Area;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.regiomonitor.shared.SourceRefs;
import org.regiomonitor.shared.SourceRef;
import org.springframework.stereotype.Component;

/** Read queries on area, area_membership, area_statistic (and source for the figures' origins). */
@Component
public class AreaQueries {

    private static final Source BOUNDARY_SOURCE = SOURCE.as("boundary_source");
    private static final Area PARENT = AREA.as("parent");

    private final DSLContext dsl;

    AreaQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AreaSummary> find(String code) {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(AREA)
                .where(AREA.CODE.eq(code))
                .fetchOptional(r -> summary(r, AREA));
    }

    /** The source of an area's boundary, or empty when it has no boundary source. */
    public Optional<SourceRef> boundarySource(long areaId) {
        return dsl.select(SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(AREA)
                .join(SOURCE).on(SOURCE.ID.eq(AREA.BOUNDARY_SOURCE_ID))
                .where(AREA.ID.eq(areaId))
                .fetchOptional(r -> new SourceRef(r.value1(), r.value2(), null, r.value3()));
    }

    public boolean any() {
        return dsl.fetchExists(AREA);
    }

    public int countOfKind(Collection<Long> ids, AreaKind kind) {
        return dsl.fetchCount(AREA, AREA.ID.in(ids).and(AREA.KIND.eq(kind)));
    }

    public List<AreaSummary> list(AreaKind kind) {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(AREA)
                .where(kind == null ? noCondition() : AREA.KIND.eq(kind))
                .and(Validity.currentArea())
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch(r -> summary(r, AREA));
    }

    /** The names of the areas with these codes (any codes unknown are absent). One query. */
    public Map<String, String> namesByCode(Collection<String> codes) {
        return dsl.select(AREA.CODE, AREA.NAME).from(AREA).where(AREA.CODE.in(codes)).fetchMap(AREA.CODE, AREA.NAME);
    }

    /**
     * All municipalities by name, each with whether it is a direct member of the region with this code: the
     * municipality choices in one query.
     */
    public List<Map.Entry<AreaSummary, Boolean>> municipalitiesMarkingMembersOf(String regionCode) {
        Field<Boolean> member = DSL.field(DSL.exists(select(AREA_MEMBERSHIP.MEMBER_ID)
                .from(AREA_MEMBERSHIP)
                .join(PARENT).on(PARENT.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .where(AREA_MEMBERSHIP.MEMBER_ID.eq(AREA.ID), PARENT.CODE.eq(regionCode), Validity.currentMembership())));
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, member)
                .from(AREA)
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY), Validity.currentArea())
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch(r -> Map.entry(summary(r, AREA), r.value6()));
    }

    /** Areas filtered by kind and/or (direct) membership of a region, one page ordered by name. */
    public PageResult<AreaSummary> page(AreaKind kind, String regionCode, int page, int size) {
        Condition where = (kind == null ? noCondition() : AREA.KIND.eq(kind)).and(Validity.currentArea());
        if (regionCode != null) {
            where = where.and(AREA.ID.in(select(AREA_MEMBERSHIP.MEMBER_ID)
                    .from(AREA_MEMBERSHIP)
                    .join(PARENT).on(PARENT.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                    .where(PARENT.CODE.eq(regionCode), Validity.currentMembership())));
        }
        long total = dsl.fetchCount(AREA, where);
        List<AreaSummary> items = dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(AREA)
                .where(where)
                .orderBy(AREA.NAME, AREA.CODE)
                .limit(size).offset((long) page * size)
                .fetch(r -> summary(r, AREA));
        return new PageResult<>(items, page, size, total);
    }

    /** The direct members of an area (e.g. the municipalities of a COROP region), by name. */
    public List<AreaSummary> members(long regionId) {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(AREA_MEMBERSHIP)
                .join(AREA).on(AREA.ID.eq(AREA_MEMBERSHIP.MEMBER_ID))
                .where(AREA_MEMBERSHIP.PARENT_ID.eq(regionId), Validity.currentMembership())
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch(r -> summary(r, AREA));
    }

    /** The areas this area is a direct member of (e.g. its COROP region and province). */
    public List<AreaSummary> parents(long areaId) {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(AREA_MEMBERSHIP)
                .join(AREA).on(AREA.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .where(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId), Validity.currentMembership())
                .orderBy(AREA.KIND, AREA.NAME)
                .fetch(r -> summary(r, AREA));
    }

    /**
     * Every area this area belongs to today, directly or through others (its region, province, nation), nearest
     * first and each once: one recursive query over the memberships.
     */
    public List<AreaSummary> ancestors(long areaId) {
        var up = DSL.name("up");
        Field<Long> upId = DSL.field(DSL.name("up", "id"), Long.class);
        Field<Integer> upDepth = DSL.field(DSL.name("up", "depth"), Integer.class);
        var cte = up.fields("id", "depth").as(
                select(AREA_MEMBERSHIP.PARENT_ID, inline(1))
                        .from(AREA_MEMBERSHIP)
                        .where(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId), Validity.currentMembership())
                        .union(select(AREA_MEMBERSHIP.PARENT_ID, upDepth.plus(inline(1)))
                                .from(DSL.table(up))
                                .join(AREA_MEMBERSHIP).on(AREA_MEMBERSHIP.MEMBER_ID.eq(upId))
                                .where(Validity.currentMembership(), upDepth.lt(inline(8)))));
        Map<Long, AreaSummary> nearestFirst = new LinkedHashMap<>();
        dsl.withRecursive(cte)
                .select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                .from(DSL.table(up))
                .join(AREA).on(AREA.ID.eq(upId))
                .orderBy(upDepth, AREA.KIND, AREA.NAME)
                .forEach(r -> nearestFirst.putIfAbsent(r.get(AREA.ID), summary(r, AREA)));
        return List.copyOf(nearestFirst.values());
    }

    /** True when the area is a direct member of the region with this code. */
    public boolean isMemberOf(long areaId, String regionCode) {
        return dsl.fetchExists(select(AREA_MEMBERSHIP.MEMBER_ID)
                .from(AREA_MEMBERSHIP)
                .join(PARENT).on(PARENT.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                .where(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId))
                .and(PARENT.CODE.eq(regionCode)).and(Validity.currentMembership()));
    }

    /** An area's statistics, newest period first; statistic and period are optional filters. */
    public List<StatisticValue> statistics(long areaId, Statistic statistic, Integer period) {
        return dsl.select(AREA_STATISTIC.STATISTIC, AREA_STATISTIC.PERIOD, AREA_STATISTIC.VALUE,
                        AREA_STATISTIC.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(AREA_STATISTIC)
                .join(SOURCE).on(SOURCE.ID.eq(AREA_STATISTIC.SOURCE_ID))
                .where(AREA_STATISTIC.AREA_ID.eq(areaId))
                .and(statistic == null ? noCondition() : AREA_STATISTIC.STATISTIC.eq(statistic))
                .and(period == null ? noCondition() : AREA_STATISTIC.PERIOD.eq(period))
                .orderBy(AREA_STATISTIC.PERIOD.desc(), AREA_STATISTIC.STATISTIC)
                .fetch()
                .sortAsc(AREA_STATISTIC.STATISTIC) // the enum's order: population first
                .sortDesc(AREA_STATISTIC.PERIOD)   // stable sort: newest period first, then that order
                .map(r -> new StatisticValue(r.value1().name(), r.value2(), r.value3(),
                        new SourceRef(r.value5(), r.value6(), r.value4(), r.value7())));
    }

    /** The latest period for which any direct member of the region has this statistic. */
    public OptionalInt latestMemberPeriod(long regionId, Statistic statistic) {
        Integer p = dsl.select(max(AREA_STATISTIC.PERIOD))
                .from(AREA_STATISTIC)
                .join(AREA_MEMBERSHIP).on(AREA_MEMBERSHIP.MEMBER_ID.eq(AREA_STATISTIC.AREA_ID))
                .where(AREA_MEMBERSHIP.PARENT_ID.eq(regionId), Validity.currentMembership())
                .and(AREA_STATISTIC.STATISTIC.eq(statistic))
                .fetchOne(0, Integer.class);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /** The direct members of a region with their figures for one period (members without figures included). */
    public List<AreaFigures> memberFigures(long regionId, int period) {
        return figures(AREA.ID.in(select(AREA_MEMBERSHIP.MEMBER_ID).from(AREA_MEMBERSHIP)
                .where(AREA_MEMBERSHIP.PARENT_ID.eq(regionId), Validity.currentMembership())), period);
    }

    /** All areas of a kind with their figures for one period. */
    public List<AreaFigures> kindFigures(AreaKind kind, int period) {
        return figures(AREA.KIND.eq(kind), period);
    }

    private List<AreaFigures> figures(Condition areas, int period) {
        var rows = dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE,
                        BOUNDARY_SOURCE.CODE, BOUNDARY_SOURCE.TITLE, BOUNDARY_SOURCE.URL,
                        AREA_STATISTIC.STATISTIC, AREA_STATISTIC.VALUE, AREA_STATISTIC.SOURCE_LOCATOR,
                        SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(AREA)
                .leftJoin(BOUNDARY_SOURCE).on(BOUNDARY_SOURCE.ID.eq(AREA.BOUNDARY_SOURCE_ID))
                .leftJoin(AREA_STATISTIC).on(AREA_STATISTIC.AREA_ID.eq(AREA.ID)).and(AREA_STATISTIC.PERIOD.eq(period))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(AREA_STATISTIC.SOURCE_ID))
                .where(areas)
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch();
        Map<Long, AreaSummary> areasById = new LinkedHashMap<>();
        Map<Long, SourceRef> boundarySources = new LinkedHashMap<>();
        Map<Long, Map<String, StatisticValue>> stats = new LinkedHashMap<>();
        for (Record r : rows) {
            long id = r.get(AREA.ID);
            areasById.computeIfAbsent(id, k -> summary(r, AREA));
            if (r.get(BOUNDARY_SOURCE.CODE) != null) {
                boundarySources.put(id, SourceColumns.of(BOUNDARY_SOURCE).ref(r, null));
            }
            Map<String, StatisticValue> byStatistic = stats.computeIfAbsent(id, k -> new LinkedHashMap<>());
            Statistic statistic = r.get(AREA_STATISTIC.STATISTIC);
            if (statistic != null) {
                byStatistic.put(statistic.name(), new StatisticValue(statistic.name(), period,
                        r.get(AREA_STATISTIC.VALUE),
                        SourceColumns.of(SOURCE).ref(r, AREA_STATISTIC.SOURCE_LOCATOR)));
            }
        }
        List<AreaFigures> result = new ArrayList<>();
        areasById.forEach((id, area) -> result.add(new AreaFigures(area, period, stats.get(id), boundarySources.get(id))));
        return result;
    }

    /**
     * Sums additive statistics over the region's direct members, exactly (BigDecimal), in one query.
     * Members without a figure stay in the rows with a null value, so a partial sum is visible as such.
     */
    public Map<Statistic, RegionSum> regionSums(AreaSummary region, int period, Collection<Statistic> statistics) {
        for (Statistic s : statistics) {
            if (!s.additive()) {
                throw new IllegalArgumentException(s + " is a ratio and cannot be summed over members");
            }
        }
        var rows = dsl.select(AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE,
                        AREA_STATISTIC.STATISTIC, AREA_STATISTIC.VALUE, AREA_STATISTIC.SOURCE_LOCATOR,
                        SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(AREA_MEMBERSHIP)
                .join(AREA).on(AREA.ID.eq(AREA_MEMBERSHIP.MEMBER_ID))
                .leftJoin(AREA_STATISTIC).on(AREA_STATISTIC.AREA_ID.eq(AREA.ID))
                    .and(AREA_STATISTIC.PERIOD.eq(period))
                    .and(AREA_STATISTIC.STATISTIC.in(statistics))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(AREA_STATISTIC.SOURCE_ID))
                .where(AREA_MEMBERSHIP.PARENT_ID.eq(region.id()), Validity.currentMembership())
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch();
        Map<Long, AreaSummary> members = new LinkedHashMap<>();
        Map<Statistic, Map<Long, RegionSum.MemberValue>> values = new EnumMap<>(Statistic.class);
        for (Record r : rows) {
            AreaSummary member = members.computeIfAbsent(r.get(AREA.ID), k -> summary(r, AREA));
            Statistic statistic = r.get(AREA_STATISTIC.STATISTIC);
            if (statistic != null) {
                values.computeIfAbsent(statistic, k -> new LinkedHashMap<>())
                        .put(member.id(), new RegionSum.MemberValue(member, r.get(AREA_STATISTIC.VALUE),
                                SourceColumns.of(SOURCE).ref(r, AREA_STATISTIC.SOURCE_LOCATOR)));
            }
        }
        Map<Statistic, RegionSum> sums = new EnumMap<>(Statistic.class);
        for (Statistic s : statistics) {
            Map<Long, RegionSum.MemberValue> byMember = values.getOrDefault(s, Map.of());
            List<RegionSum.MemberValue> memberRows = members.values().stream()
                    .map(m -> byMember.getOrDefault(m.id(), new RegionSum.MemberValue(m, null, null)))
                    .toList();
            BigDecimal total = memberRows.stream().map(RegionSum.MemberValue::value)
                    .filter(v -> v != null).reduce(BigDecimal::add).orElse(null);
            sums.put(s, new RegionSum(region, s, period, total, memberRows, SourceRefs.joined(memberRows, RegionSum.MemberValue::source)));
        }
        return sums;
    }

    /**
     * A GeoJSON FeatureCollection (RFC 7946) of the areas matching all given filters that have a boundary,
     * built by PostgreSQL in one query. Features carry {@code id} = code and properties {@code code}, {@code name}.
     * A boundary stored as a whole Feature is unwrapped to its geometry.
     */
    public byte[] geoJson(String regionCode, Collection<String> codes, AreaKind kind) {
        Condition where = AREA.BOUNDARY.isNotNull();
        if (regionCode != null) {
            where = where.and(AREA.ID.in(select(AREA_MEMBERSHIP.MEMBER_ID)
                    .from(AREA_MEMBERSHIP)
                    .join(PARENT).on(PARENT.ID.eq(AREA_MEMBERSHIP.PARENT_ID))
                    .where(PARENT.CODE.eq(regionCode), Validity.currentMembership())));
        }
        if (codes != null && !codes.isEmpty()) {
            where = where.and(AREA.CODE.in(codes));
        }
        if (kind != null) {
            where = where.and(AREA.KIND.eq(kind));
        }
        Field<JSONB> geometry = when(jsonbGetAttributeAsText(AREA.BOUNDARY, "type").eq(inline("Feature")),
                jsonbGetAttribute(AREA.BOUNDARY, "geometry"))
                .otherwise(AREA.BOUNDARY);
        Field<JSONB> feature = jsonbObject(
                key("type").value(inline("Feature")),
                key("id").value(AREA.CODE),
                key("properties").value(jsonbObject(key("code").value(AREA.CODE), key("name").value(AREA.NAME))),
                key("geometry").value(geometry));
        JSONB collection = dsl.select(jsonbObject(
                        key("type").value(inline("FeatureCollection")),
                        key("features").value(coalesce(jsonbArrayAgg(feature).orderBy(AREA.CODE), jsonbArray()))))
                .from(AREA)
                .where(where)
                .fetchSingle()
                .value1();
        return collection.data().getBytes(StandardCharsets.UTF_8);
    }

    private static AreaSummary summary(Record r, Area a) {
        return new AreaSummary(r.get(a.ID), r.get(a.CODE), r.get(a.NAME), r.get(a.KIND),
                r.get(a.COUNTRY_CODE));
    }

    /** The area's version, for optimistic locking of edits. */
    public int version(long areaId) {
        return dsl.select(AREA.VERSION).from(AREA).where(AREA.ID.eq(areaId)).fetchSingle(AREA.VERSION);
    }

    /** The best full-text matches among all areas (name; code), by rank, with their kind as context; all public. */
    public List<FullText.Hit> search(FullText.Query query, int limit) {
        return FullText.hits(dsl, AREA, AREA.ID, AREA.NAME, AREA.CODE, inline(true),
                inline("/areas/").concat(AREA.CODE), AREA.KIND.coerce(SQLDataType.VARCHAR), query, noCondition(),
                limit);
    }

    /**
     * Areas by their code in a system (CBS, NUTS, ARS), in one query: area_code rows, and for CBS also every
     * Dutch area's own code (an area's CBS code is its Regiomonitor code and is not stored twice).
     */
    public Map<String, AreaRef> codeIndex(AreaCodeSystem system, String onlyCode) {
        var byCodeTable = dsl.select(AREA_CODE.CODE, AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND, AREA.VALID_FROM,
                        AREA.VALID_TO)
                .from(AREA_CODE).join(AREA).on(AREA.ID.eq(AREA_CODE.AREA_ID))
                .where(AREA_CODE.SYSTEM.eq(system))
                .and(onlyCode == null ? noCondition() : AREA_CODE.CODE.eq(onlyCode));
        var query = system == AreaCodeSystem.CBS
                ? byCodeTable.unionAll(dsl.select(AREA.CODE, AREA.ID, AREA.CODE, AREA.NAME, AREA.KIND,
                                AREA.VALID_FROM, AREA.VALID_TO)
                        .from(AREA)
                        .where(AREA.COUNTRY_CODE.eq("NL"))
                        .and(onlyCode == null ? noCondition() : AREA.CODE.eq(onlyCode))
                        .andNotExists(selectOne().from(AREA_CODE)
                                .where(AREA_CODE.SYSTEM.eq(system), AREA_CODE.CODE.eq(AREA.CODE))))
                : byCodeTable;
        Map<String, AreaRef> index = new LinkedHashMap<>();
        for (var r : query.fetch()) {
            index.put(r.value1(), new AreaRef(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
        }
        return index;
    }

    /** Validity and successions (mergers, renames) of an area, in one query. */
    public AreaLife life(long areaId) {
        var other = AREA.as("other");
        List<AreaLife.Link> successors = new ArrayList<>();
        List<AreaLife.Link> predecessors = new ArrayList<>();
        var rows = dsl.select(AREA.VALID_FROM, AREA.VALID_TO, AREA_SUCCESSION.PREDECESSOR_ID, other.CODE, other.NAME,
                        AREA_SUCCESSION.EFFECTIVE_ON, AREA_SUCCESSION.KIND)
                .from(AREA)
                .leftJoin(AREA_SUCCESSION)
                    .on(AREA_SUCCESSION.PREDECESSOR_ID.eq(AREA.ID).or(AREA_SUCCESSION.SUCCESSOR_ID.eq(AREA.ID)))
                    .and(AREA_SUCCESSION.KIND.in(SuccessionKind.MERGER, SuccessionKind.RENAME))
                .leftJoin(other).on(other.ID.eq(DSL.when(AREA_SUCCESSION.PREDECESSOR_ID.eq(AREA.ID),
                        AREA_SUCCESSION.SUCCESSOR_ID).otherwise(AREA_SUCCESSION.PREDECESSOR_ID)))
                .where(AREA.ID.eq(areaId))
                .orderBy(AREA_SUCCESSION.EFFECTIVE_ON, other.NAME)
                .fetch();
        for (var r : rows) {
            if (r.value7() != null) {
                (r.value3() == areaId ? successors : predecessors)
                        .add(new AreaLife.Link(r.value4(), r.value5(), r.value6(), r.value7()));
            }
        }
        return new AreaLife(rows.getFirst().value1(), rows.getFirst().value2(), successors, predecessors);
    }
}
