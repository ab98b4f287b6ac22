package org.regiomonitor.results.web;

import org.regiomonitor.results.internal.ReviewInput;

/** A review step from the results page: the version shown and an optional comment. */
public class ReviewForm {

    private String comment;
    private Integer version;

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
