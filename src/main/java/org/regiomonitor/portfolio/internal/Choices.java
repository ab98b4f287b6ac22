package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The options of pickers in forms and list filters; one query each. */
@Component
@Transactional(readOnly = true)
public class Choices {

    public record Option(long id, String code, String label) {
    }

    public record ProgrammeOption(long id, String code, String name, boolean published, List<Option> themes) {
    }

    private final DSLContext dsl;

    Choices(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Programmes with their themes (in theme order), by code. */
    public List<ProgrammeOption> programmes(boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.PUBLISHED,
                        multiset(select(THEME.ID, THEME.CODE, THEME.NAME)
                                .from(THEME)
                                .where(THEME.PROGRAMME_ID.eq(PROGRAMME.ID))
                                .orderBy(THEME.POSITION, THEME.CODE))
                                .convertFrom(r -> r.map(t -> new Option(t.value1(), t.value2(), t.value3()))))
                .from(PROGRAMME)
                .where(includeUnpublished ? noCondition() : PROGRAMME.PUBLISHED.isTrue())
                .orderBy(PROGRAMME.CODE)
                .fetch(r -> new ProgrammeOption(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<Option> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME)
                .from(ORGANISATION)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Option(r.value1(), null, r.value2()));
    }

    public List<Option> municipalities() {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME)
                .from(AREA)
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY))
                .orderBy(AREA.NAME)
                .fetch(r -> new Option(r.value1(), r.value2(), r.value3()));
    }
}
