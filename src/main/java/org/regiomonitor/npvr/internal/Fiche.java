package org.regiomonitor.npvr.internal;

import static org.regiomonitor.db.Tables.NPVR_TASK;

import java.util.List;
import org.jooq.Record;
import org.jooq.TableField;
import org.regiomonitor.db.tables.records.NpvrTaskRecord;

/**
 * The texts of a task's fiche in the fiche's order, each with its column, the column of its source locator and the
 * name the pages, forms and API use. The one list every reader and writer of fiche texts goes through.
 */
public enum Fiche {
    TASK("task", NPVR_TASK.TASK_TEXT, NPVR_TASK.TASK_LOCATOR),
    SITUATION("situation", NPVR_TASK.SITUATION, NPVR_TASK.SITUATION_LOCATOR),
    ONGOING("ongoing", NPVR_TASK.ONGOING, NPVR_TASK.ONGOING_LOCATOR),
    OWNERSHIP_ADMINISTRATIVE("ownershipAdministrative", NPVR_TASK.OWNERSHIP_ADMINISTRATIVE, NPVR_TASK.OWNERSHIP_LOCATOR),
    OWNERSHIP_EXECUTIVE("ownershipExecutive", NPVR_TASK.OWNERSHIP_EXECUTIVE, NPVR_TASK.OWNERSHIP_LOCATOR),
    NEEDED("needed", NPVR_TASK.NEEDED, NPVR_TASK.NEEDED_LOCATOR),
    BOTTLENECKS("bottlenecks", NPVR_TASK.BOTTLENECKS, NPVR_TASK.BOTTLENECKS_LOCATOR),
    IMPACT("impact", NPVR_TASK.IMPACT, NPVR_TASK.IMPACT_LOCATOR),
    INTERVENTIONS_RIJK("interventionsRijk", NPVR_TASK.INTERVENTIONS_RIJK, NPVR_TASK.INTERVENTIONS_LOCATOR),
    INTERVENTIONS_REGION("interventionsRegion", NPVR_TASK.INTERVENTIONS_REGION, NPVR_TASK.INTERVENTIONS_LOCATOR),
    INTERVENTIONS_JOINT("interventionsJoint", NPVR_TASK.INTERVENTIONS_JOINT, NPVR_TASK.INTERVENTIONS_LOCATOR),
    FOLLOW_UP("followUp", NPVR_TASK.FOLLOW_UP, NPVR_TASK.FOLLOW_UP_LOCATOR);

    /** The longest text a fiche field takes. */
    public static final int MAX_LENGTH = 10_000;

    private final String field;
    final TableField<NpvrTaskRecord, String> text;
    final TableField<NpvrTaskRecord, String> locator;

    Fiche(String field, TableField<NpvrTaskRecord, String> text, TableField<NpvrTaskRecord, String> locator) {
        this.field = field;
        this.text = text;
        this.locator = locator;
    }

    public String field() {
        return field;
    }

    static List<NpvrViews.FicheText> of(Record r) {
        return java.util.Arrays.stream(values())
                .map(f -> new NpvrViews.FicheText(f.field, r.get(f.text), r.get(f.locator))).toList();
    }
}
