package org.regiomonitor.support;

import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The principal and authentication objects of a logged-in user, for MockMvc requests
 * ({@code SecurityMockMvcRequestPostProcessors.user(...)}) and direct service calls.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** The principal of a logged-in user, e.g. for {@code SecurityMockMvcRequestPostProcessors.user(...)}. */
    public static UserPrincipal principal(long id, String username, Role role) {
        return new UserPrincipal(id, username, null, "x", role, true);
    }

    /** The authentication of a logged-in user, for calling services directly. */
    public static Authentication authentication(UserPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
