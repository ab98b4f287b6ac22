package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads one import format as a stream: every figure goes to the sink as it is read (never the whole file in
 * memory); every problem goes to {@code problems} and reading continues where it can. A reader never writes
 * to the database and never throws for bad content: malformed input (truncated JSON, a wrong header, a
 * non-numeric value) becomes a problem with its location. {@link IOException} is only for a failing disk.
 */
public interface ObservationReader {

    /** The format this reader understands. */
    ImportFormat format();

    void read(ImportFiles files, Consumer<RawObservation> sink, ImportProblems problems) throws IOException;
}
