package org.regiomonitor.npvr;

import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which NPVR tasks link to a monitor indicator (tasks name indicators by code), so that the monitor refuses to
 * remove an indicator a task still follows.
 */
@Component
@Transactional(readOnly = true)
public class NpvrIndicatorLinks {

    private final DSLContext dsl;

    NpvrIndicatorLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The numbers of the tasks that link to the indicator code (case as stored), in order. */
    public List<Integer> tasksLinking(String indicatorCode) {
        return dsl.selectDistinct(NPVR_TASK.NUMBER)
                .from(NPVR_TASK_INDICATOR)
                .join(NPVR_TASK).on(NPVR_TASK.ID.eq(NPVR_TASK_INDICATOR.TASK_ID))
                .where(NPVR_TASK_INDICATOR.INDICATOR_CODE.equalIgnoreCase(indicatorCode))
                .orderBy(NPVR_TASK.NUMBER)
                .fetch(NPVR_TASK.NUMBER);
    }
}
