package org.regiomonitor.report;

import java.time.Instant;
import java.util.List;
import org.regiomonitor.report.internal.ReportSnapshots;
import org.springframework.stereotype.Service;

/**
 * The published reports (snapshots) for other features: the open-data catalogue lists them. A snapshot is public from
 * the moment it is published, as its page and file are; its bytes stay with the report feature.
 */
@Service
public class PublishedReports {

    /** A published report without its bytes: its page is {@code /reports/snapshots/{id}}, its file that plus /file. */
    public record PublishedReport(long id, String title, String language, String fileName, String mediaType,
            String sha256, Instant generatedAt) {
    }

    private final ReportSnapshots snapshots;

    PublishedReports(ReportSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** All published reports, newest first. One query. */
    public List<PublishedReport> all() {
        return snapshots.all().stream().map(s -> new PublishedReport(s.id(), s.title(), s.language(), s.fileName(),
                s.mediaType(), s.sha256(), s.generatedAt())).toList();
    }
}
