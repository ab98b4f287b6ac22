package org.regiomonitor.shared.web;

/**
 * The fields every form of an editable, sourced record carries: where the record comes from (a row of
 * the {@code source} table plus the place in it) and the version the editor loaded, so that saving
 * can refuse a stale edit. Forms that validate the locator override {@link #getSourceLocator()} with
 * their constraint.
 */
public abstract class SourcedForm {

    private Long sourceId;
    private String sourceLocator;
    private Integer version;

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getSourceLocator() {
        return sourceLocator;
    }

    public void setSourceLocator(String sourceLocator) {
        this.sourceLocator = sourceLocator;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** Fills the source and version fields from a stored record (for editing). */
    protected void loadSource(Long sourceId, String sourceLocator, Integer version) {
        this.sourceId = sourceId;
        this.sourceLocator = sourceLocator;
        this.version = version;
    }
}
