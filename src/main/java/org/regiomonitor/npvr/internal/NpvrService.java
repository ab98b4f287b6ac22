package org.regiomonitor.npvr.internal;

import static org.regiomonitor.db.Tables.NPVR_MILESTONE;
import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;
import static org.regiomonitor.db.Tables.NPVR_TASK_PROJECT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.regiomonitor.db.tables.records.NpvrTaskRecord;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of the plan: a task's fiche texts and links, a milestone's status and note. Checks everything before writing
 * (nothing is written when anything is wrong), refuses a stale version; the database triggers audit every row.
 * Rights are checked by the callers ({@code AccessPolicy.canMaintainMonitor}).
 */
@Service
public class NpvrService {

    /** Indicator codes as the monitor writes them: letters, digits, dot, dash, underscore. */
    static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final DSLContext dsl;
    private final InputRules rules;
    private final NpvrReader reader;

    NpvrService(DSLContext dsl, InputRules rules, NpvrReader reader) {
        this.dsl = dsl;
        this.rules = rules;
        this.reader = reader;
    }

    /** The violations of a task edit, field by field (the form shows them beside the fields). */
    @Transactional(readOnly = true)
    public List<Violation> check(TaskInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        List<String> codes = in.indicatorCodes() == null ? List.of() : in.indicatorCodes();
        for (String code : codes) {
            String c = Text.strip(code);
            if (c != null && !c.isEmpty() && !INDICATOR_CODE.matcher(c).matches()) {
                out.add(new Violation("indicatorCodes", "npvr.error.indicatorCode", c));
                break;
            }
        }
        List<Long> projects = projectIds(in);
        List<Long> known = reader.existingProjects(projects);
        projects.stream().filter(p -> !known.contains(p)).findFirst()
                .ifPresent(p -> out.add(new Violation("projectIds", "npvr.error.unknownProject", String.valueOf(p))));
        return out;
    }

    @Transactional
    public TaskView updateTask(int number, TaskInput in) {
        long id = dsl.select(NPVR_TASK.ID).from(NPVR_TASK).where(NPVR_TASK.NUMBER.eq(number)).fetchOptional(NPVR_TASK.ID)
                .orElseThrow(() -> new NotFoundException("npvr_task", String.valueOf(number)));
        InputRules.throwIfAny(check(in));
        UpdateSetMoreStep<NpvrTaskRecord> update = dsl.update(NPVR_TASK).set(NPVR_TASK.VERSION, NPVR_TASK.VERSION.plus(1));
        for (Fiche f : Fiche.values()) {
            update = update.set(f.text, blankToNull(in.text(f)));
        }
        StaleEditException.unlessChanged(update.where(NPVR_TASK.ID.eq(id)).and(NPVR_TASK.VERSION.eq(in.version()))
                .execute(), "npvr_task", id);
        List<Long> projects = projectIds(in);
        dsl.deleteFrom(NPVR_TASK_PROJECT).where(NPVR_TASK_PROJECT.TASK_ID.eq(id))
                .and(NPVR_TASK_PROJECT.PROJECT_ID.notIn(projects)).execute();
        for (Long p : projects) {
            dsl.insertInto(NPVR_TASK_PROJECT).set(NPVR_TASK_PROJECT.TASK_ID, id).set(NPVR_TASK_PROJECT.PROJECT_ID, p)
                    .onConflictDoNothing().execute();
        }
        List<String> codes = indicatorCodes(in);
        dsl.deleteFrom(NPVR_TASK_INDICATOR).where(NPVR_TASK_INDICATOR.TASK_ID.eq(id))
                .and(NPVR_TASK_INDICATOR.INDICATOR_CODE.notIn(codes)).execute();
        for (String c : codes) {
            dsl.insertInto(NPVR_TASK_INDICATOR).set(NPVR_TASK_INDICATOR.TASK_ID, id)
                    .set(NPVR_TASK_INDICATOR.INDICATOR_CODE, c).onConflictDoNothing().execute();
        }
        return reader.task(number, true).orElseThrow();
    }

    @Transactional
    public void updateMilestone(String code, MilestoneInput in) {
        long id = dsl.select(NPVR_MILESTONE.ID).from(NPVR_MILESTONE).where(NPVR_MILESTONE.CODE.equalIgnoreCase(code))
                .fetchOptional(NPVR_MILESTONE.ID)
                .orElseThrow(() -> new NotFoundException("npvr_milestone", code));
        InputRules.throwIfAny(rules.check(in));
        StaleEditException.unlessChanged(dsl.update(NPVR_MILESTONE)
                .set(NPVR_MILESTONE.STATUS, in.status())
                .set(NPVR_MILESTONE.NOTE, blankToNull(in.note()))
                .set(NPVR_MILESTONE.VERSION, NPVR_MILESTONE.VERSION.plus(1))
                .where(NPVR_MILESTONE.ID.eq(id)).and(NPVR_MILESTONE.VERSION.eq(in.version())).execute(),
                "npvr_milestone", id);
    }

    private static List<Long> projectIds(TaskInput in) {
        return in.projectIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(in.projectIds().stream().filter(java.util.Objects::nonNull).toList()));
    }

    /** The codes as typed, without blanks and repeats. */
    static List<String> indicatorCodes(TaskInput in) {
        if (in.indicatorCodes() == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String c : in.indicatorCodes()) {
            String s = Text.strip(c);
            if (s != null && !s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return Text.blankToNull(s);
    }
}
