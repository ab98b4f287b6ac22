package org.regiomonitor.portfolio;

import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.shared.BulkRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of programmes, themes and projects with their relations (the reference-data loader), inside
 * the caller's transaction; one statement per table.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PortfolioImport {

    public record NewProgramme(String code, String name, Integer startYear, Integer endYear, String description,
            Long ownerOrganisationId, BigDecimal budgetCeiling, Long budgetCeilingSourceId,
            String budgetCeilingSourceLocator, BigDecimal expectedInvestment, Long expectedInvestmentSourceId,
            String expectedInvestmentSourceLocator, BigDecimal investmentVolume, Long investmentVolumeSourceId,
            String investmentVolumeSourceLocator, BigDecimal multiplierTarget, Long multiplierTargetSourceId,
            String multiplierTargetSourceLocator, ProgrammeStatus status, boolean published, Long sourceId,
            String sourceLocator) {
    }

    public record NewTheme(long programmeId, String code, String name, ThemeKind kind, String description,
            int position, Long sourceId, String sourceLocator) {
    }

    /** A project with its relations (ids of programmes, themes, municipalities and partner organisations). */
    public record NewProject(String title, String summary, Long leadOrganisationId, LocalDate startDate,
            LocalDate endDate, ProjectStatus status, boolean regionWide, boolean published, Long sourceId,
            String sourceLocator, List<Long> programmeIds, List<Long> themeIds, List<Long> municipalityIds,
            List<Partner> partners, List<Link> links) {
    }

    public record Partner(long organisationId, PartnerRole role) {
    }

    public record Link(String label, String url) {
    }

    private final DSLContext dsl;

    PortfolioImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the programmes; returns their ids by code. */
    public Map<String, Long> programmes(List<NewProgramme> programmes) {
        if (programmes.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(PROGRAMME, PROGRAMME.CODE, PROGRAMME.NAME, PROGRAMME.START_YEAR,
                PROGRAMME.END_YEAR, PROGRAMME.DESCRIPTION, PROGRAMME.OWNER_ORGANISATION_ID, PROGRAMME.BUDGET_CEILING,
                PROGRAMME.BUDGET_CEILING_SOURCE_ID, PROGRAMME.BUDGET_CEILING_SOURCE_LOCATOR,
                PROGRAMME.EXPECTED_INVESTMENT, PROGRAMME.EXPECTED_INVESTMENT_SOURCE_ID,
                PROGRAMME.EXPECTED_INVESTMENT_SOURCE_LOCATOR, PROGRAMME.INVESTMENT_VOLUME,
                PROGRAMME.INVESTMENT_VOLUME_SOURCE_ID, PROGRAMME.INVESTMENT_VOLUME_SOURCE_LOCATOR,
                PROGRAMME.MULTIPLIER_TARGET, PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID,
                PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR, PROGRAMME.STATUS, PROGRAMME.PUBLISHED,
                PROGRAMME.SOURCE_ID, PROGRAMME.SOURCE_LOCATOR);
        for (NewProgramme p : programmes) {
            insert = insert.values(p.code(), p.name(), p.startYear(), p.endYear(), p.description(),
                    p.ownerOrganisationId(), p.budgetCeiling(), p.budgetCeilingSourceId(),
                    p.budgetCeilingSourceLocator(), p.expectedInvestment(), p.expectedInvestmentSourceId(),
                    p.expectedInvestmentSourceLocator(), p.investmentVolume(), p.investmentVolumeSourceId(),
                    p.investmentVolumeSourceLocator(), p.multiplierTarget(), p.multiplierTargetSourceId(),
                    p.multiplierTargetSourceLocator(), p.status(), p.published(), p.sourceId(), p.sourceLocator());
        }
        return BulkRows.ids(insert.returningResult(PROGRAMME.ID, PROGRAMME.CODE).fetch());
    }

    /** Inserts the themes; returns their ids by programme id and code ({@code "12/A1"}). */
    public Map<String, Long> themes(List<NewTheme> themes) {
        if (themes.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(THEME, THEME.PROGRAMME_ID, THEME.CODE, THEME.NAME, THEME.KIND, THEME.DESCRIPTION,
                THEME.POSITION, THEME.SOURCE_ID, THEME.SOURCE_LOCATOR);
        for (NewTheme t : themes) {
            insert = insert.values(t.programmeId(), t.code(), t.name(), t.kind(), t.description(), t.position(),
                    t.sourceId(), t.sourceLocator());
        }
        Map<String, Long> ids = new HashMap<>();
        insert.returningResult(THEME.ID, THEME.PROGRAMME_ID, THEME.CODE).fetch()
                .forEach(r -> ids.put(r.value2() + "/" + r.value3(), r.value1()));
        return ids;
    }

    /** Inserts the projects and their relations; returns the projects' ids by title (unique in an import). */
    public Map<String, Long> projects(List<NewProject> projects) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        var insert = dsl.insertInto(PROJECT, PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.LEAD_ORGANISATION_ID,
                PROJECT.START_DATE, PROJECT.END_DATE, PROJECT.STATUS, PROJECT.REGION_WIDE, PROJECT.PUBLISHED,
                PROJECT.SOURCE_ID, PROJECT.SOURCE_LOCATOR);
        for (NewProject p : projects) {
            insert = insert.values(p.title(), p.summary(), p.leadOrganisationId(), p.startDate(), p.endDate(),
                    p.status(), p.regionWide(), p.published(), p.sourceId(), p.sourceLocator());
        }
        Map<String, Long> ids = BulkRows.ids(insert.returningResult(PROJECT.ID, PROJECT.TITLE).fetch());
        relations(projects, ids);
        return ids;
    }

    private void relations(List<NewProject> projects, Map<String, Long> ids) {
        var inProgramme = dsl.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID,
                PROJECT_PROGRAMME.PROGRAMME_ID);
        var inTheme = dsl.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID);
        var inArea = dsl.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID);
        var partner = dsl.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID, PROJECT_PARTNER.ORGANISATION_ID,
                PROJECT_PARTNER.ROLE);
        var link = dsl.insertInto(PROJECT_LINK, PROJECT_LINK.PROJECT_ID, PROJECT_LINK.LABEL, PROJECT_LINK.URL,
                PROJECT_LINK.POSITION);
        for (NewProject p : projects) {
            long id = ids.get(p.title());
            for (long programme : p.programmeIds()) {
                inProgramme = inProgramme.values(id, programme);
            }
            for (long theme : p.themeIds()) {
                inTheme = inTheme.values(id, theme);
            }
            for (long area : p.municipalityIds()) {
                inArea = inArea.values(id, area);
            }
            for (Partner pa : p.partners()) {
                partner = partner.values(id, pa.organisationId(), pa.role());
            }
            int position = 0;
            for (Link l : p.links()) {
                link = link.values(id, l.label(), l.url(), position++);
            }
        }
        // an insert without rows is not valid SQL: only run those that have some
        if (projects.stream().anyMatch(p -> !p.programmeIds().isEmpty())) {
            inProgramme.execute();
        }
        if (projects.stream().anyMatch(p -> !p.themeIds().isEmpty())) {
            inTheme.execute();
        }
        if (projects.stream().anyMatch(p -> !p.municipalityIds().isEmpty())) {
            inArea.execute();
        }
        if (projects.stream().anyMatch(p -> !p.partners().isEmpty())) {
            partner.execute();
        }
        if (projects.stream().anyMatch(p -> !p.links().isEmpty())) {
            link.execute();
        }
    }

    /** The codes among {@code codes} that are existing programmes (at most three), for an "already loaded" message. */
    public List<String> existingProgrammeCodes(List<String> codes) {
        return BulkRows.existing(dsl, PROGRAMME.CODE, codes);
    }

    /**
     * The ids of existing programmes by code, projects by title and themes by "PROGRAMME-CODE/THEME-CODE" (exact
     * spelling), for an import that adds to data loaded earlier; absent (or, for project titles, ambiguous) keys are
     * not in the maps.
     */
    public record ExistingIds(Map<String, Long> programmes, Map<String, Long> projects, Map<String, Long> themes) {
    }

    public ExistingIds existingIds(List<String> programmeCodes, List<String> projectTitles) {
        Map<String, Long> programmes = dsl.select(PROGRAMME.CODE, PROGRAMME.ID).from(PROGRAMME)
                .where(PROGRAMME.CODE.in(programmeCodes)).fetchMap(PROGRAMME.CODE, PROGRAMME.ID);
        // a title held by two projects identifies neither: left out, so the caller reports it as not found
        Map<String, Long> projects = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        dsl.select(PROJECT.TITLE, PROJECT.ID).from(PROJECT).where(PROJECT.TITLE.in(projectTitles)).forEach(r -> {
            if (projects.put(r.value1(), r.value2()) != null) {
                ambiguous.add(r.value1());
            }
        });
        projects.keySet().removeAll(ambiguous);
        Map<String, Long> themes = new HashMap<>();
        dsl.select(PROGRAMME.CODE, THEME.CODE, THEME.ID).from(THEME).join(PROGRAMME).on(PROGRAMME.ID.eq(THEME.PROGRAMME_ID))
                .where(PROGRAMME.CODE.in(programmeCodes))
                .forEach(r -> themes.put(r.value1() + "/" + r.value2(), r.value3()));
        return new ExistingIds(programmes, projects, themes);
    }
}
