package org.regiomonitor.portfolio.internal;

import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.regiomonitor.organisation.OrganisationProjects;
import org.regiomonitor.organisation.OwnedProgramme;
import org.regiomonitor.organisation.ProjectParticipation;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects an organisation leads (project.lead_organisation_id) or partners in, and the programmes it owns
 * (programme.owner_organisation_id), for its page.
 */
@Component
@Transactional(readOnly = true)
public class ProjectsOfOrganisation implements OrganisationProjects {

    private final DSLContext dsl;

    ProjectsOfOrganisation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One query: an organisation can take part in thousands of projects, its page and API item show the first and link
     * to the project list filtered by it, which holds all.
     */
    @Override
    public PageResult<ProjectParticipation> firstProjectsOf(long organisationId, boolean includeUnpublished, int rows) {
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
        Field<Integer> total = DSL.count().over().as("total");
        var query = dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS, PROJECT.PUBLISHED,
                        DSL.arrayAggDistinct(role), total)
                .from(roles)
                .join(PROJECT).on(PROJECT.ID.eq(projectId))
                .where(PortfolioSql.projectVisible(includeUnpublished))
                .groupBy(PROJECT.ID)
                // the project list's order, so that the rows shown are the first of the list they link to
                .orderBy(ProjectReader.order(ProjectSort.DEFAULT, null));
        var records = query.limit(rows).fetch();
        List<ProjectParticipation> items = records.map(r -> new ProjectParticipation(r.value1(), r.value2(),
                r.value3().name(), r.value4(), Arrays.stream(r.value5())
                        .sorted(Comparator.comparingInt(ProjectsOfOrganisation::roleRank))
                        .toList()));
        return new PageResult<>(items, 0, rows, records.isEmpty() ? 0 : records.getFirst().value6());
    }

    @Override
    public List<OwnedProgramme> programmesOwnedBy(long organisationId, boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.STATUS, PROGRAMME.START_YEAR,
                        PROGRAMME.END_YEAR, PROGRAMME.PUBLISHED)
                .from(PROGRAMME)
                .where(PROGRAMME.OWNER_ORGANISATION_ID.eq(organisationId))
                .and(PortfolioSql.programmeVisible(includeUnpublished))
                .orderBy(PROGRAMME.START_YEAR.asc().nullsLast(), PROGRAMME.NAME, PROGRAMME.ID)
                .fetch(r -> new OwnedProgramme(r.value1(), r.value2(), r.value3(), r.value4().name(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** Partner roles in display order (the enum's order); LEAD also comes from project.lead_organisation_id. */
    private static int roleRank(String role) {
        try {
            return PartnerRole.valueOf(role).ordinal();
        } catch (IllegalArgumentException unknown) {
            return PartnerRole.values().length;
        }
    }
}
