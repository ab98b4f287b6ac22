package org.regiomonitor.npvr.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.regiomonitor.npvr.internal.NpvrViews.ProjectLink;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.npvr.internal.TaskInput;

/** The task edit form: the fiche texts, the linked projects and the indicator codes (one per line or comma). */
public class TaskForm {

    private String task;
    private String situation;
    private String ongoing;
    private String ownershipAdministrative;
    private String ownershipExecutive;
    private String needed;
    private String bottlenecks;
    private String impact;
    private String interventionsRijk;
    private String interventionsRegion;
    private String interventionsJoint;
    private String followUp;
    private List<Long> projectIds = new ArrayList<>();
    private String indicatorCodes;
    private Integer version;

    static TaskForm of(TaskView t) {
        TaskForm f = new TaskForm();
        f.task = t.text("task");
        f.situation = t.text("situation");
        f.ongoing = t.text("ongoing");
        f.ownershipAdministrative = t.text("ownershipAdministrative");
        f.ownershipExecutive = t.text("ownershipExecutive");
        f.needed = t.text("needed");
        f.bottlenecks = t.text("bottlenecks");
        f.impact = t.text("impact");
        f.interventionsRijk = t.text("interventionsRijk");
        f.interventionsRegion = t.text("interventionsRegion");
        f.interventionsJoint = t.text("interventionsJoint");
        f.followUp = t.text("followUp");
        f.projectIds = new ArrayList<>(t.projects().stream().map(ProjectLink::id).toList());
        f.indicatorCodes = String.join("\n", t.indicatorCodes());
        f.version = t.version();
        return f;
    }

    TaskInput toInput() {
        List<String> codes = indicatorCodes == null ? List.of()
                : Arrays.stream(indicatorCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new TaskInput(task, situation, ongoing, ownershipAdministrative, ownershipExecutive, needed,
                bottlenecks, impact, interventionsRijk, interventionsRegion, interventionsJoint, followUp, projectIds,
                codes, version);
    }

    public String getTask() { return task; }
    public void setTask(String v) { task = v; }
    public String getSituation() { return situation; }
    public void setSituation(String v) { situation = v; }
    public String getOngoing() { return ongoing; }
    public void setOngoing(String v) { ongoing = v; }
    public String getOwnershipAdministrative() { return ownershipAdministrative; }
    public void setOwnershipAdministrative(String v) { ownershipAdministrative = v; }
    public String getOwnershipExecutive() { return ownershipExecutive; }
    public void setOwnershipExecutive(String v) { ownershipExecutive = v; }
    public String getNeeded() { return needed; }
    public void setNeeded(String v) { needed = v; }
    public String getBottlenecks() { return bottlenecks; }
    public void setBottlenecks(String v) { bottlenecks = v; }
    public String getImpact() { return impact; }
    public void setImpact(String v) { impact = v; }
    public String getInterventionsRijk() { return interventionsRijk; }
    public void setInterventionsRijk(String v) { interventionsRijk = v; }
    public String getInterventionsRegion() { return interventionsRegion; }
    public void setInterventionsRegion(String v) { interventionsRegion = v; }
    public String getInterventionsJoint() { return interventionsJoint; }
    public void setInterventionsJoint(String v) { interventionsJoint = v; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String v) { followUp = v; }
    public List<Long> getProjectIds() { return projectIds; }
    public void setProjectIds(List<Long> v) { projectIds = v == null ? new ArrayList<>() : v; }
    public String getIndicatorCodes() { return indicatorCodes; }
    public void setIndicatorCodes(String v) { indicatorCodes = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
