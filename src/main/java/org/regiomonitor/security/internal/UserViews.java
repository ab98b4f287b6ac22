package org.regiomonitor.security.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.regiomonitor.security.Role;

/** The shapes in which users are read and written by the administrator's pages and the API. */
public final class UserViews {

    private UserViews() {
    }

    /** One row of the user list. */
    public record UserSummary(long id, String username, String displayName, Role role, boolean enabled,
            int programmeCount, int projectCount, Instant createdAt) {
    }

    /** One user with the ids of their assignments. Never carries the password hash. */
    public record UserDetail(long id, String username, String displayName, String email, Role role, boolean enabled, int version,
            Instant createdAt, List<Long> programmeIds, List<Long> projectIds) {
    }

    /** An option of a multi-select: a programme or a project. */
    public record Choice(long id, String label) {
    }

    /**
     * A new user. With {@code generatePassword} the password is generated (and {@code password} ignored).
     * Programmes are for programme managers, projects for project leads.
     */
    public record NewUser(String username, String displayName, String email, Role role, String password, boolean generatePassword,
            Set<Long> programmeIds, Set<Long> projectIds) {

        public NewUser {
            programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
            projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
        }

        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    /** A change of an existing user, made on the state read at {@code version}. */
    public record UserChange(String displayName, String email, Role role,
            @NotNull(message = "{security.user.enabled.required}") Boolean enabled, Set<Long> programmeIds,
            Set<Long> projectIds, @NotNull(message = "{security.user.version.required}") Integer version) {

        public UserChange {
            programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
            projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
        }
    }

    /** A user just created; {@code generatedPassword} is set only when it was generated, to show once. */
    public record Created(long id, String generatedPassword) {
        @Override
        public String toString() {
            return "Created[" + id + "]";
        }
    }

    /** The caller of {@code /api/me}. */
    public record Me(long id, String username, String displayName, Role role, List<Long> programmeIds,
            List<Long> projectIds) {
    }

    /** One personal API token, as its owner sees it (never the token itself), read at {@code now}. */
    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
            Instant revokedAt, Instant now) {

        public boolean revoked() {
            return revokedAt != null;
        }

        public boolean expired() {
            return expiresAt != null && !expiresAt.isAfter(now);
        }

        public boolean active() {
            return !revoked() && !expired();
        }
    }
}
