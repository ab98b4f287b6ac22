package org.regiomonitor.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.regiomonitor.shared.Text;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user, whichever way they authenticated. */
public record UserPrincipal(long id, String username, String displayName, String passwordHash, Role role,
        boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the password hash: what a session keeps once the password is checked. */
    public UserPrincipal withoutPasswordHash() {
        return new UserPrincipal(id, username, displayName, null, role, enabled);
    }

    /** The name shown in histories and audit records. */
    public String name() {
        return Text.isBlank(displayName) ? username : displayName;
    }

    /** The principal of an authentication, if it is a logged-in Regiomonitor user. */
    public static Optional<UserPrincipal> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof UserPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Password hashes never leave the object. */
    @Override
    public String toString() {
        return "UserPrincipal[" + id + ", " + username + ", " + role + "]";
    }
}
