package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.MunicipalityChoices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The options of pickers in forms and list filters; one query each. */
@Component
@Transactional(readOnly = true)
public class Choices {

    public record Option(long id, String code, String label) {
    }

    public record ProgrammeOption(long id, String code, String name, boolean published, List<Option> themes) {
        /** How a form names the programme among its choices. */
        public String label() {
            return code + " — " + name;
        }
    }

    private final DSLContext dsl;
    private final Areas areas;

    Choices(DSLContext dsl, Areas areas) {
        this.dsl = dsl;
        this.areas = areas;
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
                .where(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.CODE)
                .fetch(r -> new ProgrammeOption(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** For the municipality picker of forms: the home region's first. */
    public MunicipalityChoices municipalityChoices() {
        return areas.municipalityChoices();
    }

}
