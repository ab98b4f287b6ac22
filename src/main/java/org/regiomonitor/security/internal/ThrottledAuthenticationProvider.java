package org.regiomonitor.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password log-in (the form and HTTP Basic alike): refused outright while throttled,
 * failures counted and audited. The principal it returns carries no password hash, so none is
 * serialised into the session table.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String ANONYMOUS = "anonymous";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        LoginThrottle.Attempt check = throttle.begin(username, address);
        if (check.blocked()) {
            throttle.refused(check);
            audit.recordEvent(ANONYMOUS, AuditAction.LOGIN_THROTTLED, UserManagement.ENTITY, null,
                    attemptDetail(username, address));
            throw new LoginThrottledException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throttle.failed(check);
            audit.recordEvent(ANONYMOUS, AuditAction.LOGIN_FAILED, UserManagement.ENTITY, null,
                    attemptDetail(username, address));
            throw e;
        }
        throttle.succeeded(check);
        UserPrincipal user = ((UserPrincipal) result.getPrincipal()).withoutPasswordHash();
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authenticated.setDetails(result.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The remote address the container gives: forwarded headers count only when configured as trusted. */
    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    /** The attempted username (never the password) and where the attempt came from. */
    static Map<String, Object> attemptDetail(String username, String address) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", LoginThrottle.name(username));
        detail.put("address", address);
        return detail;
    }
}
