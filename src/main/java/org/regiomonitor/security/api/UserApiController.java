package org.regiomonitor.security.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.security.internal.UserDirectory;
import org.regiomonitor.security.internal.UserDirectory.UserSort;
import org.regiomonitor.security.internal.UserManagement;
import org.regiomonitor.security.internal.UserViews.Me;
import org.regiomonitor.security.internal.UserViews.NewUser;
import org.regiomonitor.security.internal.UserViews.UserChange;
import org.regiomonitor.security.internal.UserViews.UserDetail;
import org.regiomonitor.security.internal.UserViews.UserSummary;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users over the API: {@code /api/users} for administrators (the filter chain admits only them;
 * each method checks again) and {@code /api/me} for any authenticated caller. Password hashes never
 * appear in any response.
 */
@RestController
@RequestMapping("/api")
class UserApiController {

    /** One user with assignment ids; {@code version} goes back in PUT. */
    record UserJson(long id, String username, String displayName, String email, Role role, boolean enabled, int version,
            Instant createdAt, List<Long> programmeIds, List<Long> projectIds) {

        static UserJson of(UserDetail u) {
            return new UserJson(u.id(), u.username(), u.displayName(), u.email(), u.role(), u.enabled(), u.version(),
                    u.createdAt(), u.programmeIds(), u.projectIds());
        }
    }

    /** Body of POST /api/users: either a password or {@code generatePassword: true}. */
    record CreateUserRequest(String username, String displayName, String email, Role role, String password,
            Boolean generatePassword, Set<Long> programmeIds, Set<Long> projectIds) {

        @Override
        public String toString() {
            return "CreateUserRequest[" + username + "]";
        }
    }

    /** The created user, and the generated password when one was asked for (shown only in this response). */
    record CreatedUserJson(UserJson user, @JsonInclude(JsonInclude.Include.NON_NULL) String generatedPassword) {
    }

    /** Body of PUT /api/users/{id}. */
    record UpdateUserRequest(String displayName, String email, Role role, Boolean enabled, Set<Long> programmeIds,
            Set<Long> projectIds, Integer version) {
    }

    /**
     * Body of POST /api/users/{id}/password: a new password, or {@code generate: true}. The user's
     * sessions end; their API tokens are revoked unless {@code keepTokens: true}.
     */
    record PasswordResetRequest(String password, Boolean generate, Boolean keepTokens) {

        @Override
        public String toString() {
            return "PasswordResetRequest";
        }
    }

    record PasswordResetJson(@JsonInclude(JsonInclude.Include.NON_NULL) String generatedPassword) {
    }

    private final UserDirectory directory;
    private final UserManagement management;
    private final AccessPolicy policy;

    UserApiController(UserDirectory directory, UserManagement management, AccessPolicy policy) {
        this.directory = directory;
        this.management = management;
        this.policy = policy;
    }

    /** The caller: who they are, their role and the programmes and projects assigned to them. */
    @GetMapping("/me")
    Me me(Authentication auth) {
        UserPrincipal me = UserPrincipal.of(auth)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("log in first"));
        return directory.me(me.id()).orElseThrow(() -> new NotFoundException("user", me.id()));
    }

    @GetMapping("/users")
    PageResult<UserSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth) {
        requireAdmin(auth);
        ListParams<UserSort> params = ListParams.read(page, size, sort, dir, UserSort.USERNAME);
        return directory.list(q, role, params.sort(), params.descending(), params.page(), params.size());
    }

    @GetMapping("/users/{id}")
    UserJson detail(@PathVariable long id, Authentication auth) {
        requireAdmin(auth);
        return UserJson.of(load(id));
    }

    @PostMapping("/users")
    ResponseEntity<CreatedUserJson> create(@RequestBody CreateUserRequest body, Authentication auth) {
        requireAdmin(auth);
        if (Boolean.TRUE.equals(body.generatePassword())) {
            // A password sent together with "generate" would be thrown away: say so instead.
            InvalidInputException.refuseIfSet(body.password(), "password");
        }
        var created = management.create(new NewUser(body.username(), body.displayName(), body.email(), body.role(),
                body.password(), Boolean.TRUE.equals(body.generatePassword()), body.programmeIds(),
                body.projectIds()), policy.actorName(auth));
        return ResponseEntity.created(URI.create("/api/users/" + created.id()))
                .body(new CreatedUserJson(UserJson.of(load(created.id())), created.generatedPassword()));
    }

    @PutMapping("/users/{id}")
    UserJson update(@PathVariable long id, @RequestBody UpdateUserRequest body, Authentication auth) {
        requireAdmin(auth);
        management.update(id, new UserChange(body.displayName(), body.email(), body.role(), body.enabled(), body.programmeIds(),
                body.projectIds(), body.version()), policy.actorName(auth));
        return UserJson.of(load(id));
    }

    @PostMapping("/users/{id}/password")
    PasswordResetJson resetPassword(@PathVariable long id, @RequestBody PasswordResetRequest body,
            Authentication auth) {
        requireAdmin(auth);
        if (Boolean.TRUE.equals(body.generate())) {
            InvalidInputException.refuseIfSet(body.password(), "password");
        }
        return new PasswordResetJson(management.resetPassword(id, body.password(),
                Boolean.TRUE.equals(body.generate()), Boolean.TRUE.equals(body.keepTokens()), policy.actorName(auth)));
    }

    /** Logs the user out of every web session (their API tokens are not touched). */
    @DeleteMapping("/users/{id}/sessions")
    ResponseEntity<Void> endSessions(@PathVariable long id, Authentication auth) {
        requireAdmin(auth);
        management.endSessions(id, policy.actorName(auth));
        return ResponseEntity.noContent().build();
    }

    private void requireAdmin(Authentication auth) {
        policy.require(policy.isAdmin(auth));
    }

    private UserDetail load(long id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
