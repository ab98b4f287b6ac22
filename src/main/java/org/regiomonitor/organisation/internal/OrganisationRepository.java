package org.regiomonitor.organisation.internal;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.organisation.internal.OrganisationViews.AreaOption;
import org.regiomonitor.organisation.internal.OrganisationViews.LinkedFunder;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationDetail;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationFilter;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationListItem;
import org.regiomonitor.organisation.internal.OrganisationViews.ProjectParticipation;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Repository;

/** The SQL of the organisation pages: each method is one statement. */
@Repository
public class OrganisationRepository {

    /** Partner roles in display order; LEAD also comes from project.lead_organisation_id. */
    static final List<String> ROLE_ORDER = List.of("LEAD", "IMPLEMENTING", "CO_FINANCING", "KNOWLEDGE");

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PageResult<OrganisationListItem> list(OrganisationFilter filter, boolean includeUnpublished, int page,
            int size) {
        Condition where = listCondition(filter, includeUnpublished);
        long total = dsl.fetchCount(dsl.select(ORGANISATION.ID).from(ORGANISATION)
                .leftJoin(AREA).on(AREA.ID.eq(ORGANISATION.MUNICIPALITY_ID)).where(where));
        List<OrganisationListItem> items = dsl
                .select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.WEBSITE,
                        ORGANISATION.PUBLISHED, AREA.CODE, AREA.NAME)
                .from(ORGANISATION)
                .leftJoin(AREA).on(AREA.ID.eq(ORGANISATION.MUNICIPALITY_ID))
                .where(where)
                .orderBy(order(filter))
                .limit(size).offset((long) page * size)
                .fetch(r -> new OrganisationListItem(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7()));
        return new PageResult<>(items, page, size, total);
    }

    private static Condition listCondition(OrganisationFilter f, boolean includeUnpublished) {
        Condition c = includeUnpublished ? DSL.trueCondition() : ORGANISATION.PUBLISHED.isTrue();
        if (f.kind() != null) {
            c = c.and(ORGANISATION.KIND.eq(f.kind()));
        }
        if (!Text.isBlank(f.municipality())) {
            c = c.and(AREA.CODE.eq(Text.strip(f.municipality())));
        }
        if (!Text.isBlank(f.q())) {
            // containsIgnoreCase escapes % and _ in the user's text
            String q = Text.strip(f.q());
            c = c.and(ORGANISATION.NAME.containsIgnoreCase(q).or(ORGANISATION.DESCRIPTION.containsIgnoreCase(q)));
        }
        return c;
    }

    private static List<SortField<?>> order(OrganisationFilter f) {
        Field<?> primary = switch (f.sortOrDefault()) {
            case NAME -> ORGANISATION.NAME;
            case KIND -> ORGANISATION.KIND;
            case MUNICIPALITY -> AREA.NAME;
        };
        SortField<?> first = f.descending() ? primary.desc().nullsLast() : primary.asc().nullsLast();
        return List.of(first, ORGANISATION.NAME.asc(), ORGANISATION.ID.asc());
    }

    public Optional<OrganisationDetail> detail(long id, boolean includeUnpublished) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.MUNICIPALITY_ID,
                        AREA.CODE, AREA.NAME, ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION, ORGANISATION.PUBLISHED,
                        ORGANISATION.SOURCE_ID, ORGANISATION.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL,
                        ORGANISATION.VERSION, ORGANISATION.UPDATED_AT)
                .from(ORGANISATION)
                .leftJoin(AREA).on(AREA.ID.eq(ORGANISATION.MUNICIPALITY_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(ORGANISATION.SOURCE_ID))
                .where(ORGANISATION.ID.eq(id))
                .and(includeUnpublished ? DSL.trueCondition() : ORGANISATION.PUBLISHED.isTrue())
                .fetchOptional(r -> new OrganisationDetail(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11(),
                        r.value12() == null ? null : new SourceRef(r.value12(), r.value13(), r.value11(), r.value14()),
                        r.value15(), r.value16()));
    }

    /** The projects the organisation leads (project.lead_organisation_id) or partners in, with its roles. */
    public List<ProjectParticipation> projects(long organisationId, boolean includeUnpublished) {
        Table<Record2<Long, PartnerRole>> roles = DSL
                .select(PROJECT_PARTNER.PROJECT_ID.as("project_id"), PROJECT_PARTNER.ROLE.as("role"))
                .from(PROJECT_PARTNER)
                .where(PROJECT_PARTNER.ORGANISATION_ID.eq(organisationId))
                .union(DSL.select(PROJECT.ID, DSL.inline(PartnerRole.LEAD, PROJECT_PARTNER.ROLE))
                        .from(PROJECT)
                        .where(PROJECT.LEAD_ORGANISATION_ID.eq(organisationId)))
                .asTable("r");
        Field<Long> projectId = roles.field("project_id", Long.class);
        Field<String> role = roles.field("role", String.class);
        return dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS, PROJECT.PUBLISHED, DSL.arrayAggDistinct(role))
                .from(roles)
                .join(PROJECT).on(PROJECT.ID.eq(projectId))
                .where(includeUnpublished ? DSL.trueCondition() : PROJECT.PUBLISHED.isTrue())
                .groupBy(PROJECT.ID)
                .orderBy(PROJECT.TITLE, PROJECT.ID)
                .fetch(r -> new ProjectParticipation(r.value1(), r.value2(), r.value3().name(), r.value4(),
                        Arrays.stream(r.value5())
                                .sorted(Comparator.comparingInt(OrganisationRepository::roleRank))
                                .toList()));
    }

    private static int roleRank(String role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }

    public List<LinkedFunder> funders(long organisationId) {
        return dsl.select(FUNDER.ID, FUNDER.NAME, FUNDER.CATEGORY_CODE)
                .from(FUNDER)
                .where(FUNDER.ORGANISATION_ID.eq(organisationId))
                .orderBy(FUNDER.NAME)
                .fetch(r -> new LinkedFunder(r.value1(), r.value2(), r.value3()));
    }

    public List<AreaOption> municipalities() {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME)
                .from(AREA)
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY))
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch(r -> new AreaOption(r.value1(), r.value2(), r.value3()));
    }

    boolean isMunicipality(long areaId) {
        return dsl.fetchExists(AREA, AREA.ID.eq(areaId).and(AREA.KIND.eq(AreaKind.MUNICIPALITY)));
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
