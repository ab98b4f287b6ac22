package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.regiomonitor.monitor.AreaSeries;
import org.regiomonitor.monitor.Figure;
import org.regiomonitor.monitor.MonitorIndicator;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.export.Column;
import org.regiomonitor.shared.export.Export;
import org.regiomonitor.shared.export.Note;
import org.regiomonitor.shared.export.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An indicator's series for some areas as a download table (written by {@code shared.export}): one row per area and
 * period with the value (empty when there is none, with the source's reason), status, how the figure came about,
 * revision and the source of the row; notes with the indicator's definition, its rule, and the sources' licences.
 */
@Component
public class SeriesExport {

    private final MessageSource messages;
    private final DSLContext dsl;

    SeriesExport(MessageSource messages, DSLContext dsl) {
        this.messages = messages;
        this.dsl = dsl;
    }

    public Export of(MonitorIndicator indicator, List<AreaSeries> series, Locale locale) {
        List<Column> columns = List.of(Column.text(t("indicator", locale)), Column.text(t("indicatorName", locale)),
                Column.text(t("areaCode", locale)), Column.text(t("areaName", locale)),
                Column.text(t("period", locale)), Column.date(t("periodStart", locale)),
                Column.number(t("value", locale)), Column.text(t("unit", locale)), Column.text(t("missing", locale)),
                Column.text(t("status", locale)), Column.text(t("origin", locale)), Column.number(t("members", locale)),
                Column.number(t("membersExpected", locale)), Column.date(t("revisedAt", locale)),
                Column.text(t("source", locale)), Column.text(t("sourceUrl", locale)));
        String name = indicator.name(locale);
        List<List<Object>> rows = new ArrayList<>();
        LinkedHashSet<SourceRef> used = new LinkedHashSet<>();
        for (AreaSeries s : series) {
            for (Figure f : s.figures()) {
                List<SourceRef> refs = s.sourcesOf(f);
                used.addAll(refs);
                boolean fromMembers = f.origin() == Figure.Origin.MEMBERS;
                rows.add(java.util.Arrays.<Object>asList(indicator.code(), name, s.area().code(), s.area().name(),
                        f.period().code(), f.period().start(), f.value(), indicator.unit(), f.missing(),
                        t(f.provisional() ? "provisional" : "definitive", locale),
                        t("origin." + f.origin().name(), locale), fromMembers ? f.members() : null,
                        fromMembers ? f.membersExpected() : null,
                        f.revisedAt() == null ? null : f.revisedAt().atZone(Formats.ZONE).toLocalDate(),
                        refs.stream().map(SourceRef::label).collect(Collectors.joining(" | ")),
                        refs.stream().map(SourceRef::url).filter(java.util.Objects::nonNull)
                                .collect(Collectors.joining(" | "))));
            }
        }
        if (indicator.source() != null) {
            used.add(indicator.source());
        }
        List<Note> notes = new ArrayList<>();
        notes.add(new Note(t("note.indicator", locale), indicator.code() + ": " + name + " (" + indicator.unit() + ")"));
        if (indicator.definition() != null) {
            notes.add(new Note(t("note.definition", locale), indicator.definition()));
        }
        notes.add(new Note(t("note.rules", locale), t("note.rulesText", locale)));
        notes.addAll(sourceNotes(used, licences(used.stream().map(SourceRef::code).toList()), locale));
        return new Export(List.of(new Table(t("sheet", locale), columns, rows)), t("sheet.notes", locale), notes);
    }

    /**
     * The notes on the sources of a monitor download: each source with its address, then the licences (by source
     * code) of those that name one.
     */
    List<Note> sourceNotes(java.util.Collection<SourceRef> sources, Map<String, String> licences, Locale locale) {
        List<Note> notes = new ArrayList<>();
        for (SourceRef ref : sources) {
            notes.add(new Note(t("note.source", locale), ref.label() + (ref.url() == null ? "" : " " + ref.url())));
        }
        String licenceText = new java.util.TreeMap<>(licences).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        notes.add(new Note(t("note.licence", locale), licenceText.isEmpty() ? t("note.noLicence", locale)
                : licenceText));
        return notes;
    }

    /** The licence of each source that names one, by code (one query). */
    private Map<String, String> licences(List<String> codes) {
        Map<String, String> byCode = new java.util.TreeMap<>();
        if (codes.isEmpty()) {
            return byCode;
        }
        dsl.select(SOURCE.CODE, SOURCE.LICENCE).from(SOURCE).where(SOURCE.CODE.in(codes), SOURCE.LICENCE.isNotNull())
                .forEach(r -> byCode.put(r.value1(), r.value2()));
        return byCode;
    }

    private String t(String key, Locale locale) {
        String code = "monitor.export." + key;
        return messages.getMessage(code, null, code, locale);
    }
}
