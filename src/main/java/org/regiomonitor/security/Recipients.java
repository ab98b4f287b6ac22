package org.regiomonitor.security;

import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Who gets the mails about a project's work: its leads and the managers of its programmes, as far as they
 * are enabled and have an e-mail address (users without one get no mail).
 */
@Service
public class Recipients {

    /** A user to mail: the name to greet and the address. */
    public record Recipient(long userId, String name, String email) {
    }

    private final DSLContext dsl;
    private final AssignableWork work;

    Recipients(DSLContext dsl, AssignableWork work) {
        this.dsl = dsl;
        this.work = work;
    }

    /** The enabled leads of the project that have an e-mail address. */
    public List<Recipient> leadsOf(long projectId) {
        return of(APP_USER.ID.in(dsl.select(USER_PROJECT.USER_ID).from(USER_PROJECT)
                .where(USER_PROJECT.PROJECT_ID.eq(projectId))).and(APP_USER.ROLE.eq(Role.PROJECT_LEAD)));
    }

    /** The enabled managers of the project's programmes that have an e-mail address. */
    public List<Recipient> managersOf(long projectId) {
        return of(APP_USER.ID.in(dsl.select(USER_PROGRAMME.USER_ID).from(USER_PROGRAMME)
                .where(USER_PROGRAMME.PROGRAMME_ID.in(work.programmeIdsOf(projectId))))
                .and(APP_USER.ROLE.eq(Role.PROGRAMME_MANAGER)));
    }

    private List<Recipient> of(Condition who) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER)
                .where(who).and(APP_USER.ENABLED).and(APP_USER.EMAIL.isNotNull())
                .orderBy(APP_USER.ID)
                .fetch(r -> new Recipient(r.get(APP_USER.ID),
                        r.get(APP_USER.DISPLAY_NAME) != null ? r.get(APP_USER.DISPLAY_NAME) : r.get(APP_USER.USERNAME),
                        r.get(APP_USER.EMAIL)));
    }
}
