package org.regiomonitor.shared;

/** Someone else saved the record after the editor loaded it; the edit is refused (optimistic locking). */
public class StaleEditException extends RuntimeException {

    private final String entity;
    private final long id;

    public StaleEditException(String entity, long id) {
        super(entity + " " + id + " was changed by someone else after you opened it; reload and apply your change again.");
        this.entity = entity;
        this.id = id;
    }

    /**
     * Refuses the edit when a versioned update or delete ({@code ... where id = ? and version = ?})
     * changed no row: someone else saved the record meanwhile (or removed it).
     */
    public static void unlessChanged(int rows, String entity, long id) {
        if (rows == 0) {
            throw new StaleEditException(entity, id);
        }
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
