package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectFieldOrAsterisk;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProgrammeSummary;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ProgrammeDetail;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeDetail;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeView;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads programmes and themes; each method is one query. Unpublished programmes only when asked for. */
@Component
@Transactional(readOnly = true)
public class ProgrammeReader {

    private static final Source BUDGET_SOURCE = SOURCE.as("budget_source");
    private static final Source EXPECTED_SOURCE = SOURCE.as("expected_source");
    private static final Source VOLUME_SOURCE = SOURCE.as("volume_source");
    private static final Source MULTIPLIER_SOURCE = SOURCE.as("multiplier_source");
    private static final Source PROGRAMME_SOURCE = SOURCE.as("programme_source");
    private static final Source THEME_SOURCE = SOURCE.as("theme_source");
    private static final SourceColumns BUDGET = SourceColumns.aliased(BUDGET_SOURCE);
    private static final SourceColumns EXPECTED = SourceColumns.aliased(EXPECTED_SOURCE);
    private static final SourceColumns VOLUME = SourceColumns.aliased(VOLUME_SOURCE);
    private static final SourceColumns MULTIPLIER = SourceColumns.aliased(MULTIPLIER_SOURCE);
    private static final SourceColumns GENERAL = SourceColumns.aliased(PROGRAMME_SOURCE);
    private static final SourceColumns THEME_SRC = SourceColumns.aliased(THEME_SOURCE);

    private final DSLContext dsl;

    ProgrammeReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Programmes by start year and code, optionally of one status, with their visible project counts. */
    public PageResult<ProgrammeSummary> page(ProgrammeStatus status, boolean includeUnpublished, int page, int size) {
        Condition where = PortfolioSql.programmeVisible(includeUnpublished)
                .and(status == null ? noCondition() : PROGRAMME.STATUS.eq(status));
        Field<Long> projects = ProjectCounts.count(ProjectCounts.Scope.PROGRAMME, PROGRAMME.ID, includeUnpublished)
                .cast(Long.class).as("project_count");
        Field<Integer> total = count().over().as("total");
        Result<? extends Record> rows = dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR,
                        PROGRAMME.END_YEAR, PROGRAMME.STATUS, PROGRAMME.PUBLISHED, projects, total)
                .from(PROGRAMME)
                .where(where)
                .orderBy(PROGRAMME.START_YEAR.asc().nullsLast(), PROGRAMME.CODE, PROGRAMME.ID)
                .limit(size).offset((long) page * size)
                .fetch();
        List<ProgrammeSummary> items = rows.map(r -> new ProgrammeSummary(r.get(PROGRAMME.ID), r.get(PROGRAMME.CODE),
                r.get(PROGRAMME.NAME), r.get(PROGRAMME.START_YEAR), r.get(PROGRAMME.END_YEAR),
                r.get(PROGRAMME.STATUS), r.get(PROGRAMME.PUBLISHED), r.get(projects)));
        // A page past the end has no rows to carry the window total; count separately only then.
        long count = rows.isEmpty() ? (page == 0 ? 0 : dsl.fetchCount(PROGRAMME, where)) : rows.get(0).get(total);
        return new PageResult<>(items, page, size, count);
    }

    public Optional<ProgrammeDetail> detail(long id, boolean includeUnpublished) {
        Field<List<ThemeView>> themes = themes(PROGRAMME.ID, includeUnpublished);
        Field<String> owner = OrganisationSql.name(PROGRAMME.OWNER_ORGANISATION_ID, includeUnpublished);
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(PROGRAMME.asterisk(), owner, themes));
        fields.addAll(BUDGET.fields());
        fields.addAll(EXPECTED.fields());
        fields.addAll(VOLUME.fields());
        fields.addAll(MULTIPLIER.fields());
        fields.addAll(GENERAL.fields());
        return dsl.select(fields)
                .from(PROGRAMME)
                .leftJoin(BUDGET_SOURCE).on(BUDGET_SOURCE.ID.eq(PROGRAMME.BUDGET_CEILING_SOURCE_ID))
                .leftJoin(EXPECTED_SOURCE).on(EXPECTED_SOURCE.ID.eq(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID))
                .leftJoin(VOLUME_SOURCE).on(VOLUME_SOURCE.ID.eq(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID))
                .leftJoin(MULTIPLIER_SOURCE).on(MULTIPLIER_SOURCE.ID.eq(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID))
                .leftJoin(PROGRAMME_SOURCE).on(PROGRAMME_SOURCE.ID.eq(PROGRAMME.SOURCE_ID))
                .where(PROGRAMME.ID.eq(id))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .fetchOptional(r -> new ProgrammeDetail(r.get(PROGRAMME.ID), r.get(PROGRAMME.CODE),
                        r.get(PROGRAMME.NAME), r.get(PROGRAMME.START_YEAR), r.get(PROGRAMME.END_YEAR),
                        r.get(PROGRAMME.DESCRIPTION), r.get(owner) == null ? null : r.get(PROGRAMME.OWNER_ORGANISATION_ID), r.get(owner),
                        r.get(PROGRAMME.BUDGET_CEILING), r.get(PROGRAMME.BUDGET_CEILING_SOURCE_ID),
                        r.get(PROGRAMME.BUDGET_CEILING_SOURCE_LOCATOR),
                        BUDGET.ref(r, PROGRAMME.BUDGET_CEILING_SOURCE_LOCATOR),
                        r.get(PROGRAMME.EXPECTED_INVESTMENT), r.get(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID),
                        r.get(PROGRAMME.EXPECTED_INVESTMENT_SOURCE_LOCATOR),
                        EXPECTED.ref(r, PROGRAMME.EXPECTED_INVESTMENT_SOURCE_LOCATOR),
                        r.get(PROGRAMME.INVESTMENT_VOLUME), r.get(PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID),
                        r.get(PROGRAMME.INVESTMENT_VOLUME_SOURCE_LOCATOR),
                        VOLUME.ref(r, PROGRAMME.INVESTMENT_VOLUME_SOURCE_LOCATOR),
                        r.get(PROGRAMME.MULTIPLIER_TARGET), r.get(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID),
                        r.get(PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR),
                        MULTIPLIER.ref(r, PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR),
                        r.get(PROGRAMME.STATUS), r.get(PROGRAMME.PUBLISHED),
                        r.get(PROGRAMME.SOURCE_ID), r.get(PROGRAMME.SOURCE_LOCATOR),
                        GENERAL.ref(r, PROGRAMME.SOURCE_LOCATOR),
                        r.get(PROGRAMME.VERSION), r.get(themes)));
    }

    /** The themes of a programme in their order; empty when the programme is not visible. */
    public List<ThemeView> themes(long programmeId, boolean includeUnpublished) {
        return dsl.select(themeFields(includeUnpublished))
                .from(THEME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                .leftJoin(THEME_SOURCE).on(THEME_SOURCE.ID.eq(THEME.SOURCE_ID))
                .where(THEME.PROGRAMME_ID.eq(programmeId))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(THEME.POSITION, THEME.CODE)
                .fetch(ProgrammeReader::themeView);
    }

    public Optional<ThemeDetail> theme(long themeId, boolean includeUnpublished) {
        return theme(THEME.ID.eq(themeId), includeUnpublished);
    }

    /** A theme by its code (any case) within its programme, as its address names it. */
    public Optional<ThemeDetail> theme(long programmeId, String code, boolean includeUnpublished) {
        return theme(THEME.PROGRAMME_ID.eq(programmeId).and(THEME.CODE.equalIgnoreCase(code)), includeUnpublished);
    }

    private Optional<ThemeDetail> theme(Condition which, boolean includeUnpublished) {
        List<Field<?>> fields = new ArrayList<>(themeFields(includeUnpublished));
        fields.addAll(List.of(PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.PUBLISHED));
        return dsl.select(fields)
                .from(THEME)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                .leftJoin(THEME_SOURCE).on(THEME_SOURCE.ID.eq(THEME.SOURCE_ID))
                .where(which)
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .fetchOptional(r -> new ThemeDetail(themeView(r), r.get(THEME.PROGRAMME_ID), r.get(PROGRAMME.CODE),
                        r.get(PROGRAMME.NAME), r.get(PROGRAMME.PUBLISHED)));
    }

    private Field<List<ThemeView>> themes(Field<Long> programmeId, boolean includeUnpublished) {
        return multiset(select(themeFields(includeUnpublished))
                .from(THEME)
                .leftJoin(THEME_SOURCE).on(THEME_SOURCE.ID.eq(THEME.SOURCE_ID))
                .where(THEME.PROGRAMME_ID.eq(programmeId))
                .orderBy(THEME.POSITION, THEME.CODE))
                .as("themes")
                .convertFrom(r -> r.map(ProgrammeReader::themeView));
    }

    private static List<Field<?>> themeFields(boolean includeUnpublished) {
        Field<Long> projects = ProjectCounts.count(ProjectCounts.Scope.THEME, THEME.ID, includeUnpublished)
                .cast(Long.class).as("project_count");
        List<Field<?>> fields = new ArrayList<>(List.of(THEME.ID, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME,
                THEME.KIND, THEME.DESCRIPTION, THEME.POSITION, THEME.SOURCE_ID, THEME.SOURCE_LOCATOR, THEME.VERSION,
                projects));
        fields.addAll(THEME_SRC.fields());
        return fields;
    }

    private static ThemeView themeView(Record r) {
        return new ThemeView(r.get(THEME.ID), r.get(THEME.PROGRAMME_ID), r.get(THEME.CODE), r.get(THEME.NAME),
                r.get(THEME.KIND), r.get(THEME.DESCRIPTION), r.get(THEME.POSITION),
                r.get(THEME.SOURCE_ID), r.get(THEME.SOURCE_LOCATOR), THEME_SRC.ref(r, THEME.SOURCE_LOCATOR),
                r.get(THEME.VERSION), r.get("project_count", Long.class));
    }
}
