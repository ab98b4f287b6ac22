package org.regiomonitor.shared.web;

/** A {@link SourcedForm} of a record that is hidden from anonymous visitors until published. */
public abstract class PublishableForm extends SourcedForm {

    private boolean published;

    protected PublishableForm(boolean publishedByDefault) {
        this.published = publishedByDefault;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
