package org.regiomonitor.shared;

/** The requested record does not exist, or the caller may not see it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
