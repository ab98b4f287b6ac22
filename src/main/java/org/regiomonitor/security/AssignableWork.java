package org.regiomonitor.security;

import java.util.Collection;
import java.util.List;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * The programmes and projects users are assigned to. The portfolio owns those tables and implements this;
 * security cannot call the portfolio (the portfolio asks {@link AccessPolicy}), so it depends on this
 * interface instead.
 */
public interface AssignableWork {

    /** A programme or project as a choice: its id and name (title). */
    record Item(long id, String name) {
    }

    /** All programmes by name. */
    List<Item> programmes();

    /** How many of the ids are existing programmes. */
    int countProgrammes(Collection<Long> ids);

    /** How many of the ids are existing projects. */
    int countProjects(Collection<Long> ids);

    /** The ids of the programmes a project belongs to, for use in the policy's own queries. */
    Select<Record1<Long>> programmeIdsOf(long projectId);
}
