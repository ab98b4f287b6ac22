package org.regiomonitor.referencedata.internal;

import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.shared.StoredRecords;

/** A {@link SourceCatalog} with a small cap, so that a test passes the cap with a few rows. */
public final class CappedSourceCatalog {

    private CappedSourceCatalog() {
    }

    public static SourceCatalog of(DSLContext dsl, List<StoredRecords> features, int cap) {
        return new SourceCatalog(dsl, features, cap);
    }
}
