package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The files of one import, opened by name as streams: one uploaded file, the entries of an uploaded zip, or
 * a directory given on the command line (an OData v4 download is a set of JSON files). Implementations read
 * lazily so that large files stream.
 */
public interface ImportFiles {

    /** A label for messages (the upload's name or the directory). */
    String label();

    /** The file names, in a stable order. */
    List<String> names();

    /** Opens a file by name; the caller closes it. */
    InputStream open(String name) throws IOException;
}
