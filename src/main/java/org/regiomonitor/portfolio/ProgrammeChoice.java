package org.regiomonitor.portfolio;

/** A programme as a choice in another feature's list or form. */
public record ProgrammeChoice(long id, String code, String name) {
}
