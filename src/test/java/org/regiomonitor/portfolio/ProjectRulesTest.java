package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProjectInput;
import org.regiomonitor.portfolio.internal.ProjectInput.PartnerInput;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ProjectService;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectDetail;
import org.regiomonitor.portfolio.internal.StatusChangeInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The domain rules of projects, through the service every entry point uses. */
@IntegrationTest
class ProjectRulesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    ProjectService service;
    @Autowired
    ProjectReader reader;

    PortfolioFixtures fx;
    long programme;
    long theme;
    long otherProgramme;
    long otherTheme;
    long lead;
    Authentication admin;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        programme = fx.programme(true);
        theme = fx.theme(programme);
        otherProgramme = fx.programme(true);
        otherTheme = fx.theme(otherProgramme);
        lead = fx.organisation();
        admin = fx.admin();
    }

    @Test
    void aThemeMustBelongToOneOfTheProjectsProgrammes() {
        String title = PortfolioFixtures.unique("Thema-elders");
        ProjectInput in = withThemes(fx.projectInput(title, programme, theme, lead, true), List.of(theme, otherTheme));

        assertThatThrownBy(() -> service.create(in, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("themeIds",
                                "portfolio.project.themeNotInProgramme")));
        assertThat(dsl.fetchCount(PROJECT, PROJECT.TITLE.eq(title))).isZero();

        // A joint project in both programmes may carry themes of both.
        ProjectInput joint = new ProjectInput(title, null, lead, List.of(programme, otherProgramme),
                List.of(theme, otherTheme), List.of(), false, null, null, null, true, null, null, List.of(), List.of(),
                null);
        long id = service.create(joint, admin);
        assertThat(reader.detail(id, true).orElseThrow().themes()).hasSize(2);
    }

    @Test
    void theEndMayNotLieBeforeTheStart() {
        String title = PortfolioFixtures.unique("Omgekeerd");
        ProjectInput base = fx.projectInput(title, programme, theme, lead, true);
        ProjectInput in = new ProjectInput(base.title(), base.summary(), base.leadOrganisationId(),
                base.programmeIds(), base.themeIds(), base.municipalityIds(), false, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 5, 31), null, true, null, null, List.of(), List.of(), null);

        assertThatThrownBy(() -> service.create(in, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("endDate"));
        assertThat(dsl.fetchCount(PROJECT, PROJECT.TITLE.eq(title))).isZero();

        ProjectInput sameDay = new ProjectInput(base.title(), null, lead, base.programmeIds(), base.themeIds(),
                List.of(), false, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), null, true, null, null,
                List.of(), List.of(), null);
        assertThat(service.create(sameDay, admin)).isPositive();
    }

    @Test
    void municipalitiesMustBeMunicipalitiesAndNotCombinedWithRegionWide() {
        long province = fx.area("PROVINCE");
        long municipality = fx.municipality();
        ProjectInput base = fx.projectInput(PortfolioFixtures.unique("Bereik"), programme, theme, lead, true);

        assertThatThrownBy(() -> service.create(withAreas(base, List.of(province), false), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("portfolio.project.notMunicipality"));
        assertThatThrownBy(() -> service.create(withAreas(base, List.of(municipality), true), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("portfolio.project.regionWideAndMunicipalities"));
        long id = service.create(withAreas(base, List.of(municipality), false), admin);
        assertThat(reader.detail(id, true).orElseThrow().municipalities()).extracting(a -> a.id())
                .containsExactly(municipality);
    }

    @Test
    void theLeadIsAPartnerInTheLeadRoleAndNobodyElseIs() {
        long partner = fx.organisation();
        ProjectInput base = fx.projectInput(PortfolioFixtures.unique("Partners"), programme, theme, lead, true);
        ProjectInput wrongLead = withPartners(base, List.of(new PartnerInput(partner, PartnerRole.LEAD)));
        assertThatThrownBy(() -> service.create(wrongLead, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("partners[0].role"));

        long id = service.create(withPartners(base, List.of(new PartnerInput(partner, PartnerRole.KNOWLEDGE))), admin);
        assertThat(dsl.select(PROJECT_PARTNER.ORGANISATION_ID, PROJECT_PARTNER.ROLE).from(PROJECT_PARTNER)
                .where(PROJECT_PARTNER.PROJECT_ID.eq(id)).fetch().map(r -> r.value1() + ":" + r.value2()))
                .containsExactlyInAnyOrder(lead + ":LEAD", partner + ":KNOWLEDGE");
    }

    @Test
    void linksMustBeWebAddresses() {
        ProjectInput base = fx.projectInput(PortfolioFixtures.unique("Links"), programme, theme, lead, true);
        ProjectInput in = new ProjectInput(base.title(), null, lead, base.programmeIds(), base.themeIds(), List.of(),
                false, null, null, null, true, null, null, List.of(),
                List.of(new ProjectInput.LinkInput("ok", "https://example.org"),
                        new ProjectInput.LinkInput("script", "javascript:alert(1)"),
                        new ProjectInput.LinkInput("relative", "/projects")), null);
        assertThatThrownBy(() -> service.create(in, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("links[1].url", "links[2].url"));
    }

    @Test
    void statusChangesFollowTheLifecycleAndAreRecordedWithWhoAndWhen() {
        UserPrincipal manager = fx.programmeManager(programme);
        long id = service.create(fx.projectInput(PortfolioFixtures.unique("Levensloop"), programme, theme, lead, true),
                PortfolioFixtures.auth(manager));
        int version = reader.detail(id, true).orElseThrow().version();

        // APPLICATION -> APPROVED skips the assessment: refused, nothing recorded.
        StatusChangeInput skip = new StatusChangeInput(ProjectStatus.APPROVED, null, null, version);
        assertThatThrownBy(() -> service.changeStatus(id, skip, PortfolioFixtures.auth(manager)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("status"));
        assertThat(dsl.fetchCount(PROJECT_STATUS_CHANGE, PROJECT_STATUS_CHANGE.PROJECT_ID.eq(id))).isEqualTo(1);

        LocalDate on = LocalDate.of(2024, 3, 15);
        service.changeStatus(id, new StatusChangeInput(ProjectStatus.UNDER_ASSESSMENT, on, "Ingediend", version),
                PortfolioFixtures.auth(manager));
        service.changeStatus(id, new StatusChangeInput(ProjectStatus.APPROVED, null, null, version + 1),
                PortfolioFixtures.auth(manager));

        ProjectDetail d = reader.detail(id, true).orElseThrow();
        assertThat(d.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(d.history()).extracting(h -> h.fromStatus(), h -> h.toStatus(), h -> h.changedBy())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ProjectStatus.APPLICATION, manager.username()),
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.APPLICATION, ProjectStatus.UNDER_ASSESSMENT,
                                manager.username()),
                        org.assertj.core.groups.Tuple.tuple(ProjectStatus.UNDER_ASSESSMENT, ProjectStatus.APPROVED,
                                manager.username()));
        assertThat(d.history().get(1).changedOn()).isEqualTo(on);
        assertThat(d.history().get(1).note()).isEqualTo("Ingediend");
        assertThat(d.history().get(2).changedOn()).isEqualTo(LocalDate.now()); // default: today
    }

    @Test
    void aStatusDateInTheFutureIsRefused() {
        long id = fx.project(PortfolioFixtures.unique("Toekomst"), programme, theme, true);
        int version = reader.detail(id, true).orElseThrow().version();
        StatusChangeInput in = new StatusChangeInput(ProjectStatus.UNDER_ASSESSMENT, LocalDate.now().plusDays(1),
                null, version);
        assertThatThrownBy(() -> service.changeStatus(id, in, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("changedOn"));
    }

    @Test
    void aProgrammeManagerMovesProjectsOnlyWithinHisProgrammesAndALeadNotAtAll() {
        UserPrincipal manager = fx.programmeManager(programme);
        long id = service.create(fx.projectInput(PortfolioFixtures.unique("Verhuizen"), programme, theme, lead, true),
                PortfolioFixtures.auth(manager));
        ProjectDetail d = reader.detail(id, true).orElseThrow();
        ProjectInput intoOther = new ProjectInput(d.title(), null, lead, List.of(programme, otherProgramme),
                List.of(theme), List.of(), false, null, null, null, true, null, null, List.of(), List.of(), d.version());
        assertThatThrownBy(() -> service.update(id, intoOther, PortfolioFixtures.auth(manager)))
                .isInstanceOf(AccessDeniedException.class);

        UserPrincipal projectLead = fx.projectLead(id);
        assertThatThrownBy(() -> service.update(id, intoOther, PortfolioFixtures.auth(projectLead)))
                .isInstanceOf(AccessDeniedException.class);

        // The lead may change everything else of his project.
        ProjectInput rename = new ProjectInput(d.title() + " (nieuw)", null, lead, List.of(programme), List.of(theme),
                List.of(), true, null, null, null, true, null, null, List.of(), List.of(), d.version());
        service.update(id, rename, PortfolioFixtures.auth(projectLead));
        assertThat(reader.detail(id, true).orElseThrow().title()).endsWith("(nieuw)");

        // A viewer changes nothing.
        UserPrincipal viewer = fx.user(Role.VIEWER);
        assertThatThrownBy(() -> service.update(id, rename, PortfolioFixtures.auth(viewer)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ProjectInput withThemes(ProjectInput b, List<Long> themes) {
        return new ProjectInput(b.title(), b.summary(), b.leadOrganisationId(), b.programmeIds(), themes,
                b.municipalityIds(), b.regionWide(), b.startDate(), b.endDate(), b.status(), b.published(),
                b.sourceId(), b.sourceLocator(), b.partners(), b.links(), b.version());
    }

    private static ProjectInput withAreas(ProjectInput b, List<Long> areas, boolean regionWide) {
        return new ProjectInput(b.title(), b.summary(), b.leadOrganisationId(), b.programmeIds(), b.themeIds(),
                areas, regionWide, b.startDate(), b.endDate(), b.status(), b.published(),
                b.sourceId(), b.sourceLocator(), b.partners(), b.links(), b.version());
    }

    private static ProjectInput withPartners(ProjectInput b, List<PartnerInput> partners) {
        return new ProjectInput(b.title(), b.summary(), b.leadOrganisationId(), b.programmeIds(), b.themeIds(),
                b.municipalityIds(), b.regionWide(), b.startDate(), b.endDate(), b.status(), b.published(),
                b.sourceId(), b.sourceLocator(), partners, b.links(), b.version());
    }
}
