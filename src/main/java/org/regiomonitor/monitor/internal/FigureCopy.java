package org.regiomonitor.monitor.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Figures streamed with PostgreSQL's COPY (text format) into the import stage or straight into
 * {@code observation}. While it is active the connection serves nothing else.
 */
final class FigureCopy implements AutoCloseable {

    /** The columns every target takes, in this order; {@code observation} takes the release after them. */
    static final String COLUMNS = "indicator_id, area_id, period, period_start, value, missing, provisional, note";

    /** COPY is sent in chunks of this many bytes. */
    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final String releaseColumn;
    private final StringBuilder buffer = new StringBuilder(BUFFER + 256);
    private long rows;

    private FigureCopy(CopyIn copy, Long releaseId) {
        this.copy = copy;
        this.releaseColumn = releaseId == null ? "\n" : "\t" + releaseId + "\n";
    }

    /** Starts a COPY into {@code table}; with a release, its id fills the table's {@code release_id}. */
    static FigureCopy start(DSLContext dsl, String table, Long releaseId) {
        String sql = "copy " + table + " (" + COLUMNS + (releaseId == null ? "" : ", release_id") + ") from stdin";
        CopyIn copy = dsl.connectionResult(c -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed to start", e);
            }
        });
        return new FigureCopy(copy, releaseId);
    }

    /** Adds one row (the missing reason and note are cleaned of tabs, newlines and backslashes). */
    void add(long indicatorId, long areaId, String period, LocalDate periodStart, BigDecimal value, String missing,
            boolean provisional, String note) {
        buffer.append(indicatorId).append('\t').append(areaId).append('\t').append(period).append('\t')
                .append(periodStart).append('\t').append(value == null ? "\\N" : value.toPlainString()).append('\t')
                .append(text(missing)).append('\t')
                .append(provisional ? 't' : 'f').append('\t').append(text(note)).append(releaseColumn);
        rows++;
        if (buffer.length() >= BUFFER) {
            flush();
        }
    }

    /** A text in COPY's text format: \N for null; tabs, line breaks and backslashes become spaces. */
    private static String text(String s) {
        return s == null ? "\\N" : s.replaceAll("[\\t\\r\\n\\\\]", " ");
    }

    long rows() {
        return rows;
    }

    boolean active() {
        return copy.isActive();
    }

    /** Ends the COPY (the table's statement triggers run now); afterwards the connection is free again. */
    void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the figures failed: " + e.getMessage(), e);
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the figures failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the transaction is rolled back anyway
            }
        }
    }
}
