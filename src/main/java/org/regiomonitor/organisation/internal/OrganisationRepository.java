package org.regiomonitor.organisation.internal;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.MunicipalityChoices;
import org.regiomonitor.organisation.LinkedFunder;
import org.regiomonitor.organisation.OrganisationFunders;
import org.regiomonitor.organisation.OrganisationProjects;
import org.regiomonitor.organisation.OwnedProgramme;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.organisation.ProjectParticipation;
import org.regiomonitor.organisation.internal.OrganisationViews.AreaOption;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationDetail;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationFilter;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationListItem;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the organisation pages: each method is one statement. Municipality names come from the area
 * feature ({@link AreaSql}); the projects and funders of an organisation from their owners.
 */
@Repository
public class OrganisationRepository {

    static final Field<String> MUNICIPALITY_CODE = AreaSql.code(ORGANISATION.MUNICIPALITY_ID);
    static final Field<String> MUNICIPALITY_NAME = AreaSql.name(ORGANISATION.MUNICIPALITY_ID);

    private final DSLContext dsl;
    private final Areas areas;
    private final OrganisationProjects projects;
    private final OrganisationFunders funders;

    OrganisationRepository(DSLContext dsl, Areas areas, OrganisationProjects projects, OrganisationFunders funders) {
        this.dsl = dsl;
        this.areas = areas;
        this.projects = projects;
        this.funders = funders;
    }

    public PageResult<OrganisationListItem> list(OrganisationFilter filter, boolean includeUnpublished, int page,
            int size) {
        Condition where = listCondition(filter, includeUnpublished);
        long total = dsl.fetchCount(ORGANISATION, where);
        List<OrganisationListItem> items = dsl
                .select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.WEBSITE,
                        ORGANISATION.PUBLISHED, MUNICIPALITY_CODE, MUNICIPALITY_NAME)
                .from(ORGANISATION)
                .where(where)
                .orderBy(order(filter))
                .limit(size).offset((long) page * size)
                .fetch(r -> new OrganisationListItem(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7()));
        return new PageResult<>(items, page, size, total);
    }

    /** The rows of the list: its filters and the publication rule (the list, the API and the downloads). */
    static Condition listCondition(OrganisationFilter f, boolean includeUnpublished) {
        Condition c = OrganisationSql.visible(includeUnpublished);
        if (f.kind() != null) {
            c = c.and(ORGANISATION.KIND.eq(f.kind()));
        }
        if (!Text.isBlank(f.municipality())) {
            c = c.and(ORGANISATION.MUNICIPALITY_ID.in(AreaSql.idWithCode(Text.strip(f.municipality()))));
        }
        return c.and(FullText.containsEveryWord(f.q(), ORGANISATION.NAME, ORGANISATION.DESCRIPTION));
    }

    /** The order of the list, then name and id. */
    static List<SortField<?>> order(OrganisationFilter f) {
        Field<?> primary = switch (f.sortOrDefault()) {
            case NAME -> ORGANISATION.NAME;
            case KIND -> ORGANISATION.KIND;
            case MUNICIPALITY -> MUNICIPALITY_NAME;
        };
        SortField<?> first = f.descending() ? primary.desc().nullsLast() : primary.asc().nullsLast();
        return List.of(first, ORGANISATION.NAME.asc(), ORGANISATION.ID.asc());
    }

    public Optional<OrganisationDetail> detail(long id, boolean includeUnpublished) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.MUNICIPALITY_ID,
                        MUNICIPALITY_CODE, MUNICIPALITY_NAME, ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION,
                        ORGANISATION.PUBLISHED, ORGANISATION.SOURCE_ID, ORGANISATION.SOURCE_LOCATOR, SOURCE.CODE,
                        SOURCE.TITLE, SOURCE.URL, ORGANISATION.VERSION, ORGANISATION.UPDATED_AT)
                .from(ORGANISATION)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(ORGANISATION.SOURCE_ID))
                .where(ORGANISATION.ID.eq(id))
                .and(OrganisationSql.visible(includeUnpublished))
                .fetchOptional(r -> new OrganisationDetail(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11(),
                        r.value12() == null ? null : new SourceRef(r.value12(), r.value13(), r.value11(), r.value14()),
                        r.value15(), r.value16()));
    }

    /** The first projects the organisation leads or partners in, with its roles, and the number of all (from the portfolio). */
    public PageResult<ProjectParticipation> firstProjects(long organisationId, boolean includeUnpublished, int rows) {
        return projects.firstProjectsOf(organisationId, includeUnpublished, rows);
    }

    /** The programmes the organisation owns (from the portfolio). */
    public List<OwnedProgramme> programmes(long organisationId, boolean includeUnpublished) {
        return projects.programmesOwnedBy(organisationId, includeUnpublished);
    }

    /** The funders that stand for the organisation (from finance). */
    public List<LinkedFunder> funders(long organisationId) {
        return funders.fundersOf(organisationId);
    }

    /** For the municipality choice of the form: the home region's first. */
    public MunicipalityChoices municipalityChoices() {
        return areas.municipalityChoices();
    }


    boolean isMunicipality(long areaId) {
        return areas.countMunicipalities(List.of(areaId)) == 1;
    }

    boolean sourceExists(long sourceId) {
        return dsl.fetchExists(SOURCE, SOURCE.ID.eq(sourceId));
    }

    /** Names are unique regardless of case, so "ChipTech" and "Chiptech" cannot both exist. */
    boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(ORGANISATION, DSL.lower(ORGANISATION.NAME).eq(DSL.lower(DSL.val(name)))
                .and(exceptId == null ? DSL.trueCondition() : ORGANISATION.ID.ne(exceptId)));
    }

    boolean exists(long id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
    }
}
