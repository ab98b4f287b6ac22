package org.regiomonitor.security;

import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;

import java.util.UUID;
import org.jooq.DSLContext;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data with unique names, so tests never collide with each other or with reference data. */
public final class SecurityFixtures {

    private SecurityFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static long programme(DSLContext dsl) {
        String code = unique("SEC-PRG-");
        return dsl.insertInto(PROGRAMME)
                .set(PROGRAMME.CODE, code)
                .set(PROGRAMME.NAME, "Programme " + code)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING)
                .returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
    }

    public static long project(DSLContext dsl, long... programmeIds) {
        long id = dsl.insertInto(PROJECT)
                .set(PROJECT.TITLE, unique("Project "))
                .set(PROJECT.STATUS, ProjectStatus.RUNNING)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        for (long p : programmeIds) {
            dsl.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID)
                    .values(id, p).execute();
        }
        return id;
    }

    /** The user's current version, for an edit form or PUT. */
    public static int version(DSLContext dsl, long userId) {
        return dsl.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1();
    }

    public static String passwordHash(DSLContext dsl, long userId) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1();
    }

    /** A request from another client address (MockMvc's default is 127.0.0.1). */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
