package org.regiomonitor.monitor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.monitor.ImportRequest;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.MonitorImports;
import org.regiomonitor.monitor.imports.DirectoryFiles;
import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblems;
import org.regiomonitor.monitor.imports.Locator;
import org.regiomonitor.monitor.imports.SingleFile;
import org.regiomonitor.monitor.imports.ZipFiles;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Component;

/**
 * The one way the import screen, the API and the command line turn what they were given (an uploaded file, a zip,
 * a file or directory on disk) into the files of an import and preview or run it through {@link MonitorImports}.
 * A zip that cannot be opened safely (zip slip, zip bomb, damaged) is refused with its problems before anything
 * is read, like any other problem: nothing written.
 */
@Component
public class ImportUploads {

    private final MonitorImports imports;

    ImportUploads(MonitorImports imports) {
        this.imports = imports;
    }

    /** The files an import reads, and the problems met opening them. */
    public record Opened(ImportFiles files, ImportProblems problems) {
    }

    /** An uploaded (or named) file: a zip's entries when its name ends in .zip, else the file itself. */
    public static Opened open(String name, SingleFile.Source source) throws IOException {
        ImportProblems problems = new ImportProblems();
        String label = Text.isBlank(name) ? "upload" : name.strip();
        if (label.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new Opened(ZipFiles.open(label, source, problems), problems);
        }
        return new Opened(new SingleFile(label, source), problems);
    }

    /** A file or a directory on disk (the command line). */
    public static Opened open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new Opened(new DirectoryFiles(path), new ImportProblems());
        }
        return open(path.getFileName().toString(), () -> Files.newInputStream(path));
    }

    /** Previews ({@code preview}) or runs the import; refused without reading when opening found problems. */
    public ImportSummary execute(ImportFormat format, Opened opened, String sourceCode, boolean preview, String actor) {
        String source = Text.blankToNull(sourceCode);
        if (opened.problems().any()) {
            return refused(format, opened.files().label(), source, opened.problems());
        }
        if (opened.files().names().isEmpty()) {
            ImportProblems none = new ImportProblems();
            none.add(Locator.file(opened.files().label()), "no-files", "there are no files to import");
            return refused(format, opened.files().label(), source, none);
        }
        ImportRequest request = new ImportRequest(format, opened.files(), source == null ? null : source.strip(),
                Map.of());
        return preview ? imports.preview(request) : imports.run(request, actor);
    }

    private static ImportSummary refused(ImportFormat format, String label, String source, ImportProblems problems) {
        return new ImportSummary(format, label, null, source, 0, 0, 0, 0, Map.of(), List.of(), problems.list(),
                problems.count(), false, null);
    }
}
