package org.regiomonitor.monitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The real files the readers are tested against, and imports built in memory from them. */
final class ImportTestFiles {

    /**
     * The open data of the reference region (SOURCES.md there). Not copied into the repository: the tests fail, not
     * skip, when it is absent; point {@code -Dregiomonitor.shared-data=...} at a copy elsewhere.
     */
    static final Path SHARED = Path.of(System.getProperty("regiomonitor.shared-data", "/work/shared/data"));

    private ImportTestFiles() {
    }

    static Path shared(String relative) {
        Path path = SHARED.resolve(relative);
        assertThat(path).as("shared data (set -Dregiomonitor.shared-data)").exists();
        return path;
    }

    /** An import held in memory: file name to bytes, in insertion order. */
    record InMemoryFiles(String label, Map<String, byte[]> files) implements ImportFiles {

        @Override
        public List<String> names() {
            return List.copyOf(files.keySet());
        }

        @Override
        public InputStream open(String name) throws IOException {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                throw new NoSuchFileException(name);
            }
            return new ByteArrayInputStream(bytes);
        }
    }

    /** Every file of a shared-data directory, in memory, so that a test can change or drop one. */
    static Map<String, byte[]> directory(String relative) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(shared(relative))) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** What a reader gave: the figures and the problems. */
    record Result(List<RawObservation> observations, ImportProblems problems) {

        List<ImportProblem> problemList() {
            return problems.list();
        }
    }

    static Result read(ObservationReader reader, ImportFiles files) {
        List<RawObservation> observations = new ArrayList<>();
        ImportProblems problems = new ImportProblems();
        try {
            reader.read(files, observations::add, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(observations, problems);
    }

    static Result read(ObservationReader reader, String name, String content) {
        return read(reader, SingleFile.of(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
