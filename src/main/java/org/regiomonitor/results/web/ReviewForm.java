package org.regiomonitor.results.web;

import org.regiomonitor.results.internal.ReviewInput;

/** A review step from the results page or the review queue: the version shown and a comment. */
public class ReviewForm {

    private String comment;
    private Integer version;
    private String from;

    /** "review": the form is on the review queue, which is where the manager goes back to (and sees errors). */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    boolean fromQueue() {
        return "review".equals(from);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    ReviewInput toInput() {
        return new ReviewInput(comment, version);
    }
}
