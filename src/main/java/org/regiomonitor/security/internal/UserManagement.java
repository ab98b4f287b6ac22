package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;
import static org.regiomonitor.shared.Text.blankToNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.security.AssignableWork;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.internal.UserViews.Created;
import org.regiomonitor.security.internal.UserViews.NewUser;
import org.regiomonitor.security.internal.UserViews.UserChange;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with users, for the pages and the API alike. Every method validates all
 * input first and writes nothing when anything is invalid; every change is audited. Rights end when
 * they are taken away: a change of role, assignments or the enabled flag, and a password reset, end
 * the user's sessions on every instance in the same transaction.
 */
@Service
public class UserManagement {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+");
    /** Lower-case, so that "Admin" and "admin" cannot be two different people. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");

    /** The entity name of users in the audit trail (the table's, as the database trigger writes it). */
    static final String ENTITY = "app_user";

    private final DSLContext dsl;
    private final InputRules rules;
    private final Clock clock;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final UserSessions sessions;

    private final AssignableWork work;

    UserManagement(DSLContext dsl, PasswordEncoder passwordEncoder, AuditLog audit, UserSessions sessions,
            AssignableWork work, Clock clock, InputRules rules) {
        this.dsl = dsl;
        this.rules = rules;
        this.clock = clock;
        this.work = work;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    public Created create(NewUser in, String actor) {
        List<Violation> violations = new ArrayList<>();
        String username = in.username() == null ? "" : Text.strip(in.username());
        if (username.isEmpty()) {
            violations.add(new Violation("username", "security.user.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "security.user.username.invalid", 3, USERNAME_MAX));
        } else if (usernameTaken(username)) {
            violations.add(new Violation("username", "security.user.username.taken"));
        }
        checkDisplayName(in.displayName(), violations);
        checkEmail(in.email(), violations);
        if (!in.generatePassword()) {
            Passwords.check("password", in.password(), username).ifPresent(violations::add);
        }
        checkRoleAndAssignments(in.role(), in.programmeIds(), in.projectIds(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String password = in.generatePassword() ? Passwords.generate() : in.password();
        // a concurrent save of the same username is refused by the unique index (shared.UniqueViolations)
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, blankToNull(in.displayName()))
                .set(APP_USER.EMAIL, email(in.email()))
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .set(APP_USER.ROLE, in.role())
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        replaceAssignments(id, in.programmeIds(), in.projectIds());
        return new Created(id, in.generatePassword() ? password : null);
    }

    @Transactional
    public void update(long id, UserChange in, String actor) {
        var current = dsl.select(APP_USER.USERNAME, APP_USER.ROLE, APP_USER.ENABLED).from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional().orElseThrow(() -> new NotFoundException("user", id));
        InputRules.throwIfAny(rules.check(in)); // the rules below need enabled and version
        List<Violation> violations = new ArrayList<>();
        checkDisplayName(in.displayName(), violations);
        checkEmail(in.email(), violations);
        checkRoleAndAssignments(in.role(), in.programmeIds(), in.projectIds(), violations);
        boolean wasActiveAdmin = current.value2() == Role.ADMIN && current.value3();
        boolean staysActiveAdmin = in.role() == Role.ADMIN && in.enabled();
        if (wasActiveAdmin && !staysActiveAdmin && !otherActiveAdminExists(id)) {
            violations.add(new Violation(in.enabled() ? "role" : "enabled", "security.user.lastAdmin"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Set<Long> programmesBefore = new TreeSet<>(dsl.select(USER_PROGRAMME.PROGRAMME_ID).from(USER_PROGRAMME)
                .where(USER_PROGRAMME.USER_ID.eq(id)).fetch(USER_PROGRAMME.PROGRAMME_ID));
        Set<Long> projectsBefore = new TreeSet<>(dsl.select(USER_PROJECT.PROJECT_ID).from(USER_PROJECT)
                .where(USER_PROJECT.USER_ID.eq(id)).fetch(USER_PROJECT.PROJECT_ID));
        int updated = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, blankToNull(in.displayName()))
                .set(APP_USER.EMAIL, email(in.email()))
                .set(APP_USER.ROLE, in.role())
                .set(APP_USER.ENABLED, in.enabled())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).and(APP_USER.VERSION.eq(in.version()))
                .execute();
        StaleEditException.unlessChanged(updated, "user", id);
        replaceAssignments(id, in.programmeIds(), in.projectIds());

        String username = current.value1();
        boolean roleChanged = in.role() != current.value2();
        boolean assignmentsChanged = !programmesBefore.equals(new TreeSet<>(in.programmeIds()))
                || !projectsBefore.equals(new TreeSet<>(in.projectIds()));
        boolean enabledChanged = in.enabled().booleanValue() != current.value3();
        if (roleChanged) {
            audit.record(actor, AuditAction.ROLE_CHANGED, ENTITY, id,
                    Map.of("username", username, "before", current.value2().name(), "after", in.role().name()));
        }
        if (assignmentsChanged) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("username", username);
            detail.put("programmesBefore", programmesBefore);
            detail.put("programmesAfter", new TreeSet<>(in.programmeIds()));
            detail.put("projectsBefore", projectsBefore);
            detail.put("projectsAfter", new TreeSet<>(in.projectIds()));
            audit.record(actor, AuditAction.ASSIGNMENTS_CHANGED, ENTITY, id, detail);
        }
        if (roleChanged || assignmentsChanged || enabledChanged) {
            // The sessions hold the role they logged in with; end them so the new rights apply at once.
            endSessions(id, username, roleChanged ? "role changed" : enabledChanged ? "enabled changed"
                    : "assignments changed", actor);
        }
    }

    /**
     * Sets a new password chosen by the administrator, or generates one ({@code newPassword} null), and
     * ends the user's sessions; the user's API tokens are revoked unless {@code keepTokens}.
     * Returns the generated password (to show once), or null.
     */
    @Transactional
    public String resetPassword(long id, String newPassword, boolean generate, boolean keepTokens, String actor) {
        String username = username(id);
        if (!generate) {
            Passwords.check("password", newPassword, username).ifPresent(v -> {
                throw new InvalidInputException(List.of(v));
            });
        }
        String password = generate ? Passwords.generate() : newPassword;
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .where(APP_USER.ID.eq(id)).execute();
        int revoked = 0;
        if (!keepTokens) {
            revoked = dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, clock.instant())
                    .where(API_TOKEN.USER_ID.eq(id)).and(API_TOKEN.REVOKED_AT.isNull()).execute();
        }
        audit.record(actor, AuditAction.PASSWORD_CHANGED, ENTITY, id, Map.of("username", username,
                "by", "administrator", "generated", generate, "tokensKept", keepTokens));
        if (revoked > 0) {
            audit.record(actor, AuditAction.TOKEN_REVOKED, ENTITY, id,
                    Map.of("username", username, "tokens", revoked, "reason", "password reset"));
        }
        endSessions(id, username, "password reset", actor);
        return generate ? password : null;
    }

    /** How many web sessions the user has open (on any instance). */
    @Transactional(readOnly = true)
    public int activeSessions(long id) {
        return sessions.active(username(id));
    }

    /** Logs the user out everywhere, e.g. for a lost laptop; returns how many sessions ended. */
    @Transactional
    public int endSessions(long id, String actor) {
        return endSessions(id, username(id), "ended by administrator", actor);
    }

    private String username(long id) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional(APP_USER.USERNAME).orElseThrow(() -> new NotFoundException("user", id));
    }

    private int endSessions(long id, String username, String reason, String actor) {
        int ended = sessions.endAll(username);
        if (ended > 0) {
            audit.record(actor, AuditAction.SESSIONS_ENDED, ENTITY, id,
                    Map.of("username", username, "sessions", ended, "reason", reason));
        }
        return ended;
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

    /** The address as stored: stripped, blank is none. */
    private static String email(String email) {
        return blankToNull(email == null ? null : Text.strip(email));
    }

    /** Optional; one address (local part, @, a domain with a dot), for the workflow's mails. */
    private static void checkEmail(String email, List<Violation> violations) {
        String e = email(email);
        if (e != null && (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches())) {
            violations.add(new Violation("email", "security.user.email.invalid", EMAIL_MAX));
        }
    }

    private static void checkDisplayName(String displayName, List<Violation> violations) {
        if (displayName != null && Text.strip(displayName).length() > DISPLAY_NAME_MAX) {
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
