package org.regiomonitor.npvr.internal;

import static org.regiomonitor.db.Tables.NPVR_GOAL;
import static org.regiomonitor.db.Tables.NPVR_MILESTONE;
import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_GOAL;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;
import static org.regiomonitor.db.Tables.NPVR_TASK_MINISTRY;
import static org.regiomonitor.db.Tables.NPVR_TASK_PROJECT;
import static org.regiomonitor.db.Tables.NPVR_THEME;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.regiomonitor.npvr.internal.NpvrViews.Goal;
import org.regiomonitor.npvr.internal.NpvrViews.MilestoneView;
import org.regiomonitor.npvr.internal.NpvrViews.Ministry;
import org.regiomonitor.npvr.internal.NpvrViews.ProjectLink;
import org.regiomonitor.npvr.internal.NpvrViews.TaskBrief;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.npvr.internal.NpvrViews.ThemeView;
import org.regiomonitor.portfolio.PortfolioSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the plan: the overview (two queries), a task (five), the roadmap (one). */
@Component
@Transactional(readOnly = true)
public class NpvrReader {

    private final DSLContext dsl;

    NpvrReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The themes in their order, each with its tasks by number. */
    public List<ThemeView> themes() {
        Map<Long, List<TaskBrief>> tasks = new LinkedHashMap<>();
        dsl.select(NPVR_TASK.THEME_ID, NPVR_TASK.NUMBER, NPVR_TASK.TITLE_NL, NPVR_TASK.TITLE_EN, NPVR_TASK.TITLE_DE)
                .from(NPVR_TASK).orderBy(NPVR_TASK.NUMBER)
                .forEach(r -> tasks.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TaskBrief(r.value2(), r.value3(), r.value4(), r.value5())));
        return dsl.selectFrom(NPVR_THEME).orderBy(NPVR_THEME.POSITION, NPVR_THEME.ID)
                .fetch(t -> new ThemeView(t.getId(), t.getCode(), t.getParentId(), t.getTitleNl(), t.getTitleEn(),
                        t.getTitleDe(), t.getSourceLocator(), tasks.getOrDefault(t.getId(), List.of())));
    }

    public List<MilestoneView> milestones() {
        return dsl.selectFrom(NPVR_MILESTONE).orderBy(NPVR_MILESTONE.POSITION, NPVR_MILESTONE.ID)
                .fetch(m -> new MilestoneView(m.getId(), m.getCode(), m.getTitleNl(), m.getTitleEn(), m.getTitleDe(),
                        m.getPlannedYear(), m.getPlannedQuarter(), m.getPlannedDate(),
                        m.getStatus(), m.getNote(), m.getSourceLocator(), m.getVersion()));
    }

    public Optional<MilestoneView> milestone(String code) {
        return milestones().stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    /** Every task in full, by number (the API's list): six queries whatever the number of tasks. */
    public List<TaskView> tasks(boolean seeUnpublished) {
        return tasks(DSL.noCondition(), seeUnpublished);
    }

    public Optional<TaskView> task(int number, boolean seeUnpublished) {
        return tasks(NPVR_TASK.NUMBER.eq(number), seeUnpublished).stream().findFirst();
    }

    private List<TaskView> tasks(org.jooq.Condition which, boolean seeUnpublished) {
        var rows = dsl.select(NPVR_TASK.asterisk(), NPVR_THEME.CODE, NPVR_THEME.TITLE_NL, NPVR_THEME.TITLE_EN,
                        NPVR_THEME.TITLE_DE)
                .from(NPVR_TASK).join(NPVR_THEME).on(NPVR_THEME.ID.eq(NPVR_TASK.THEME_ID))
                .where(which).orderBy(NPVR_TASK.NUMBER).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.getValues(NPVR_TASK.ID);
        Map<Long, List<Ministry>> ministries = new LinkedHashMap<>();
        dsl.selectFrom(NPVR_TASK_MINISTRY).where(NPVR_TASK_MINISTRY.TASK_ID.in(ids))
                .orderBy(NPVR_TASK_MINISTRY.TASK_ID, NPVR_TASK_MINISTRY.POSITION)
                .forEach(m -> ministries.computeIfAbsent(m.getTaskId(), k -> new ArrayList<>())
                        .add(new Ministry(m.getName(), m.getIsPrimary())));
        Map<Long, List<Goal>> goals = new LinkedHashMap<>();
        dsl.select(NPVR_TASK_GOAL.TASK_ID, NPVR_GOAL.CODE, NPVR_GOAL.KIND, NPVR_GOAL.TITLE_NL, NPVR_GOAL.TITLE_EN,
                        NPVR_GOAL.TITLE_DE, NPVR_GOAL.SOURCE_LOCATOR)
                .from(NPVR_TASK_GOAL).join(NPVR_GOAL).on(NPVR_GOAL.ID.eq(NPVR_TASK_GOAL.GOAL_ID))
                .where(NPVR_TASK_GOAL.TASK_ID.in(ids)).orderBy(NPVR_TASK_GOAL.TASK_ID, NPVR_GOAL.POSITION)
                .forEach(g -> goals.computeIfAbsent(g.value1(), k -> new ArrayList<>())
                        .add(new Goal(g.value2(), g.value3().name(), g.value4(), g.value5(), g.value6(), g.value7())));
        Map<Long, List<ProjectLink>> projects = new LinkedHashMap<>();
        Field<String> title = PortfolioSql.projectTitle(NPVR_TASK_PROJECT.PROJECT_ID, seeUnpublished).as("title");
        var status = PortfolioSql.projectStatus(NPVR_TASK_PROJECT.PROJECT_ID, seeUnpublished).as("status");
        var visible = dsl.select(NPVR_TASK_PROJECT.TASK_ID, NPVR_TASK_PROJECT.PROJECT_ID, title, status)
                .from(NPVR_TASK_PROJECT).where(NPVR_TASK_PROJECT.TASK_ID.in(ids)).asTable("p");
        Field<String> titleOf = visible.field(title);
        dsl.selectFrom(visible).where(titleOf.isNotNull()).orderBy(titleOf)
                .forEach(p -> projects.computeIfAbsent(p.get(NPVR_TASK_PROJECT.TASK_ID.getName(), Long.class),
                        k -> new ArrayList<>()).add(new ProjectLink(p.get(NPVR_TASK_PROJECT.PROJECT_ID.getName(),
                                Long.class), p.get(titleOf), String.valueOf(p.get("status")))));
        Map<Long, List<String>> indicators = new LinkedHashMap<>();
        dsl.selectFrom(NPVR_TASK_INDICATOR).where(NPVR_TASK_INDICATOR.TASK_ID.in(ids))
                .orderBy(NPVR_TASK_INDICATOR.TASK_ID, NPVR_TASK_INDICATOR.INDICATOR_CODE)
                .forEach(i -> indicators.computeIfAbsent(i.getTaskId(), k -> new ArrayList<>())
                        .add(i.getIndicatorCode()));
        return rows.map(r -> {
            long id = r.get(NPVR_TASK.ID);
            return new TaskView(id, r.get(NPVR_TASK.NUMBER), r.get(NPVR_THEME.CODE), r.get(NPVR_THEME.TITLE_NL),
                    r.get(NPVR_THEME.TITLE_EN), r.get(NPVR_THEME.TITLE_DE), r.get(NPVR_TASK.TITLE_NL),
                    r.get(NPVR_TASK.TITLE_EN), r.get(NPVR_TASK.TITLE_DE), r.get(NPVR_TASK.TITLE_LOCATOR),
                    Fiche.of(r), ministries.getOrDefault(id, List.of()), r.get(NPVR_TASK.MINISTRIES_NOTE),
                    r.get(NPVR_TASK.MINISTRIES_LOCATOR), goals.getOrDefault(id, List.of()),
                    projects.getOrDefault(id, List.of()), indicators.getOrDefault(id, List.of()),
                    r.get(NPVR_TASK.VERSION));
        });
    }

    /** Which of the ids name a project (visible to an editor). */
    public List<Long> existingProjects(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        var ids = PortfolioSql.visibleProjectIds(true).asTable("p", "id");
        Field<Long> id = field(name("p", "id"), Long.class);
        return dsl.select(id).from(ids).where(id.in(projectIds)).fetch(id);
    }
}
