package org.regiomonitor.monitor.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded zip, read as a stream (never unpacked to disk or memory). Folders inside the zip are
 * flattened to file names; names that climb out of the zip ({@code ../}, absolute paths: "zip slip") are
 * refused, and so are zips that inflate to more than {@link #MAX_BYTES} or hold more than {@link #MAX_ENTRIES}
 * entries (zip bombs): the first pass inflates every entry once, counting, and stops at the limit. Problems go
 * to the {@link ImportProblems} given to {@link #open}; a refused zip lists no files.
 */
public final class ZipFiles implements ImportFiles {

    public static final long MAX_BYTES = 1L << 30;
    public static final int MAX_ENTRIES = 1_000;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final String label;
    private final SingleFile.Source source;
    private final Map<String, Long> sizes = new LinkedHashMap<>();

    private ZipFiles(String label, SingleFile.Source source) {
        this.label = label;
        this.source = source;
    }

    /** Scans the zip with the default limits. */
    public static ZipFiles open(String label, SingleFile.Source source, ImportProblems problems) throws IOException {
        return open(label, source, problems, MAX_BYTES, MAX_ENTRIES);
    }

    public static ZipFiles open(String label, SingleFile.Source source, ImportProblems problems, long maxBytes,
            int maxEntries) throws IOException {
        ZipFiles zip = new ZipFiles(label, source);
        Locator at = Locator.file(label);
        long total = 0;
        int entries = 0;
        List<String> refused = new ArrayList<>();
        InputStream upload = source.open();
        try (ZipInputStream in = new ZipInputStream(upload)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (++entries > maxEntries) {
                    problems.add(at, "zip.tooManyEntries",
                            "The zip holds more than " + maxEntries + " entries; refused as a possible zip bomb",
                            String.valueOf(maxEntries));
                    zip.sizes.clear();
                    return zip;
                }
                String raw = entry.getName();
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0;) {
                    size += n;
                    if (total + size > maxBytes) {
                        problems.add(at.column(raw), "zip.tooLarge", "The zip inflates to more than " + maxBytes
                                + " bytes; refused as a possible zip bomb", String.valueOf(maxBytes));
                        zip.sizes.clear();
                        return zip;
                    }
                }
                total += size;
                if (entry.isDirectory() || raw.endsWith("/")) {
                    continue;
                }
                if (unsafe(raw)) {
                    problems.add(at.column(raw), "zip.unsafeName",
                            "The zip entry '" + raw + "' points outside the zip (zip slip); refused", raw);
                    refused.add(raw);
                    continue;
                }
                String name = raw.substring(raw.lastIndexOf('/') + 1);
                if (name.startsWith(".") || raw.startsWith("__MACOSX/")) {
                    continue;
                }
                if (zip.sizes.putIfAbsent(name, size) != null) {
                    problems.add(at.column(raw), "zip.duplicateName", "The zip holds two files named '" + name
                            + "' (folders are flattened); keep one", name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the upload is open, so a failure now is its content: a cut-off or corrupt zip, or an entry name that
            // is not valid in the zip's character set (IllegalArgumentException)
            problems.add(at, "zip.unreadable", "The file is not a readable zip: " + e.getMessage(),
                    String.valueOf(e.getMessage()));
            zip.sizes.clear();
        }
        if (!refused.isEmpty()) {
            zip.sizes.clear();
        }
        return zip;
    }

    private static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches() || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> names() {
        return List.copyOf(sizes.keySet());
    }

    @Override
    public InputStream open(String name) throws IOException {
        Long size = sizes.get(name);
        if (size == null) {
            throw new NoSuchFileException(name);
        }
        ZipInputStream in = new ZipInputStream(source.open());
        try {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String raw = entry.getName();
                if (!entry.isDirectory() && raw.substring(raw.lastIndexOf('/') + 1).equals(name)) {
                    return new Limited(in, size);
                }
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        in.close();
        throw new NoSuchFileException(name);
    }

    /** An entry's stream that ends where the first pass counted its end (the source must not grow). */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long size) {
            super(in);
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
