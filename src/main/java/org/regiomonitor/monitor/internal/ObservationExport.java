package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.shared.export.Rows.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.monitor.internal.ObservationQueries.ObservationFilter;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.export.Cells;
import org.regiomonitor.shared.export.Column;
import org.regiomonitor.shared.export.Export;
import org.regiomonitor.shared.export.Note;
import org.regiomonitor.shared.export.Rows;
import org.regiomonitor.shared.export.Table;
import org.regiomonitor.shared.export.TableDownloads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored observations a filter selects as a download (issue 9): one row per figure as the sources give it, in the
 * list's order, read through a cursor (the monitor holds millions of figures; memory stays bounded and the query is
 * one however many rows). The sources and their licences are noted after the rows, from the rows written. Figures the
 * product computes (a region from its municipalities, formulas) are in an indicator's series download, not here.
 */
@Service
public class ObservationExport {

    private final DSLContext dsl;
    private final IndicatorQueries indicators;
    private final SeriesExport series;
    private final TableDownloads downloads;

    ObservationExport(DSLContext dsl, IndicatorQueries indicators, SeriesExport series, TableDownloads downloads) {
        this.dsl = dsl;
        this.indicators = indicators;
        this.series = series;
        this.downloads = downloads;
    }

    /** Sends the observations as Excel or CSV. */
    @Transactional(readOnly = true)
    public void send(HttpServletResponse response, TableDownloads.Format format, ObservationFilter filter,
            Locale locale) throws IOException {
        Map<Long, MonitorIndicator> byId = indicators.all().stream()
                .collect(Collectors.toMap(MonitorIndicator::id, Function.identity()));
        List<Column> columns = List.of(
                Column.text(m("indicator", locale)),
                Column.text(m("indicatorName", locale)),
                Column.text(m("unit", locale)),
                Column.text(m("areaCode", locale)),
                Column.text(m("areaName", locale)),
                Column.text(m("period", locale)),
                Column.date(m("periodStart", locale)),
                Column.number(m("value", locale)),
                Column.text(m("missing", locale)),
                Column.text(m("status", locale)),
                Column.date(m("revisedAt", locale)),
                Column.number(t("download.col.releaseId", locale)),
                Column.text(m("source", locale)),
                Column.text(m("sourceUrl", locale)),
                Column.text(t("download.col.sourceNote", locale)));
        var areaCode = AreaSql.code(OBSERVATION.AREA_ID);
        var query = dsl.select(OBSERVATION.INDICATOR_ID, areaCode, AreaSql.name(OBSERVATION.AREA_ID),
                        OBSERVATION.PERIOD, OBSERVATION.PERIOD_START, OBSERVATION.VALUE, OBSERVATION.MISSING,
                        OBSERVATION.PROVISIONAL, OBSERVATION.REVISED_AT, OBSERVATION.RELEASE_ID, OBSERVATION.NOTE,
                        SOURCE.CODE, SOURCE.TITLE, SOURCE.URL, SOURCE.LICENCE)
                .from(OBSERVATION)
                .join(MONITOR_INDICATOR).on(MONITOR_INDICATOR.ID.eq(OBSERVATION.INDICATOR_ID))
                .join(OBSERVATION_RELEASE).on(OBSERVATION_RELEASE.ID.eq(OBSERVATION.RELEASE_ID))
                .join(SOURCE).on(SOURCE.ID.eq(OBSERVATION_RELEASE.SOURCE_ID))
                .where(ObservationQueries.conditions(filter))
                .orderBy(ObservationQueries.order(areaCode));
        // the sources of the rows written, for the notes after them
        Set<SourceRef> used = new LinkedHashSet<>();
        Map<String, String> licences = new LinkedHashMap<>();
        String provisional = m("provisional", locale);
        String definitive = m("definitive", locale);
        Table table = new Table(t("download.observations.sheet", locale), columns, Rows.query(query, r -> {
            MonitorIndicator indicator = byId.get(r.value1());
            SourceRef source = new SourceRef(r.value12(), r.value13(), null, r.value14());
            if (used.add(source) && r.value15() != null) {
                licences.put(source.code(), r.value15());
            }
            return row(indicator.code(), indicator.name(locale), indicator.unit(), r.value2(), r.value3(),
                    r.value4(), r.value5(), r.value6(), r.value7(), r.value8() ? provisional : definitive,
                    Cells.date(r.value9()), r.value10(), Cells.source(source), Cells.sourceUrl(source), r.value11());
        }));
        List<Note> notes = List.of(downloads.listNote(locale),
                new Note(t("download.observations.note.rows", locale), t("download.observations.note.rowsText",
                        locale)));
        downloads.send(response, format, t("download.observations.fileName", locale), new Export(List.of(table),
                t("download.sheet.notes", locale), notes, () -> series.sourceNotes(used, licences, locale)), 0,
                locale);
    }

    /** A column header the series download has too, in the same words. */
    private String m(String key, Locale locale) {
        return downloads.text("monitor.export." + key, locale);
    }

    private String t(String key, Locale locale) {
        return downloads.text(key, locale);
    }
}
