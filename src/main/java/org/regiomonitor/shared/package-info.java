/**
 * Small building blocks every feature uses: sources of figures, money formatting, paging,
 * error types that both the web pages and the API turn into clear messages, full-text search on one table.
 * Owns {@code source}, the shared kernel every feature may read and join (figures cite their sources), and
 * {@code scheduled_run}, through which {@link org.regiomonitor.shared.ScheduledRuns} runs a scheduled job once
 * across instances, and {@code table_row_count}, the stored row counts of {@link org.regiomonitor.shared.StoredRecords}
 * ({@link org.regiomonitor.shared.StoredRowCounts}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Source.class,
        org.regiomonitor.db.tables.ScheduledRun.class,
        org.regiomonitor.db.tables.TableRowCount.class})
package org.regiomonitor.shared;
