package org.regiomonitor.npvr;

import static org.regiomonitor.db.Tables.NPVR_GOAL;
import static org.regiomonitor.db.Tables.NPVR_MILESTONE;
import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_GOAL;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;
import static org.regiomonitor.db.Tables.NPVR_TASK_MINISTRY;
import static org.regiomonitor.db.Tables.NPVR_THEME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.npvr.internal.NpvrDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the NPVR plan of seed 004 into an empty plan (the reference-data loader calls it at start-up and from the
 * admin page). A plan that has tasks is never touched: it may have been edited since.
 */
@Service
public class NpvrImport {

    /** The plan on the classpath, transcribed from seed 004. */
    public static final String RESOURCE = "referencedata/npvr/npvr.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DSLContext dsl;
    private final AuditLog audit;

    NpvrImport(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public boolean isPlanEmpty() {
        return !dsl.fetchExists(NPVR_TASK);
    }

    /** Loads the plan when it is empty, as one audit event; the rows written per table (empty when none). */
    @Transactional
    public Map<String, Integer> loadIfEmpty(String actor) {
        if (!isPlanEmpty()) {
            return Map.of();
        }
        NpvrDataset d = read();
        audit.summariseRowChanges();
        Map<String, Integer> rows = write(d);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dataset", "NPVR");
        detail.put("rows", rows);
        audit.record(actor, AuditAction.LOAD_REFERENCE_DATA, "reference_data", null, detail);
        return rows;
    }

    static NpvrDataset read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JSON.readValue(in, NpvrDataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private Map<String, Integer> write(NpvrDataset d) {
        Map<String, Long> themes = new HashMap<>();
        for (NpvrDataset.Theme t : d.themes()) {
            themes.put(t.code(), dsl.insertInto(NPVR_THEME)
                    .set(NPVR_THEME.CODE, t.code()).set(NPVR_THEME.TITLE_NL, t.titleNl())
                    .set(NPVR_THEME.TITLE_EN, t.titleEn()).set(NPVR_THEME.TITLE_DE, t.titleDe())
                    .set(NPVR_THEME.PARENT_ID, t.parentCode() == null ? null : themes.get(t.parentCode()))
                    .set(NPVR_THEME.POSITION, t.position()).set(NPVR_THEME.SOURCE_LOCATOR, t.locator())
                    .returning(NPVR_THEME.ID).fetchSingle().getId());
        }
        Map<String, Long> goals = new HashMap<>();
        for (NpvrDataset.Goal g : d.goals()) {
            goals.put(g.code(), dsl.insertInto(NPVR_GOAL)
                    .set(NPVR_GOAL.CODE, g.code()).set(NPVR_GOAL.KIND, GoalKind.valueOf(g.kind())).set(NPVR_GOAL.TITLE_NL, g.titleNl())
                    .set(NPVR_GOAL.DESCRIPTION_NL, g.descriptionNl()).set(NPVR_GOAL.POSITION, g.position())
                    .set(NPVR_GOAL.SOURCE_LOCATOR, g.locator())
                    .returning(NPVR_GOAL.ID).fetchSingle().getId());
        }
        int ministries = 0;
        int links = 0;
        for (NpvrDataset.Task t : d.tasks()) {
            long id = dsl.insertInto(NPVR_TASK)
                    .set(NPVR_TASK.NUMBER, t.number()).set(NPVR_TASK.THEME_ID, themes.get(t.themeCode()))
                    .set(NPVR_TASK.TITLE_NL, t.titleNl()).set(NPVR_TASK.TITLE_EN, t.titleEn())
                    .set(NPVR_TASK.TITLE_DE, t.titleDe()).set(NPVR_TASK.TITLE_LOCATOR, t.titleLocator())
                    .set(NPVR_TASK.TASK_TEXT, t.task()).set(NPVR_TASK.TASK_LOCATOR, t.taskLocator())
                    .set(NPVR_TASK.SITUATION, t.situation()).set(NPVR_TASK.SITUATION_LOCATOR, t.situationLocator())
                    .set(NPVR_TASK.ONGOING, t.ongoing()).set(NPVR_TASK.ONGOING_LOCATOR, t.ongoingLocator())
                    .set(NPVR_TASK.OWNERSHIP_ADMINISTRATIVE, t.ownershipAdministrative())
                    .set(NPVR_TASK.OWNERSHIP_EXECUTIVE, t.ownershipExecutive())
                    .set(NPVR_TASK.OWNERSHIP_LOCATOR, t.ownershipLocator())
                    .set(NPVR_TASK.MINISTRIES_NOTE, t.ministriesNote())
                    .set(NPVR_TASK.MINISTRIES_LOCATOR, t.ministriesLocator())
                    .set(NPVR_TASK.NEEDED, t.needed()).set(NPVR_TASK.NEEDED_LOCATOR, t.neededLocator())
                    .set(NPVR_TASK.BOTTLENECKS, t.bottlenecks()).set(NPVR_TASK.BOTTLENECKS_LOCATOR, t.bottlenecksLocator())
                    .set(NPVR_TASK.IMPACT, t.impact()).set(NPVR_TASK.IMPACT_LOCATOR, t.impactLocator())
                    .set(NPVR_TASK.INTERVENTIONS_RIJK, t.interventionsRijk())
                    .set(NPVR_TASK.INTERVENTIONS_REGION, t.interventionsRegion())
                    .set(NPVR_TASK.INTERVENTIONS_JOINT, t.interventionsJoint())
                    .set(NPVR_TASK.INTERVENTIONS_LOCATOR, t.interventionsLocator())
                    .set(NPVR_TASK.FOLLOW_UP, t.followUp()).set(NPVR_TASK.FOLLOW_UP_LOCATOR, t.followUpLocator())
                    .returning(NPVR_TASK.ID).fetchSingle().getId();
            int position = 0;
            for (NpvrDataset.Ministry m : t.ministries()) {
                dsl.insertInto(NPVR_TASK_MINISTRY).set(NPVR_TASK_MINISTRY.TASK_ID, id)
                        .set(NPVR_TASK_MINISTRY.POSITION, ++position).set(NPVR_TASK_MINISTRY.NAME, m.name())
                        .set(NPVR_TASK_MINISTRY.IS_PRIMARY, m.primary()).execute();
                ministries++;
            }
            for (String g : t.goalCodes()) {
                dsl.insertInto(NPVR_TASK_GOAL).set(NPVR_TASK_GOAL.TASK_ID, id)
                        .set(NPVR_TASK_GOAL.GOAL_ID, goals.get(g)).execute();
                links++;
            }
            for (String c : t.indicatorCodes()) {
                dsl.insertInto(NPVR_TASK_INDICATOR).set(NPVR_TASK_INDICATOR.TASK_ID, id)
                        .set(NPVR_TASK_INDICATOR.INDICATOR_CODE, c).execute();
                links++;
            }
        }
        int position = 0;
        for (NpvrDataset.Milestone m : d.milestones()) {
            dsl.insertInto(NPVR_MILESTONE).set(NPVR_MILESTONE.CODE, m.code()).set(NPVR_MILESTONE.TITLE_NL, m.titleNl())
                    .set(NPVR_MILESTONE.TITLE_EN, m.titleEn()).set(NPVR_MILESTONE.TITLE_DE, m.titleDe())
                    .set(NPVR_MILESTONE.PLANNED_YEAR, m.plannedYear())
                    .set(NPVR_MILESTONE.PLANNED_QUARTER, m.plannedQuarter())
                    .set(NPVR_MILESTONE.SOURCE_LOCATOR, m.locator()).set(NPVR_MILESTONE.POSITION, ++position)
                    .execute();
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("npvr_theme", d.themes().size());
        rows.put("npvr_goal", d.goals().size());
        rows.put("npvr_task", d.tasks().size());
        rows.put("npvr_task_ministry", ministries);
        rows.put("npvr_task_goal", links);
        rows.put("npvr_milestone", d.milestones().size());
        return rows;
    }
}
