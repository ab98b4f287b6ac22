package org.regiomonitor.npvr;

/** An NPVR goal (doelstelling) the plan links tasks to, or one of the Rijk's principles (uitgangspunten). */
public enum GoalKind {
    GOAL, PRINCIPLE
}
