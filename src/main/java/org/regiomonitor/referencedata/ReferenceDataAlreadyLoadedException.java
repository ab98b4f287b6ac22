package org.regiomonitor.referencedata;

/** Loading was refused because the dataset (or part of it) is already in the database; nothing was written. */
public class ReferenceDataAlreadyLoadedException extends RuntimeException {

    public ReferenceDataAlreadyLoadedException(String message) {
        super(message);
    }
}
