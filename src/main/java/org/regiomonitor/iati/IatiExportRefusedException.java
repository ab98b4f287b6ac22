package org.regiomonitor.iati;

import java.util.List;

/**
 * The file cannot be written, and why: the reporting organisation is not configured (which settings to set), or
 * nothing in the request can be published as an IATI activity (the reasons). Pages and the API answer with the
 * message {@link #messageCode()} and {@link #details()}, never a guessed file.
 */
public class IatiExportRefusedException extends RuntimeException {

    /** Why the file was refused, with the HTTP status it is answered with. */
    public enum Reason {
        /** Settings of the reporting organisation are unset: 503, the service is not set up yet. */
        NOT_CONFIGURED(503),
        /** No activity of the request can be written without inventing what IATI requires: 404. */
        NOTHING_TO_PUBLISH(404);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final List<String> details;

    public IatiExportRefusedException(Reason reason, List<String> details) {
        super(reason + ": " + details);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    /** The settings to set (NOT_CONFIGURED) or why each activity was left out (NOTHING_TO_PUBLISH). */
    public List<String> details() {
        return details;
    }

    /**
     * The message explaining the refusal, {@code iati.refused.<reason>} (with {@code .title} and {@code .text} for
     * a page); see {@link #messageArgs()}.
     */
    public String messageCode() {
        return "iati.refused." + reason.name();
    }

    /** The arguments of the message: the settings to set; none for NOTHING_TO_PUBLISH. */
    public Object[] messageArgs() {
        return reason == Reason.NOT_CONFIGURED ? new Object[] {String.join(", ", details)} : null;
    }
}
