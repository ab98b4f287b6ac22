package org.regiomonitor.shared.export;

import java.util.List;

/**
 * What a download holds: its tables and the notes on them. The Excel file has one sheet per table and a last sheet
 * with the notes (named {@code notesSheet}); a CSV file holds one table followed by the notes.
 */
public record Export(List<Table> tables, String notesSheet, List<Note> notes) {

    public Export {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("an export without a table");
        }
    }
}
