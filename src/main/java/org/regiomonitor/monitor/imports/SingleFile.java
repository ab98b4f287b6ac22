package org.regiomonitor.monitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** One uploaded or named file, opened from its source each time a reader asks (so it streams). */
public record SingleFile(String name, Source source) implements ImportFiles {

    /** Where the bytes come from: an upload's stream, a file on disk. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public static SingleFile of(Path file) {
        return new SingleFile(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    public static SingleFile of(String name, byte[] bytes) {
        return new SingleFile(name, () -> new ByteArrayInputStream(bytes));
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public List<String> names() {
        return List.of(name);
    }

    @Override
    public InputStream open(String requested) throws IOException {
        if (!name.equals(requested)) {
            throw new NoSuchFileException(requested);
        }
        return source.open();
    }
}
