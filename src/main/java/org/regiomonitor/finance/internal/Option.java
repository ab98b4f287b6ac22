package org.regiomonitor.finance.internal;

/** An entry of a select list. */
public record Option(long id, String label) {
}
