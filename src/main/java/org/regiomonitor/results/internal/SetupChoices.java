package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.CATALOGUE_INDICATOR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;
import org.springframework.stereotype.Component;

/** The choices of the framework forms of a project: the catalogue indicators it may adopt and the themes it serves. */
@Component
public class SetupChoices {

    private final DSLContext dsl;
    private final ResultsReader reader;

    SetupChoices(DSLContext dsl, ResultsReader reader) {
        this.dsl = dsl;
        this.reader = reader;
    }

    /** The catalogue indicators of the project's programmes (one query). */
    public List<CatalogueView> catalogueOfProject(long projectId, Locale locale) {
        return reader.catalogue(CATALOGUE_INDICATOR.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId)),
                locale);
    }

    /** The themes of the project's programmes by id, with their names, in name order (one query). */
    public Map<Long, String> themesOfProject(long projectId) {
        var themes = PortfolioSql.themeIdsOfProject(projectId).asTable("t");
        Field<Long> id = themes.field(0, Long.class);
        Field<String> name = PortfolioSql.themeName(id).as("name");
        Map<Long, String> out = new LinkedHashMap<>();
        dsl.select(id, name).from(themes).orderBy(DSL.field(DSL.name("name")), id)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
