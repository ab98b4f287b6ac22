package org.regiomonitor.shared.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a download holds: its tables and the notes on them. The Excel file has one sheet per table and a last sheet
 * with the notes (named {@code notesSheet}); a CSV file holds one table followed by the notes. {@code notesAfterRows}
 * gives more notes once the rows are written, for what only the rows tell (the sources of the figures written).
 */
public record Export(List<Table> tables, String notesSheet, List<Note> notes, Supplier<List<Note>> notesAfterRows) {

    public Export {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        Objects.requireNonNull(notesAfterRows, "notesAfterRows");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("an export without a table");
        }
    }

    public Export(List<Table> tables, String notesSheet, List<Note> notes) {
        this(tables, notesSheet, notes, List::of);
    }
}
