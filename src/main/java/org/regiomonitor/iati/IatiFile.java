package org.regiomonitor.iati;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.regiomonitor.iati.internal.ActivitiesXml;
import org.regiomonitor.iati.internal.Activity;
import org.regiomonitor.iati.internal.ReportingOrganisation;

/**
 * An IATI activities file, ready to be written: the data is read and checked, so writing cannot be refused any more
 * (a response can start). {@link #fileName()} is what a download is called.
 */
public final class IatiFile {

    private final ReportingOrganisation reporter;
    private final List<Activity> activities;
    private final List<String> leftOut;
    private final OffsetDateTime generated;
    private final String fileName;

    IatiFile(ReportingOrganisation reporter, List<Activity> activities, List<String> leftOut, OffsetDateTime generated,
            String fileName) {
        this.reporter = reporter;
        this.activities = List.copyOf(activities);
        this.leftOut = List.copyOf(leftOut);
        this.generated = generated;
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The number of activities in the file. */
    public int activityCount() {
        return activities.size();
    }

    /** Streams the XML (UTF-8) to {@code out}; does not close it. */
    public void writeTo(OutputStream out) {
        ActivitiesXml.write(out, reporter, activities, leftOut, generated);
    }
}
