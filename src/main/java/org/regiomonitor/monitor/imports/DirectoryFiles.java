package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The regular files directly inside a directory (an OData v4 download given on the command line), in name
 * order; subdirectories are not read.
 */
public record DirectoryFiles(Path directory) implements ImportFiles {

    @Override
    public String label() {
        return directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
    }

    @Override
    public List<String> names() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent())) {
            throw new NoSuchFileException(name);
        }
        return Files.newInputStream(file);
    }
}
