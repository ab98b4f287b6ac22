package org.regiomonitor.shared;

/**
 * The requested record does not exist, or the caller may not see it. The one way every feature says "not
 * found": pages answer with the 404 page naming {@link #entity()} in the user's language (message
 * {@code error.notFound.<entity>}, spaces as dashes), the API with a 404 problem detail.
 */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final transient Object id;

    /** @param entity what was asked for, in English ("programme", "budget line"), @param id how it was asked for */
    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }

    /** The message code naming what was not found, e.g. {@code error.notFound.budget-line}. */
    public String messageCode() {
        return "error.notFound." + entity.replace(' ', '-');
    }
}
