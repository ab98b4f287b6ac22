package org.regiomonitor.shared.export;

/**
 * A line about an export: what it is, when it was made, its sources, the rules of its figures. In Excel on the
 * last sheet (label and text), in CSV as trailing comment lines ({@code # label: text}).
 */
public record Note(String label, String text) {
}
