package org.regiomonitor.shared.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an {@link Export} as a download (pages and API alike): the content type, a file name of the subject and
 * today's date ({@code AVT-2023-resultaten-2026-11-30.xlsx}), and the notes every download carries: when it was
 * made and how text that looks like a formula is written ({@link FormulaEscaping}).
 */
@Component
public class TableDownloads {

    /** The formats of a download; {@code extension} is also the path suffix (results.xlsx, results.csv). */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv;charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final Clock clock;
    private final MessageSource messages;

    TableDownloads(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Writes the export: in Excel every table, in CSV the one at {@code csvTable} (a CSV file holds one table).
     */
    public void send(HttpServletResponse response, Format format, String fileName, Export export, int csvTable,
            Locale locale) throws IOException {
        Table table = export.tables().get(csvTable);
        List<Note> notes = new ArrayList<>(export.notes());
        notes.add(new Note(text("export.note.generatedAt", locale), DateTimeFormatter
                .ofPattern(text("format.dateTime", locale)).withZone(Formats.ZONE).format(clock.instant())));
        notes.add(new Note(text("export.note.text", locale), text("export.note.escaping", locale)));
        if (format == Format.CSV) {
            notes.add(new Note(text("export.note.format", locale), text("export.note.csv", locale)));
        }
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(fileName, format)).build().toString());
        var out = response.getOutputStream();
        if (format == Format.XLSX) {
            TableWriter.xlsx(new Export(export.tables(), export.notesSheet(), notes), out);
        } else {
            TableWriter.csv(table, notes, out);
        }
        out.flush();
    }

    /** {@code name-2026-11-30.ext} with only letters, digits, dot, minus and underscore in the name. */
    String fileName(String name, Format format) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe + "-" + clock.instant().atZone(Formats.ZONE).toLocalDate() + "." + format.extension();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
