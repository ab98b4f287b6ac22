package org.regiomonitor.monitor.internal;

import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR_MEASURE;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.monitor.ImportRequest;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.imports.AreaCodeSystem;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.Locator;
import org.regiomonitor.monitor.imports.ObservationReader;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One import inside the caller's transaction: read, match, write new figures, compare and merge the others. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ObservationImporter {

    /** Key of the PostgreSQL advisory lock that serialises monitor imports. */
    private static final long LOCK_KEY = 0x4d4f4e49544f52L; // "MONITOR"

    /** Figures a preview lists as changing. */
    static final int CHANGES_SHOWN = 50;

    private final DSLContext dsl;
    private final List<RegionCodeListImport> regionCodeLists;
    private final DatasetSources datasets;
    private final org.regiomonitor.area.Areas areaIndex;
    private final Clock clock;

    ObservationImporter(DSLContext dsl, List<RegionCodeListImport> regionCodeLists, DatasetSources sources,
            org.regiomonitor.area.Areas areaIndex, Clock clock) {
        this.areaIndex = areaIndex;
        this.dsl = dsl;
        this.datasets = sources;
        this.regionCodeLists = regionCodeLists;
        this.clock = clock;
    }

    public ImportSummary run(ObservationReader reader, ImportRequest request, String checksum, boolean write,
            String actor) {
        // one import at a time: the areas a CBS table brings, and which indicators have figures (so whether a
        // figure is new), stay as this import found them
        dsl.execute("select pg_advisory_xact_lock(?)", LOCK_KEY);
        ImportProblems problems = new ImportProblems();
        String label = request.files().label();
        if (request.format() == ImportFormat.CBS_ODATA4) {
            // the areas a CBS table names (with its ended municipalities) come with the table
            regionCodeLists.forEach(l -> l.apply(request.files(), problems));
        }
        Long templateSource = null;
        if (request.format() == ImportFormat.TEMPLATE) {
            templateSource = Text.isBlank(request.sourceCode()) ? null
                    : dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(request.sourceCode().strip()))
                            .fetchOne(SOURCE.ID);
            if (templateSource == null) {
                problems.add(Locator.file(label), "unknown-source", "the template needs the code of a known source "
                        + "(given: \"%s\")".formatted(Text.blankToNull(request.sourceCode())),
                        String.valueOf(request.sourceCode()));
            }
        }
        ImportRun.Lookups lookups = lookups(); // before any COPY starts: the connection serves nothing else then
        Instant now = Instant.now(clock);
        Long source = templateSource;
        java.util.function.Function<String, Long> release = dataset -> dsl.insertInto(OBSERVATION_RELEASE)
                .set(OBSERVATION_RELEASE.SOURCE_ID, source != null ? source : datasets.idOf(dataset))
                .set(OBSERVATION_RELEASE.FORMAT, request.format().name())
                .set(OBSERVATION_RELEASE.LABEL, label)
                .set(OBSERVATION_RELEASE.CHECKSUM, checksum)
                .set(OBSERVATION_RELEASE.IMPORTED_AT, now)
                .set(OBSERVATION_RELEASE.IMPORTED_BY, actor)
                .set(OBSERVATION_RELEASE.ADDED, 0)
                .set(OBSERVATION_RELEASE.CHANGED, 0)
                .set(OBSERVATION_RELEASE.UNCHANGED, 0)
                .returning(OBSERVATION_RELEASE.ID)
                .fetchOne(OBSERVATION_RELEASE.ID);
        try (FigureSink sink = new FigureSink(dsl, lookups.withFigures(), release)) {
            ImportRun run = new ImportRun(lookups, sink, problems, period(request, ImportRequest.FROM, problems),
                    period(request, ImportRequest.TO, problems));
            try {
                reader.read(request.files(), run::accept, problems);
            } catch (IOException e) {
                problems.add(Locator.file(label), "unreadable", "the file could not be read: " + e.getMessage());
            }
            if (run.datasets().size() > 1) {
                problems.add(Locator.file(label), "several-datasets", "one import holds one dataset; these files hold "
                        + String.join(", ", run.datasets()));
            }
            // the caller rolls back whatever was written when there are problems or nothing changed
            if (problems.any()) {
                return new ImportSummary(request.format(), label, checksum, null, run.read(), 0, 0, 0, run.skipped(),
                        List.of(), problems.list(), problems.count(), false, null);
            }
            if (sink.rows() == 0) {
                return new ImportSummary(request.format(), label, checksum, null, run.read(), 0, 0, 0, run.skipped(),
                        List.of(), List.of(), 0, false, null);
            }
            ObservationStage.Counts counts = sink.finish(now);
            long releaseId = sink.releaseId();
            String dataset = run.datasets().isEmpty() ? null : run.datasets().iterator().next();
            String sourceCode = request.format() == ImportFormat.TEMPLATE ? request.sourceCode().strip()
                    : dataset == null ? null : DatasetSources.code(dataset);
            dsl.update(OBSERVATION_RELEASE)
                    .set(OBSERVATION_RELEASE.ADDED, counts.added())
                    .set(OBSERVATION_RELEASE.CHANGED, counts.changed())
                    .set(OBSERVATION_RELEASE.UNCHANGED, counts.unchanged())
                    .where(OBSERVATION_RELEASE.ID.eq(releaseId))
                    .execute();
            List<ImportSummary.Change> changes = counts.changed() == 0 ? List.of()
                    : sink.changes(CHANGES_SHOWN).stream()
                            .map(c -> new ImportSummary.Change(c.indicator(), c.areaCode(), c.areaName(), c.period(),
                                    c.oldValue(), c.oldMissing(), c.newValue(), c.newMissing()))
                            .toList();
            boolean anything = counts.added() + counts.changed() > 0;
            return new ImportSummary(request.format(), label, checksum, sourceCode, run.read(), counts.added(),
                    counts.changed(), counts.unchanged(), run.skipped(), changes, List.of(), 0, write && anything,
                    write && anything ? releaseId : null);
        }
    }

    private static org.regiomonitor.monitor.Period period(ImportRequest request, String option, ImportProblems problems) {
        String code = request.options().get(option);
        if (Text.isBlank(code)) {
            return null;
        }
        return org.regiomonitor.monitor.Period.parse(code).orElseGet(() -> {
            problems.add(Locator.file(request.files().label()), "option", "option %s: unknown period code \"%s\""
                    .formatted(option, code), option, code);
            return null;
        });
    }

    private ImportRun.Lookups lookups() {
        Map<String, Long> measures = new HashMap<>();
        dsl.select(MONITOR_INDICATOR_MEASURE.DATASET, MONITOR_INDICATOR_MEASURE.MEASURE,
                        MONITOR_INDICATOR_MEASURE.INDICATOR_ID)
                .from(MONITOR_INDICATOR_MEASURE)
                .forEach(r -> measures.put(ImportRun.key(r.value1(), r.value2()), r.value3()));
        Map<String, ImportRun.IndicatorRef> indicators = new HashMap<>();
        dsl.select(MONITOR_INDICATOR.CODE, MONITOR_INDICATOR.ID, MONITOR_INDICATOR.FORMULA)
                .from(MONITOR_INDICATOR)
                .forEach(r -> indicators.put(r.value1(), new ImportRun.IndicatorRef(r.value2(), r.value3() != null)));
        Map<AreaCodeSystem, Map<String, Long>> areas = new EnumMap<>(AreaCodeSystem.class);
        for (AreaCodeSystem system : List.of(AreaCodeSystem.CBS, AreaCodeSystem.NUTS, AreaCodeSystem.ARS)) {
            Map<String, Long> ids = new HashMap<>();
            areaIndex.codeIndex(system.name()).forEach((code, ref) -> ids.put(code, ref.id()));
            areas.put(system, ids);
        }
        Map<String, Long> own = new HashMap<>();
        areaIndex.list(null).forEach(a -> own.put(a.code(), a.id()));
        areas.put(AreaCodeSystem.AREA, own);
        // indicators with figures: a skip over the primary key, one probe per indicator
        java.util.Set<Long> withFigures = new java.util.HashSet<>(dsl.select(MONITOR_INDICATOR.ID)
                .from(MONITOR_INDICATOR)
                .whereExists(dsl.selectOne().from(OBSERVATION).where(OBSERVATION.INDICATOR_ID.eq(MONITOR_INDICATOR.ID)))
                .fetch(MONITOR_INDICATOR.ID));
        return new ImportRun.Lookups(measures, indicators, areas, withFigures);
    }
}
