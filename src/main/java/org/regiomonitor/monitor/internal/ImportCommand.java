package org.regiomonitor.monitor.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.regiomonitor.monitor.ImportSummary;
import org.regiomonitor.monitor.imports.ImportFormat;
import org.regiomonitor.monitor.imports.ImportProblem;
import org.regiomonitor.shared.web.QueryParams;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command line for large files (README, "Monitor imports"):
 * {@code java -jar regiomonitor.jar import --format=CBS_ODATA4 [--source=CODE] [--dry-run] <directory or file>}.
 * Only when the first argument is {@code import}: the application then starts without its web server
 * ({@code RegiomonitorApplication}), runs after the reference data and the catalogue are in place, prints the
 * summary and every problem, and exits 0 (imported, previewed, or nothing to import) or 1 (refused or wrong
 * arguments). The import goes through {@link ImportUploads} like the screen and the API: same checks, all or nothing.
 */
@Component
@Order(100)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String COMMAND = "import";
    static final String USAGE = "usage: import --format=CBS_ODATA4|CBS_STATLINE_CSV|EUROSTAT_CSV|TEMPLATE "
            + "[--source=SOURCE_CODE] [--dry-run] [--user=NAME] <directory or file>";

    private final ImportUploads uploads;
    private int exitCode;

    ImportCommand(ImportUploads uploads) {
        this.uploads = uploads;
    }

    /** True when the program arguments ask for an import rather than the web application. */
    public static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested(args.getSourceArgs())) {
            exitCode = execute(args, System.out);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Runs the command with these arguments; returns the exit code. */
    public int execute(ApplicationArguments args, PrintStream out) {
        List<String> paths = args.getNonOptionArgs().stream().skip(1).toList();
        ImportFormat format = QueryParams.enumOrNull(ImportFormat.class, option(args, "format"));
        if (format == null || paths.size() != 1) {
            out.println(format == null ? "unknown or missing --format" : "give exactly one directory or file");
            out.println(USAGE);
            return 1;
        }
        Path path = Path.of(paths.getFirst());
        if (!Files.exists(path)) {
            out.println("no such file or directory: " + path);
            return 1;
        }
        boolean dryRun = args.containsOption("dry-run");
        String user = option(args, "user");
        ImportSummary summary;
        try {
            summary = uploads.execute(format, ImportUploads.open(path), option(args, "source"), dryRun,
                    user == null ? "command line" : user);
        } catch (IOException e) {
            out.println("the file could not be read: " + e.getMessage());
            return 1;
        }
        print(summary, dryRun, out);
        return summary.refused() ? 1 : 0;
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    static void print(ImportSummary s, boolean dryRun, PrintStream out) {
        out.printf("%s %s (%s)%n", dryRun ? "Preview of" : "Import of", s.label(), s.format());
        if (s.checksum() != null) {
            out.println("checksum: sha256 " + s.checksum());
        }
        out.printf("read %d, added %d, changed %d, unchanged %d%n", s.read(), s.added(), s.changed(), s.unchanged());
        s.skipped().forEach((reason, count) -> out.printf("skipped %d: %s%n", count, reason));
        for (ImportSummary.Change c : s.changes()) {
            out.printf("change %s %s %s: %s -> %s%n", c.indicator(), c.areaCode(), c.period(),
                    c.oldValue() != null ? c.oldValue().toPlainString() : c.oldMissing() == null ? "-" : c.oldMissing(),
                    c.newValue() != null ? c.newValue().toPlainString() : c.newMissing());
        }
        for (ImportProblem p : s.problems()) {
            out.println("problem: " + p);
        }
        if (s.refused()) {
            out.printf("REFUSED: %d problem(s); nothing was written%n", s.problemCount());
        } else if (s.added() + s.changed() == 0) {
            out.println("nothing to import: identical to what is stored");
        } else if (dryRun) {
            out.println("dry run: nothing was written");
        } else {
            out.printf("imported as release %d%n", s.releaseId());
        }
    }
}
