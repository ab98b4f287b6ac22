package org.regiomonitor.dashboard.internal;

import java.util.List;
import org.regiomonitor.area.ChoroplethMap;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.portfolio.ProgrammeSummary;
import org.regiomonitor.portfolio.ThemeProjectCount;
import org.regiomonitor.results.RegionResults;
import org.regiomonitor.shared.SourceRef;

/**
 * Everything the dashboard shows.
 *
 * @param programmes       each programme with its portfolio facts and its money
 * @param categories       budget, committed and realised per funder category over all programmes
 * @param categoryChart    ECharts option (JSON) for the category chart
 * @param themes           projects per theme (themes with projects first)
 * @param themeChart       ECharts option (JSON) for the theme chart
 * @param map              the municipalities of the home region coloured by the chosen measure
 * @param mapMeasure       {@code projects} or {@code money}
 * @param regionWideProjects projects that reach the whole region (not drawn per municipality)
 * @param projectCount     projects the visitor may see (a joint project counts once)
 * @param results          per catalogue indicator the region-wide total of approved values, with its rule
 */
public record DashboardData(List<ProgrammeRow> programmes, List<CategoryTotals> categories, String categoryChart,
        List<ThemeProjectCount> themes, String themeChart, ChoroplethMap map, String mapMeasure,
        long regionWideProjects, long projectCount, RegionResults.Section results) {

    /**
     * A programme row: portfolio facts and money side by side, and the documents its amounts come
     * from, each once (the places within them are on the programme's finance page: listed here, they made
     * every row many lines tall).
     */
    public record ProgrammeRow(ProgrammeSummary programme, ProgrammeFinance finance, List<SourceRef> sourceDocuments) {

        static ProgrammeRow of(ProgrammeSummary programme, ProgrammeFinance finance) {
            List<SourceRef> documents = finance == null ? List.of() : finance.sources().documents().stream()
                    .map(MoneySources.Document::ref).toList();
            return new ProgrammeRow(programme, finance, documents);
        }
    }
}
