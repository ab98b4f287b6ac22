package org.regiomonitor.area;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_CODE;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_STATISTIC;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.regiomonitor.shared.BulkRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of areas, memberships and statistics (the reference-data loader). Runs only inside the
 * caller's transaction, so a failure anywhere in a load rolls everything back; multi-row inserts in chunks.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AreaImport {

    public record NewArea(String code, String name, AreaKind kind, String countryCode, String boundaryJson,
            Long boundarySourceId) {
    }

    public record NewMembership(long parentId, long memberId, Long sourceId) {
    }

    /** A region's member in an interval (null = open, to exclusive), e.g. Twente's municipalities before 2001. */
    public record HistoricalMembership(String regionCode, String municipalityCode, String name, LocalDate validFrom,
            LocalDate validTo) {
    }

    /**
     * An area's codes in other systems; name and kind given: the area is created when missing (e.g. Germany and
     * its Länder, which only NUTS and ARS name), with an open membership of {@code memberOf}.
     */
    public record CodedArea(String code, String name, AreaKind kind, String countryCode, String memberOf, String nuts,
            String ars) {
    }

    public record NewStatistic(long areaId, Statistic statistic, int period, BigDecimal value, Long sourceId,
            String sourceLocator) {
    }

    private final DSLContext dsl;

    AreaImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the areas; returns their ids by code. */
    public Map<String, Long> areas(List<NewArea> areas) {
        Map<String, Long> ids = new HashMap<>();
        for (List<NewArea> chunk : BulkRows.chunks(areas)) {
            var insert = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, AREA.BOUNDARY,
                    AREA.BOUNDARY_SOURCE_ID);
            for (NewArea a : chunk) {
                insert = insert.values(a.code(), a.name(), a.kind(), a.countryCode(),
                        a.boundaryJson() == null ? null : JSONB.valueOf(a.boundaryJson()), a.boundarySourceId());
            }
            ids.putAll(BulkRows.ids(insert.returningResult(AREA.ID, AREA.CODE).fetch()));
        }
        return ids;
    }

    public void memberships(List<NewMembership> memberships) {
        for (List<NewMembership> chunk : BulkRows.chunks(memberships)) {
            var insert = dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                    AREA_MEMBERSHIP.SOURCE_ID);
            for (NewMembership m : chunk) {
                insert = insert.values(m.parentId(), m.memberId(), m.sourceId());
            }
            insert.execute();
        }
    }

    public void statistics(List<NewStatistic> statistics) {
        for (List<NewStatistic> chunk : BulkRows.chunks(statistics)) {
            var insert = dsl.insertInto(AREA_STATISTIC, AREA_STATISTIC.AREA_ID, AREA_STATISTIC.STATISTIC,
                    AREA_STATISTIC.PERIOD, AREA_STATISTIC.VALUE, AREA_STATISTIC.SOURCE_ID,
                    AREA_STATISTIC.SOURCE_LOCATOR);
            for (NewStatistic s : chunk) {
                insert = insert.values(s.areaId(), s.statistic(), s.period(), s.value(), s.sourceId(),
                        s.sourceLocator());
            }
            insert.execute();
        }
    }

    /** The codes among {@code codes} that already exist (at most three), for a clear "already loaded" message. */
    public List<String> existingCodes(List<String> codes) {
        return BulkRows.existing(dsl, AREA.CODE, codes);
    }

    /**
     * A region's membership history: creates the municipalities not yet known (with their validity), sets the
     * validity of known ones, and adds the ended memberships (the current ones come from the COROP file).
     * {@code areaIds} (code to id) receives the new areas. Returns the memberships added.
     */
    public int history(List<HistoricalMembership> rows, Map<String, Long> areaIds, Long sourceId) {
        int added = 0;
        for (HistoricalMembership h : rows) {
            Long id = areaIds.get(h.municipalityCode());
            if (id == null) {
                id = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, AREA.VALID_FROM,
                                AREA.VALID_TO)
                        .values(h.municipalityCode(), h.name(), AreaKind.MUNICIPALITY, "NL", h.validFrom(), h.validTo())
                        .returningResult(AREA.ID).fetchSingle().value1();
                areaIds.put(h.municipalityCode(), id);
            } else {
                dsl.update(AREA).set(AREA.VALID_FROM, h.validFrom()).set(AREA.VALID_TO, h.validTo())
                        .where(AREA.ID.eq(id)).execute();
            }
            Long region = areaIds.get(h.regionCode());
            if (h.validTo() != null && region != null) {
                added += dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                                AREA_MEMBERSHIP.VALID_FROM, AREA_MEMBERSHIP.VALID_TO, AREA_MEMBERSHIP.SOURCE_ID)
                        .values(region, id, h.validFrom(), h.validTo(), sourceId)
                        .onConflictDoNothing().execute();
            }
        }
        return added;
    }

    /** Creates the named areas that are missing, their memberships and the codes; returns the memberships added. */
    public int codes(List<CodedArea> rows, Map<String, Long> areaIds, Long sourceId) {
        for (CodedArea c : rows) {
            if (c.name() != null && c.kind() != null && !areaIds.containsKey(c.code())) {
                areaIds.put(c.code(), dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE)
                        .values(c.code(), c.name(), c.kind(), c.countryCode() == null ? "NL" : c.countryCode())
                        .returningResult(AREA.ID).fetchSingle().value1());
            }
        }
        int added = 0;
        for (CodedArea c : rows) {
            Long id = areaIds.get(c.code());
            if (id == null) {
                throw new IllegalStateException("area code list names unknown area " + c.code());
            }
            if (c.memberOf() != null && areaIds.containsKey(c.memberOf())) {
                added += dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                                AREA_MEMBERSHIP.SOURCE_ID)
                        .values(areaIds.get(c.memberOf()), id, sourceId).onConflictDoNothing().execute();
            }
            for (var code : Map.of(AreaCodeSystem.NUTS, c.nuts() == null ? "" : c.nuts(),
                    AreaCodeSystem.ARS, c.ars() == null ? "" : c.ars()).entrySet()) {
                if (!code.getValue().isEmpty()) {
                    dsl.insertInto(AREA_CODE, AREA_CODE.AREA_ID, AREA_CODE.SYSTEM, AREA_CODE.CODE)
                            .values(id, code.getKey(), code.getValue()).onConflictDoNothing().execute();
                }
            }
        }
        return added;
    }
}
