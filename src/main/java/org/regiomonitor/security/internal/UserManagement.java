package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;
import static org.regiomonitor.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.security.AssignableWork;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.internal.UserViews.Created;
import org.regiomonitor.security.internal.UserViews.NewUser;
import org.regiomonitor.security.internal.UserViews.UserChange;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with users, for the pages and the API alike. Every method validates all
 * input first and writes nothing when anything is invalid; every change is audited.
 */
@Service
public class UserManagement {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    /** Lower-case, so that "Admin" and "admin" cannot be two different people. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");
    static final String ENTITY = "app_user";

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    private final AssignableWork work;

    UserManagement(DSLContext dsl, PasswordEncoder passwordEncoder, AuditLog audit, AssignableWork work) {
        this.dsl = dsl;
        this.work = work;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional
    public Created create(NewUser in, String actor) {
        List<Violation> violations = new ArrayList<>();
        String username = in.username() == null ? "" : in.username().strip();
        if (username.isEmpty()) {
            violations.add(new Violation("username", "security.user.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "security.user.username.invalid", 3, USERNAME_MAX));
        } else if (usernameTaken(username)) {
            violations.add(new Violation("username", "security.user.username.taken"));
        }
        checkDisplayName(in.displayName(), violations);
        if (!in.generatePassword()) {
            Passwords.check("password", in.password()).ifPresent(violations::add);
        }
        checkRoleAndAssignments(in.role(), in.programmeIds(), in.projectIds(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String password = in.generatePassword() ? Passwords.generate() : in.password();
        long id;
        try {
            id = dsl.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.DISPLAY_NAME, blankToNull(in.displayName()))
                    .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                    .set(APP_USER.ROLE, in.role())
                    .returning(APP_USER.ID)
                    .fetchSingle(APP_USER.ID);
        } catch (DuplicateKeyException e) {
            // Someone created the same username between our check and the insert.
            throw InvalidInputException.of("username", "security.user.username.taken");
        }
        replaceAssignments(id, in.programmeIds(), in.projectIds());
        audit.record(actor, "user.create", ENTITY, id, "username=" + username + ", role=" + in.role()
                + ", programmes=" + new TreeSet<>(in.programmeIds()) + ", projects=" + new TreeSet<>(in.projectIds()));
        return new Created(id, in.generatePassword() ? password : null);
    }

    @Transactional
    public void update(long id, UserChange in, String actor) {
        var current = dsl.select(APP_USER.ROLE, APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional().orElseThrow(() -> new NotFoundException("user", id));
        List<Violation> violations = new ArrayList<>();
        checkDisplayName(in.displayName(), violations);
        checkRoleAndAssignments(in.role(), in.programmeIds(), in.projectIds(), violations);
        boolean wasActiveAdmin = current.value1() == Role.ADMIN && current.value2();
        boolean staysActiveAdmin = in.role() == Role.ADMIN && in.enabled();
        if (wasActiveAdmin && !staysActiveAdmin && !otherActiveAdminExists(id)) {
            violations.add(new Violation(in.enabled() ? "role" : "enabled", "security.user.lastAdmin"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int updated = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, blankToNull(in.displayName()))
                .set(APP_USER.ROLE, in.role())
                .set(APP_USER.ENABLED, in.enabled())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).and(APP_USER.VERSION.eq(in.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "user", id);
        replaceAssignments(id, in.programmeIds(), in.projectIds());
        audit.record(actor, "user.update", ENTITY, id, "role=" + in.role() + ", enabled=" + in.enabled()
                + ", programmes=" + new TreeSet<>(in.programmeIds()) + ", projects=" + new TreeSet<>(in.projectIds()));
    }

    /**
     * Sets a new password chosen by the administrator, or generates one ({@code newPassword} null).
     * Returns the generated password (to show once), or null.
     */
    @Transactional
    public String resetPassword(long id, String newPassword, boolean generate, String actor) {
        if (!generate) {
            Passwords.check("password", newPassword).ifPresent(v -> {
                throw new InvalidInputException(List.of(v));
            });
        }
        String password = generate ? Passwords.generate() : newPassword;
        int updated = dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .where(APP_USER.ID.eq(id)).execute();
        if (updated == 0) {
            throw new NotFoundException("user", id);
        }
        audit.record(actor, "user.resetPassword", ENTITY, id, generate ? "generated" : "set by administrator");
        return generate ? password : null;
    }

    private boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase()));
    }

    /** Locks the other active administrators, so two administrators cannot demote each other at once. */
    private boolean otherActiveAdminExists(long id) {
        return !dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROLE.eq(Role.ADMIN)).and(APP_USER.ENABLED.isTrue()).and(APP_USER.ID.ne(id))
                .forUpdate().fetch().isEmpty();
    }

    private static void checkDisplayName(String displayName, List<Violation> violations) {
        if (displayName != null && displayName.strip().length() > DISPLAY_NAME_MAX) {
            violations.add(new Violation("displayName", "security.user.displayName.tooLong", DISPLAY_NAME_MAX));
        }
    }

    /** Programmes only for programme managers, projects only for project leads; all must exist. */
    private void checkRoleAndAssignments(Role role, Set<Long> programmeIds, Set<Long> projectIds,
            List<Violation> violations) {
        if (role == null) {
            violations.add(new Violation("role", "security.user.role.required"));
        }
        if (!programmeIds.isEmpty()) {
            if (role != Role.PROGRAMME_MANAGER) {
                violations.add(new Violation("programmeIds", "security.user.programmes.onlyForManager"));
            } else if (work.countProgrammes(programmeIds) != programmeIds.size()) {
                violations.add(new Violation("programmeIds", "security.user.programmes.unknown"));
            }
        }
        if (!projectIds.isEmpty()) {
            if (role != Role.PROJECT_LEAD) {
                violations.add(new Violation("projectIds", "security.user.projects.onlyForLead"));
            } else if (work.countProjects(projectIds) != projectIds.size()) {
                violations.add(new Violation("projectIds", "security.user.projects.unknown"));
            }
        }
    }

    private void replaceAssignments(long userId, Set<Long> programmeIds, Set<Long> projectIds) {
        dsl.deleteFrom(USER_PROGRAMME).where(USER_PROGRAMME.USER_ID.eq(userId))
                .and(USER_PROGRAMME.PROGRAMME_ID.notIn(programmeIds)).execute();
        if (!programmeIds.isEmpty()) {
            var insert = dsl.insertInto(USER_PROGRAMME, USER_PROGRAMME.USER_ID, USER_PROGRAMME.PROGRAMME_ID);
            programmeIds.forEach(p -> insert.values(userId, p));
            insert.onConflictDoNothing().execute();
        }
        dsl.deleteFrom(USER_PROJECT).where(USER_PROJECT.USER_ID.eq(userId))
                .and(USER_PROJECT.PROJECT_ID.notIn(projectIds)).execute();
        if (!projectIds.isEmpty()) {
            var insert = dsl.insertInto(USER_PROJECT, USER_PROJECT.USER_ID, USER_PROJECT.PROJECT_ID);
            projectIds.forEach(p -> insert.values(userId, p));
            insert.onConflictDoNothing().execute();
        }
    }
}
