package org.regiomonitor.portfolio.internal;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.shared.SourceRef;

/** Read models of programmes and themes, shared by the web pages and the JSON API. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    /**
     * A programme with all its facts; every figure carries its source. The three amounts mean different
     * things and are never added up: the budget ceiling (what the programme may spend), the expected total
     * investment (what the sources expect to be invested in all) and the investment volume with all partners.
     */
    public record ProgrammeDetail(long id, String code, String name, Integer startYear, Integer endYear,
            String description, Long ownerOrganisationId, String ownerOrganisationName,
            BigDecimal budgetCeiling, Long budgetCeilingSourceId, String budgetCeilingSourceLocator,
            SourceRef budgetCeilingSource,
            BigDecimal expectedInvestment, Long expectedInvestmentSourceId, String expectedInvestmentSourceLocator,
            SourceRef expectedInvestmentSource,
            BigDecimal investmentVolume, Long investmentVolumeSourceId, String investmentVolumeSourceLocator,
            SourceRef investmentVolumeSource,
            BigDecimal multiplierTarget, Long multiplierTargetSourceId, String multiplierTargetSourceLocator,
            SourceRef multiplierTargetSource,
            ProgrammeStatus status, boolean published, Long sourceId, String sourceLocator, SourceRef source,
            int version, List<ThemeView> themes) {
    }

    /** A theme of a programme, with the number of its projects the caller may see. */
    public record ThemeView(long id, long programmeId, String code, String name, ThemeKind kind, String description,
            int position, Long sourceId, String sourceLocator, SourceRef source, int version, long projectCount) {
    }

    /** A theme together with the programme it belongs to. */
    public record ThemeDetail(ThemeView theme, long programmeId, String programmeCode, String programmeName,
            boolean programmePublished) {
    }
}
