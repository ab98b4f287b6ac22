package org.regiomonitor.area;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.AREA_SUCCESSION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.regiomonitor.shared.BulkRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas over time from a CBS table's region code list: creates the areas it names that Regiomonitor does not
 * know (historical municipalities, provinces, landsdelen, COROP regions) with their validity from CBS's
 * descriptions, sets the validity of known ones (never their names), adds province memberships from
 * DimensionGroupId (GMPV23: member of PV23, for the municipality's validity), NL01 -> every province, and the
 * successions the descriptions name. Idempotent; runs only inside the caller's transaction (all-or-nothing
 * with the import that calls it).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AreaHistory {

    /** What an apply changed. */
    public record Summary(int areasAdded, int areasUpdated, int membershipsAdded, int successionsAdded) {

        public boolean unchanged() {
            return areasAdded + areasUpdated + membershipsAdded + successionsAdded == 0;
        }
    }

    private static final Pattern KIND_SUFFIX = Pattern.compile("\\s*\\((PV|CR|LD|GM|NL)\\)$");
    private static final Pattern PROVINCE_GROUP = Pattern.compile("GM(PV\\d\\d)");
    static final String COUNTRY = "NL01";

    private final DSLContext dsl;

    AreaHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Parsed(CbsRegionCode code, AreaKind kind, String name, CbsRegionDescription description) {
    }

    private record Known(long id, LocalDate from, LocalDate to) {
    }

    /** @param sourceId the source the code list came from (cited on memberships and successions), may be null */
    public Summary apply(List<CbsRegionCode> codes, Long sourceId) {
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (CbsRegionCode c : codes) {
            AreaKind kind = kindOf(c.identifier());
            if (kind != null) {
                String name = c.title() == null || c.title().isBlank() ? c.identifier()
                        : KIND_SUFFIX.matcher(c.title().strip()).replaceFirst("");
                parsed.put(c.identifier(), new Parsed(c, kind, name,
                        CbsRegionDescription.parse(c.identifier(), c.description())));
            }
        }
        Map<String, Known> known = new HashMap<>();
        dsl.select(AREA.ID, AREA.CODE, AREA.VALID_FROM, AREA.VALID_TO).from(AREA)
                .where(AREA.CODE.in(parsed.keySet()))
                .forEach(r -> known.put(r.value2(), new Known(r.value1(), r.value3(), r.value4())));

        List<Parsed> missing = parsed.values().stream().filter(p -> !known.containsKey(p.code().identifier())).toList();
        for (List<Parsed> chunk : BulkRows.chunks(missing)) {
            var insert = dsl.insertInto(AREA, AREA.CODE, AREA.NAME, AREA.KIND, AREA.COUNTRY_CODE, AREA.VALID_FROM,
                    AREA.VALID_TO);
            for (Parsed p : chunk) {
                insert = insert.values(p.code().identifier(), p.name(), p.kind(), "NL", p.description().validFrom(),
                        p.description().validTo());
            }
            insert.returningResult(AREA.ID, AREA.CODE).fetch()
                    .forEach(r -> known.put(r.value2(), new Known(r.value1(), null, null)));
        }
        var addedCodes = missing.stream().map(p -> p.code().identifier()).collect(java.util.stream.Collectors.toSet());
        int updated = 0;
        for (Parsed p : parsed.values()) {
            Known k = known.get(p.code().identifier());
            // A list states dates or says nothing; it never clears a date another list gave (CBS's tables differ in
            // how much history their code lists tell: 83625NED's say "Naamswijziging per ..." without the new code).
            LocalDate from = p.description().validFrom() != null ? p.description().validFrom() : k.from();
            LocalDate to = p.description().validTo() != null ? p.description().validTo() : k.to();
            if (!addedCodes.contains(p.code().identifier())
                    && (!Objects.equals(k.from(), from) || !Objects.equals(k.to(), to))) {
                updated += dsl.update(AREA).set(AREA.VALID_FROM, from).set(AREA.VALID_TO, to)
                        .where(AREA.ID.eq(k.id())).execute();
            }
        }
        return new Summary(missing.size(), updated, memberships(parsed, known, sourceId),
                successions(parsed, known, sourceId));
    }

    private int memberships(Map<String, Parsed> parsed, Map<String, Known> known, Long sourceId) {
        record Row(long parent, long member, LocalDate from, LocalDate to) {
        }
        List<Row> rows = new ArrayList<>();
        Long country = known.containsKey(COUNTRY) ? known.get(COUNTRY).id()
                : dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(COUNTRY)).fetchOne(AREA.ID);
        for (Parsed p : parsed.values()) {
            long id = known.get(p.code().identifier()).id();
            if (p.kind() == AreaKind.PROVINCE && country != null) {
                rows.add(new Row(country, id, null, null));
            }
            var group = p.code().dimensionGroupId() == null ? null
                    : PROVINCE_GROUP.matcher(p.code().dimensionGroupId().strip());
            if (p.kind() == AreaKind.MUNICIPALITY && group != null && group.matches()
                    && known.containsKey(group.group(1))) {
                rows.add(new Row(known.get(group.group(1)).id(), id, p.description().validFrom(),
                        p.description().validTo()));
            }
        }
        int added = 0;
        for (List<Row> chunk : BulkRows.chunks(rows)) {
            var insert = dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID,
                    AREA_MEMBERSHIP.VALID_FROM, AREA_MEMBERSHIP.VALID_TO, AREA_MEMBERSHIP.SOURCE_ID);
            for (Row r : chunk) {
                insert = insert.values(r.parent(), r.member(), r.from(), r.to(), sourceId);
            }
            // An existing membership with the same start (e.g. the reference data's open ones) stays as it is.
            added += insert.onConflictDoNothing().execute();
        }
        return added;
    }

    private int successions(Map<String, Parsed> parsed, Map<String, Known> known, Long sourceId) {
        List<CbsRegionDescription.Succession> all = parsed.values().stream()
                .flatMap(p -> p.description().successions().stream())
                .filter(s -> known.containsKey(s.predecessor()) && known.containsKey(s.successor()))
                .toList();
        int added = 0;
        for (List<CbsRegionDescription.Succession> chunk : BulkRows.chunks(all)) {
            var insert = dsl.insertInto(AREA_SUCCESSION, AREA_SUCCESSION.PREDECESSOR_ID, AREA_SUCCESSION.SUCCESSOR_ID,
                    AREA_SUCCESSION.EFFECTIVE_ON, AREA_SUCCESSION.KIND, AREA_SUCCESSION.SOURCE_TEXT,
                    AREA_SUCCESSION.SOURCE_ID);
            for (var s : chunk) {
                insert = insert.values(known.get(s.predecessor()).id(), known.get(s.successor()).id(), s.on(),
                        s.kind(), s.text(), sourceId);
            }
            // Both sides of a change describe it: the first description's text is kept.
            added += insert.onConflictDoNothing().execute();
        }
        return added;
    }

    static AreaKind kindOf(String code) {
        if (code.equals(COUNTRY)) {
            return AreaKind.COUNTRY;
        }
        if (code.matches("PV\\d\\d")) {
            return AreaKind.PROVINCE;
        }
        if (code.matches("(CR|LD)\\d\\d")) {
            return AreaKind.REGION;
        }
        return code.matches("GM\\d{4}") ? AreaKind.MUNICIPALITY : null;
    }
}
