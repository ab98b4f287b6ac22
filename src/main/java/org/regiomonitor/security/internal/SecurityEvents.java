package org.regiomonitor.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regiomonitor.audit.AuditAction;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Log-in, log-out and refusals of the filter chains, each recorded in the audit trail in its own
 * transaction (they must stand whatever else happens to the request).
 */
final class SecurityEvents {

    private final AuditLog audit;

    SecurityEvents(AuditLog audit) {
        this.audit = audit;
    }

    /** Form log-in: audited, then on to the page asked for before (or the dashboard). */
    AuthenticationSuccessHandler loginSuccess() {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        return (request, response, auth) -> {
            UserPrincipal.of(auth).ifPresent(u -> audit.recordEvent(u.username(), AuditAction.LOGIN,
                    UserManagement.ENTITY, u.id(), detail(request)));
            // Back to the form whose session had expired (see LoginController#sessionExpired), if it is ours.
            String back = LocalPath.orNull(request.getParameter("back"));
            if (back != null) {
                response.sendRedirect(request.getContextPath() + back);
                return;
            }
            target.onAuthenticationSuccess(request, response, auth);
        };
    }

    /** The same answer whether the account exists or not; a throttled attempt says log-in is blocked for now. */
    static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath()
                + (e instanceof LoginThrottledException ? "/login?blocked" : "/login?error"));
    }

    LogoutHandler logout() {
        return (request, response, auth) -> UserPrincipal.of(auth).ifPresent(u -> audit.recordEvent(u.username(),
                AuditAction.LOGOUT, UserManagement.ENTITY, u.id(), detail(request)));
    }

    /** Records refused writes (anything but GET, HEAD, OPTIONS and TRACE), then answers as {@code delegate} does. */
    AccessDeniedHandler auditing(AccessDeniedHandler delegate) {
        return (request, response, e) -> {
            if (!isRead(request.getMethod())) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                var user = UserPrincipal.of(auth);
                Map<String, Object> detail = detail(request);
                detail.put("method", request.getMethod());
                detail.put("path", request.getRequestURI());
                detail.put("reason", e.getClass().getSimpleName());
                audit.recordEvent(user.map(UserPrincipal::username).orElse(ThrottledAuthenticationProvider.ANONYMOUS),
                        AuditAction.ACCESS_DENIED, UserManagement.ENTITY, user.map(UserPrincipal::id).orElse(null),
                        detail);
            }
            delegate.handle(request, response, e);
        };
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    static Map<String, Object> detail(HttpServletRequest request) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("address", request.getRemoteAddr());
        return detail;
    }
}
