package org.regiomonitor.shared.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Worksheet;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
     * Writes the export: in Excel every table, in CSV the one at {@code csvTable} (a CSV file holds one table). The
     * rows are read while the file is written ({@link Rows}); the notes follow them.
     */
    public void send(HttpServletResponse response, Format format, String fileName, Export export, int csvTable,
            Locale locale) throws IOException {
        Table table = export.tables().get(csvTable);
        String generatedAt = DateTimeFormatter.ofPattern(text("format.dateTime", locale)).withZone(Formats.ZONE)
                .format(clock.instant());
        Supplier<List<Note>> notes = () -> {
            List<Note> all = new ArrayList<>(export.notes());
            all.addAll(export.notesAfterRows().get());
            all.add(new Note(text("export.note.generatedAt", locale), generatedAt));
            all.add(new Note(text("export.note.text", locale), text("export.note.escaping", locale)));
            if (format == Format.CSV) {
                all.add(new Note(text("export.note.format", locale), text("export.note.csv", locale)));
            }
            return all;
        };
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(fileName, format)).build().toString());
        var out = response.getOutputStream();
        if (format == Format.XLSX) {
            TableWriter.xlsx(export, Worksheet.MAX_ROWS, cut -> {
                List<Note> all = notes.get();
                cut.forEach(sheet -> all.add(new Note(text("export.note.cut", locale), messages.getMessage(
                        "export.note.cutText", new Object[] {sheet, Worksheet.MAX_ROWS - 1}, locale))));
                return all;
            }, out);
        } else {
            TableWriter.csv(table, notes, out);
        }
        out.flush();
    }

    /**
     * The table a CSV download holds, from its {@code table} parameter: the first of {@code keys} when none is asked,
     * else the one named (case ignored); any other name is a 404.
     */
    public static int csvTable(String asked, String... keys) {
        if (Text.isBlank(asked)) {
            return 0;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equalsIgnoreCase(Text.strip(asked))) {
                return i;
            }
        }
        throw new NotFoundException("table", asked);
    }

    /**
     * A note with the address of the list a download was made from (its filters and order; the download's own
     * address without the extension and the {@code table} parameter), so that the file says which rows it holds and
     * the same selection can be opened again.
     */
    public Note listNote(Locale locale) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        ServletUriComponentsBuilder list = ServletUriComponentsBuilder.fromCurrentRequestUri();
        String path = list.build().getPath();
        list.replacePath(path == null ? null : path.replaceFirst("\\.(xlsx|csv)$", ""));
        request.getParameterMap().forEach((name, values) -> {
            if (!"table".equals(name)) {
                list.queryParam(name, (Object[]) values);
            }
        });
        return new Note(text("export.note.list", locale), list.encode().build().toUriString());
    }

    /** {@code name-2026-11-30.ext} with only letters, digits, dot, minus and underscore in the name. */
    String fileName(String name, Format format) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe + "-" + clock.instant().atZone(Formats.ZONE).toLocalDate() + "." + format.extension();
    }

    /**
     * A note on what a list's download holds for the caller: published work only (anonymous visitors), or also what is
     * not published, as the list shows it.
     */
    public Note scopeNote(boolean includeUnpublished, Locale locale) {
        return new Note(text("export.note.scope", locale),
                text(includeUnpublished ? "export.note.scope.all" : "export.note.scope.public", locale));
    }

    /** A text of the download in the page's language (headers, notes, labels of values); the key when missing. */
    public String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    /** A yes-or-no cell in the page's language. */
    public String yesNo(boolean value, Locale locale) {
        return text(value ? "common.yes" : "common.no", locale);
    }

    /** The label of a value of an enum as the pages show it: the message {@code prefix + name}; null for none. */
    public String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : text(prefix + value.name(), locale);
    }
}
