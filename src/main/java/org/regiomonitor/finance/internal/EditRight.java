package org.regiomonitor.finance.internal;

/**
 * What a user may change on the budget lines of a programme or project. Project leads may record
 * and revise the BUDGETED amounts of their own projects (they draw up the project budget), but not
 * committed or realised amounts: those are the programme's decisions and accounts.
 */
public enum EditRight {
    NONE, BUDGET_ONLY, FULL;

    public boolean any() {
        return this != NONE;
    }

    public boolean full() {
        return this == FULL;
    }
}
