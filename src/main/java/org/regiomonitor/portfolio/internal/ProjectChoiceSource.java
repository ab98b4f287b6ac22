package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.ChoiceSource;
import org.regiomonitor.shared.FullText;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as a searched choice (voucher, user rights, NPVR task forms): by title through the trigram index, in
 * title order (V41's index), with their programmes' codes to tell equal titles apart. Logged-in users may choose
 * any project, as those forms offered; others only published ones. Narrowing ({@code scope}):
 * {@code programmeId} only that programme's projects; {@code editable=true} only projects of programmes the
 * caller may edit (the voucher form).
 */
@Component
@Transactional(readOnly = true)
class ProjectChoiceSource implements ChoiceSource {

    private final DSLContext dsl;
    private final AccessPolicy access;

    ProjectChoiceSource(DSLContext dsl, AccessPolicy access) {
        this.dsl = dsl;
        this.access = access;
    }

    @Override
    public String kind() {
        return "projects";
    }

    @Override
    public List<Choice> search(String text, Map<String, String> scope, Authentication auth, int limit) {
        Condition where = PortfolioSql.projectVisible(access.canSeeUnpublished(auth))
                .and(FullText.containsEveryWord(text, PROJECT.TITLE));
        Long programmeId = id(scope.get("programmeId"));
        boolean editable = "true".equals(scope.get("editable"));
        if (programmeId != null || editable) {
            where = where.and(exists(selectOne().from(PROJECT_PROGRAMME)
                    .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                    .and(programmeId == null ? DSL.noCondition() : PROJECT_PROGRAMME.PROGRAMME_ID.eq(programmeId))
                    .and(editable ? access.canEditProgrammeCondition(auth, PROJECT_PROGRAMME.PROGRAMME_ID)
                            : DSL.noCondition())));
        }
        return dsl.select(PROJECT.ID, PROJECT.TITLE, programmeCodes())
                .from(PROJECT)
                .where(where)
                .orderBy(lower(PROJECT.TITLE), PROJECT.ID)
                .limit(limit)
                .fetch(r -> new Choice(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<Choice> labels(Collection<Long> ids, Authentication auth) {
        return dsl.select(PROJECT.ID, PROJECT.TITLE, programmeCodes())
                .from(PROJECT)
                .where(PROJECT.ID.in(ids))
                .and(PortfolioSql.projectVisible(access.canSeeUnpublished(auth)))
                .fetch(r -> new Choice(r.value1(), r.value2(), r.value3()));
    }

    private static Field<String> programmeCodes() {
        return field(select(listAgg(PROGRAMME.CODE, ", ").withinGroupOrderBy(PROGRAMME.CODE))
                .from(PROJECT_PROGRAMME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PROJECT_PROGRAMME.PROGRAMME_ID))
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID)));
    }

    private static Long id(String s) {
        return s != null && s.strip().matches("\\d{1,18}") ? Long.valueOf(s.strip()) : null;
    }
}
