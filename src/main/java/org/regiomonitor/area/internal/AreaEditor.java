package org.regiomonitor.area.internal;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaInput;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes areas and their memberships. All checks run before the first write,
 * so an invalid edit writes nothing; a stale edit (version mismatch) is refused.
 */
@Service
public class AreaEditor {

    private final DSLContext dsl;
    private final InputRules rules;

    AreaEditor(DSLContext dsl, InputRules rules) {
        this.dsl = dsl;
        this.rules = rules;
    }

    @Transactional
    public String create(AreaInput input, String actor) {
        InvalidInputException.refuseIfSet(input.version(), "version");
        InputRules.throwIfAny(rules.check(input)); // the domain rules below need a well-formed input
        List<Violation> violations = new ArrayList<>();
        if (dsl.fetchExists(AREA, DSL.upper(AREA.CODE).eq(input.code().toUpperCase()))) {
            violations.add(new Violation("code", "area.input.code.taken"));
        }
        Map<String, Long> parents = parents(input, null, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long id = dsl.insertInto(AREA)
                .set(AREA.CODE, input.code())
                .set(AREA.NAME, Text.strip(input.name()))
                .set(AREA.KIND, input.kind())
                .set(AREA.COUNTRY_CODE, input.countryCode())
                .returning(AREA.ID).fetchSingle(AREA.ID);
        replaceMemberships(id, parents.values());
        return input.code();
    }

    @Transactional
    public void update(String code, AreaInput input, String actor) {
        var current = dsl.selectFrom(AREA).where(AREA.CODE.eq(code)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("area", code));
        InputRules.throwIfAny(rules.check(input)); // the domain rules below need a well-formed input
        List<Violation> violations = new ArrayList<>();
        if (input.version() == null) {
            violations.add(new Violation("version", "area.input.version.required"));
        }
        if (!current.getCode().equals(input.code())) {
            violations.add(new Violation("code", "area.input.code.fixed"));
        }
        Map<String, Long> parents = parents(input, current.getId(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int updated = dsl.update(AREA)
                .set(AREA.NAME, Text.strip(input.name()))
                .set(AREA.KIND, input.kind())
                .set(AREA.COUNTRY_CODE, input.countryCode())
                .set(AREA.VERSION, AREA.VERSION.plus(1))
                .where(AREA.ID.eq(current.getId())).and(AREA.VERSION.eq(input.version()))
                .execute();
        if (updated == 0) {
            throw new StaleEditException("area", current.getId());
        }
        replaceMemberships(current.getId(), parents.values());
    }

    /** Resolves the parent codes; an unknown parent, the area itself or one of its own members is refused. */
    private Map<String, Long> parents(AreaInput input, Long selfId, List<Violation> violations) {
        Set<String> wanted = new HashSet<>(input.memberOf());
        Map<String, Long> found = dsl.select(AREA.CODE, AREA.ID).from(AREA).where(AREA.CODE.in(wanted))
                .fetchMap(AREA.CODE, AREA.ID);
        for (String code : wanted) {
            if (!found.containsKey(code)) {
                violations.add(new Violation("memberOf", "area.input.memberOf.unknown", code));
            } else if (code.equals(input.code())) {
                violations.add(new Violation("memberOf", "area.input.memberOf.self"));
            }
        }
        if (selfId != null && !found.isEmpty() && dsl.fetchExists(AREA_MEMBERSHIP,
                AREA_MEMBERSHIP.PARENT_ID.eq(selfId).and(AREA_MEMBERSHIP.MEMBER_ID.in(found.values())))) {
            violations.add(new Violation("memberOf", "area.input.memberOf.cycle"));
        }
        return found;
    }

    /** Removes and adds only what changed, so the audit trail shows the memberships that really changed. */
    private void replaceMemberships(long areaId, java.util.Collection<Long> parentIds) {
        dsl.deleteFrom(AREA_MEMBERSHIP).where(AREA_MEMBERSHIP.MEMBER_ID.eq(areaId))
                .and(AREA_MEMBERSHIP.PARENT_ID.notIn(parentIds))
                .and(AREA_MEMBERSHIP.VALID_TO.isNull()).execute(); // history stays
        for (Long parent : parentIds) {
            dsl.insertInto(AREA_MEMBERSHIP, AREA_MEMBERSHIP.PARENT_ID, AREA_MEMBERSHIP.MEMBER_ID)
                    .values(parent, areaId).onConflictDoNothing().execute();
        }
    }
}
