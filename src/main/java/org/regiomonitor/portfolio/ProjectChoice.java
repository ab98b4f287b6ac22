package org.regiomonitor.portfolio;

/** A project as a choice in another feature's form, with one programme it belongs to. */
public record ProjectChoice(long id, String title, long programmeId) {
}
