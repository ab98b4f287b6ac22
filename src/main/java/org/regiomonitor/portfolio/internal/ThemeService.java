package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and removes the themes of a programme; the same rights as editing the programme. */
@Service
public class ThemeService {

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final InputRules rules;
    private final ReferenceChecks references;

    ThemeService(DSLContext dsl, AccessPolicy policy, InputRules rules, ReferenceChecks references) {
        this.dsl = dsl;
        this.policy = policy;
        this.rules = rules;
        this.references = references;
    }

    @Transactional
    public long create(long programmeId, ThemeInput in, Authentication auth) {
        if (!dsl.fetchExists(PROGRAMME, PROGRAMME.ID.eq(programmeId))) {
            throw new NotFoundException("programme", programmeId);
        }
        policy.require(policy.canEditProgramme(auth, programmeId));
        InvalidInputException.refuseIfSet(in.version(), "version");
        InputRules.throwIfAny(violations(programmeId, in, null));
        long id = dsl.insertInto(THEME)
                .set(THEME.PROGRAMME_ID, programmeId)
                .set(values(in))
                .returning(THEME.ID)
                .fetchSingle(THEME.ID);
        return id;
    }

    @Transactional
    public void update(long themeId, ThemeInput in, Authentication auth) {
        long programmeId = programmeOf(themeId);
        policy.require(policy.canEditProgramme(auth, programmeId));
        List<Violation> violations = violations(programmeId, in, themeId);
        if (in.version() == null) {
            violations.add(new Violation("version", "portfolio.error.required"));
        }
        InputRules.throwIfAny(violations);
        int updated = dsl.update(THEME)
                .set(values(in))
                .set(THEME.VERSION, THEME.VERSION.plus(1))
                .where(THEME.ID.eq(themeId))
                .and(THEME.VERSION.eq(in.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "theme", themeId);
    }

    /**
     * Removes a theme that no project uses; a theme in use is kept (removing it would silently
     * take it away from those projects), the user first moves the projects to other themes.
     */
    @Transactional
    public void delete(long themeId, int version, Authentication auth) {
        long programmeId = programmeOf(themeId);
        policy.require(policy.canEditProgramme(auth, programmeId));
        if (dsl.fetchExists(PROJECT_THEME, PROJECT_THEME.THEME_ID.eq(themeId))) {
            throw InvalidInputException.of(null, "portfolio.theme.inUse");
        }
        int deleted = dsl.deleteFrom(THEME).where(THEME.ID.eq(themeId)).and(THEME.VERSION.eq(version)).execute();
        StaleEditException.unlessChanged(deleted, "theme", themeId);
    }

    /** The programme of a theme; 404 when the theme does not exist. */
    public long programmeOf(long themeId) {
        Long programmeId = dsl.select(THEME.PROGRAMME_ID).from(THEME).where(THEME.ID.eq(themeId))
                .fetchOne(THEME.PROGRAMME_ID);
        if (programmeId == null) {
            throw new NotFoundException("theme", themeId);
        }
        return programmeId;
    }

    public List<Violation> violations(long programmeId, ThemeInput in, Long themeId) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (!Text.isBlank(in.code()) && dsl.fetchExists(THEME,
                THEME.PROGRAMME_ID.eq(programmeId).and(THEME.CODE.equalIgnoreCase(Text.strip(in.code())))
                        .and(themeId == null ? THEME.ID.isNotNull() : THEME.ID.ne(themeId)))) {
            out.add(new Violation("code", "portfolio.error.codeTaken"));
        }
        references.sources(out, List.of("sourceId"), Arrays.asList(in.sourceId()));
        return out;
    }

    private static Map<Field<?>, Object> values(ThemeInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(THEME.CODE, Text.strip(in.code()));
        v.put(THEME.NAME, Text.strip(in.name()));
        v.put(THEME.KIND, in.kind());
        v.put(THEME.DESCRIPTION, blankToNull(in.description()));
        v.put(THEME.POSITION, in.position() == null ? 0 : in.position());
        v.put(THEME.SOURCE_ID, in.sourceId());
        v.put(THEME.SOURCE_LOCATOR, blankToNull(in.sourceLocator()));
        return v;
    }
}
