package org.regiomonitor.report.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regiomonitor.audit.DataState;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.monitor.AreaMonitors;
import org.regiomonitor.portfolio.OutlinedProgramme;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.results.ReportResults;
import org.regiomonitor.shared.SourceRef;

/**
 * What a progress report shows, read from the data at one moment (published work only).
 *
 * @param signals   the home region's lines of the report's indicator set; null when it has none
 * @param dataState the newest change in the audit trail when the report was read; null when nothing was changed
 * @param council   the council edition's letter and chapter; null for the report itself
 */
public record ProgressReport(ReportView definition, List<Chapter> chapters, AreaMonitors.Panel signals,
        DataState dataState, Council council) {

    /**
     * A council edition's part: the letter (its text with the municipality's name filled in, its date and signatories
     * as given), what reached the municipality, as the model of {@code area/fragments :: municipality-reaches}, and
     * the region's map with the municipality marked (SVG; null without boundaries).
     */
    public record Council(CouncilView view, List<String> letter, Map<String, Object> reaches, String map) {
    }

    /** A programme's part: its outline, its money as on its finance page, its results as on its results page. */
    public record Chapter(OutlinedProgramme outline, ProgrammeFinance finance, ReportResults.Totals totals,
            Map<Long, List<ReportResults.ProjectResult>> results) {

        /** Projects per status, in the statuses' order (statuses without projects are left out). */
        public Map<ProjectStatus, Long> statusCounts() {
            Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
            outline.projects().forEach(p -> counts.merge(p.status(), 1L, Long::sum));
            return counts;
        }
    }

    /** Every source the report's figures name, once each, in the order met (the colophon's list). */
    public List<SourceRef> sources() {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        for (Chapter c : chapters) {
            c.finance().sources().refs().forEach(s -> out.putIfAbsent(s.label(), s));
            c.finance().multiplierSources().refs().forEach(s -> out.putIfAbsent(s.label(), s));
            addResultSources(c.results(), out);
        }
        if (signals != null) {
            signals.lines().forEach(l -> l.sources().forEach(s -> out.putIfAbsent(s.label(), s)));
        }
        return List.copyOf(out.values());
    }

    /** The sources of the results' targets, by label, into {@code out} (the one way both documents collect them). */
    static void addResultSources(Map<Long, List<ReportResults.ProjectResult>> results, Map<String, SourceRef> out) {
        results.values().forEach(rs -> rs.forEach(r -> r.indicators().stream().filter(i -> i.targetSource() != null)
                .forEach(i -> out.putIfAbsent(i.targetSource().label(), i.targetSource()))));
    }

    /** A text the board wrote, as paragraphs (separated by an empty line); empty when there is none. */
    public List<String> paragraphs(String text) {
        return paragraphsOf(text);
    }

    static List<String> paragraphsOf(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public int projectCount() {
        return chapters.stream().mapToInt(c -> c.outline().projects().size()).sum();
    }
}
