package org.regiomonitor.portfolio;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.SOURCE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.internal.ProgrammeInput;
import org.regiomonitor.portfolio.internal.ProgrammeService;
import org.regiomonitor.portfolio.internal.ProjectInput;
import org.regiomonitor.portfolio.internal.ProjectInput.LinkInput;
import org.regiomonitor.portfolio.internal.ProjectInput.PartnerInput;
import org.regiomonitor.portfolio.internal.ProjectService;
import org.regiomonitor.portfolio.internal.ThemeInput;
import org.regiomonitor.portfolio.internal.ThemeService;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.TestUsers;
import org.springframework.security.core.Authentication;

/**
 * Creates the portfolio test data through the real services (or jOOQ for other features' tables),
 * always with unique names, because all integration tests share one database. Built by each test from
 * autowired beans (not imported as a bean: that would give the test its own Spring context).
 */
class PortfolioFixtures {

    static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final DSLContext dsl;
    private final UserAdministration users;
    private final ProgrammeService programmes;
    private final ThemeService themes;
    private final ProjectService projects;

    PortfolioFixtures(org.springframework.context.ApplicationContext context) {
        this(context.getBean(DSLContext.class), context.getBean(UserAdministration.class),
                context.getBean(ProgrammeService.class), context.getBean(ThemeService.class),
                context.getBean(ProjectService.class));
    }

    PortfolioFixtures(DSLContext dsl, UserAdministration users, ProgrammeService programmes, ThemeService themes,
            ProjectService projects) {
        this.dsl = dsl;
        this.users = users;
        this.programmes = programmes;
        this.themes = themes;
        this.projects = projects;
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    UserPrincipal user(Role role) {
        String name = unique(role.name().toLowerCase());
        long id = users.createUser(name, name, PASSWORD, role);
        return new UserPrincipal(id, name, name, "x", role, true);
    }

    UserPrincipal programmeManager(long... programmeIds) {
        UserPrincipal u = user(Role.PROGRAMME_MANAGER);
        for (long p : programmeIds) {
            users.assignProgramme(u.id(), p);
        }
        return u;
    }

    UserPrincipal projectLead(long... projectIds) {
        UserPrincipal u = user(Role.PROJECT_LEAD);
        for (long p : projectIds) {
            users.assignProject(u.id(), p);
        }
        return u;
    }

    static Authentication auth(UserPrincipal u) {
        return TestUsers.authentication(u);
    }

    Authentication admin() {
        return auth(user(Role.ADMIN));
    }

    long organisation() {
        return organisation(unique("Org"), true);
    }

    long organisation(String name, boolean published) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.KIND, OrganisationKind.BUSINESS)
                .set(ORGANISATION.PUBLISHED, published)
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    /** A published project led by one organisation with one other organisation as partner. */
    long project(String title, long programmeId, long themeId, long leadId, long partnerId) {
        ProjectInput in = projectInput(title, programmeId, themeId, leadId, true);
        return projects.create(new ProjectInput(in.title(), in.summary(), in.leadOrganisationId(), in.programmeIds(),
                in.themeIds(), in.municipalityIds(), in.regionWide(), in.startDate(), in.endDate(), in.status(),
                in.published(), in.sourceId(), in.sourceLocator(),
                List.of(new PartnerInput(partnerId, PartnerRole.IMPLEMENTING)), in.links(), in.version()), admin());
    }

    /** A municipality area with a unique code; returns its id. */
    long municipality() {
        return area("MUNICIPALITY");
    }

    long area(String kind) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        return dsl.insertInto(AREA)
                .set(AREA.CODE, code)
                .set(AREA.NAME, unique("Gemeente"))
                .set(AREA.KIND, AreaKind.valueOf(kind))
                .returning(AREA.ID).fetchSingle(AREA.ID);
    }

    String areaCode(long areaId) {
        return dsl.select(AREA.CODE).from(AREA).where(AREA.ID.eq(areaId)).fetchSingle(AREA.CODE);
    }

    long source() {
        return dsl.insertInto(SOURCE)
                .set(SOURCE.CODE, unique("SRC"))
                .set(SOURCE.TITLE, unique("Bron"))
                .set(SOURCE.KIND, SourceKind.DOCUMENT)
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
    }

    static ProgrammeInput programmeInput(String code, boolean published) {
        return new ProgrammeInput(code, "Programma " + code, 2023, 2027, "Omschrijving", null, null, null, null, null,
                null, null, null, null, null, null, null, null, ProgrammeStatus.RUNNING, published, null, null, null);
    }

    long programme(boolean published) {
        return programmes.create(programmeInput(unique("P"), published), admin());
    }

    long theme(long programmeId) {
        return themes.create(programmeId,
                new ThemeInput(unique("T"), unique("Thema"), ThemeKind.ACTION_LINE, null, 1, null, null, null), admin());
    }

    /** The input of a minimal valid project in one programme and theme. */
    ProjectInput projectInput(String title, long programmeId, long themeId, long leadOrganisationId, boolean published) {
        return new ProjectInput(title, "Samenvatting", leadOrganisationId, List.of(programmeId), List.of(themeId),
                List.of(), false, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), ProjectStatus.APPLICATION,
                published, null, null, List.of(), List.of(new LinkInput("Website", "https://example.org")), null);
    }

    long project(String title, long programmeId, long themeId, boolean published) {
        return projects.create(projectInput(title, programmeId, themeId, organisation(), published), admin());
    }

    long projectWithPartners(String title, long programmeId, long themeId, int partners, List<Long> municipalities) {
        long lead = organisation();
        List<PartnerInput> rows = new java.util.ArrayList<>();
        for (int i = 0; i < partners; i++) {
            rows.add(new PartnerInput(organisation(), PartnerRole.values()[1 + i % 3]));
        }
        ProjectInput in = new ProjectInput(title, "Samenvatting", lead, List.of(programmeId), List.of(themeId),
                municipalities, false, LocalDate.of(2024, 1, 1), null, ProjectStatus.RUNNING, true, null, null, rows,
                List.of(new LinkInput("Site", "https://example.org/" + title.replace(" ", "-"))), null);
        return projects.create(in, admin());
    }
}
