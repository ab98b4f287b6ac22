package org.regiomonitor.portfolio;

/** What a theme of a programme is: an action line, a goal, an NPVR task or a plain theme. */
public enum ThemeKind {
    ACTION_LINE,
    GOAL,
    NPVR_TASK,
    THEME
}
