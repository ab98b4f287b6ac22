package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.portfolio.internal.ProjectInput;
import org.regiomonitor.portfolio.internal.ProjectService;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The public read API other features use, published and unpublished alike. */
@IntegrationTest
class PortfolioQueriesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PortfolioQueries queries;
    @Autowired
    ProjectService projects;

    PortfolioFixtures fx;
    long programme;
    long theme;
    long municipality;
    String municipalityCode;
    long organisation;

    @BeforeEach
    void setUp() {
        fx = new PortfolioFixtures(context);
        programme = fx.programme(true);
        theme = fx.theme(programme);
        municipality = fx.municipality();
        municipalityCode = fx.areaCode(municipality);
        organisation = fx.organisation();
        create(true, List.of(municipality), false);
        create(false, List.of(municipality), false);
        create(true, List.of(), true);
    }

    private long create(boolean published, List<Long> areas, boolean regionWide) {
        ProjectInput b = fx.projectInput(PortfolioFixtures.unique("Q"), programme, theme, organisation, published);
        return projects.create(new ProjectInput(b.title(), null, organisation, b.programmeIds(), b.themeIds(), areas,
                regionWide, null, null, ProjectStatus.RUNNING, published, null, null, List.of(), List.of(), null),
                fx.admin());
    }

    @Test
    void programmeSummariesCountVisibleProjects() {
        assertThat(queries.programmeSummaries(false)).filteredOn(p -> p.id() == programme)
                .singleElement().satisfies(p -> {
                    assertThat(p.projectCount()).isEqualTo(2);
                    assertThat(p.status()).isEqualTo(ProgrammeStatus.RUNNING);
                    assertThat(p.published()).isTrue();
                });
        assertThat(queries.programme(programme, true).orElseThrow().projectCount()).isEqualTo(3);

        long hidden = fx.programme(false);
        assertThat(queries.programmeSummaries(false)).noneMatch(p -> p.id() == hidden);
        assertThat(queries.programmeSummaries(true)).anyMatch(p -> p.id() == hidden);
        assertThat(queries.programme(hidden, false)).isEmpty();
    }

    @Test
    void themeProjectCounts() {
        assertThat(queries.themeProjectCounts(false)).filteredOn(t -> t.themeId() == theme).singleElement()
                .satisfies(t -> {
                    assertThat(t.projectCount()).isEqualTo(2);
                    assertThat(t.kind()).isEqualTo(ThemeKind.ACTION_LINE);
                });
        assertThat(queries.themeProjectCounts(true)).filteredOn(t -> t.themeId() == theme)
                .extracting(ThemeProjectCount::projectCount).containsExactly(3L);
    }

    @Test
    void municipalityCountsLeaveRegionWideProjectsApart() {
        assertThat(queries.projectCountsByMunicipality(false)).containsEntry(municipalityCode, 1L);
        assertThat(queries.projectCountsByMunicipality(true)).containsEntry(municipalityCode, 2L);
        long before = queries.regionWideProjectCount(false);
        create(true, List.of(), true);
        assertThat(queries.regionWideProjectCount(false)).isEqualTo(before + 1);
    }

    @Test
    void projectsOfAnOrganisationAndOfAnArea() {
        assertThat(queries.projectsOfOrganisation(organisation, false)).hasSize(2)
                .allMatch(ProjectSummary::published);
        assertThat(queries.projectsOfOrganisation(organisation, true)).hasSize(3);
        assertThat(queries.projectsReaching(municipalityCode, false)).hasSize(1);
        assertThat(queries.projectsReaching(municipalityCode, true)).hasSize(2);
    }
}
