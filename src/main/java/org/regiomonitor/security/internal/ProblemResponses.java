package org.regiomonitor.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for failures that happen in the security filters, before any controller
 * (and so before {@code ApiProblemHandler}) is reached. Serialised with Jackson so that no value can
 * break the JSON.
 */
final class ProblemResponses {

    static final String REALM = "Regiomonitor";
    /** The shortest throttling window; a longer one may still block after it. */
    static final int RETRY_AFTER_SECONDS = 60;

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** 401 with a Basic challenge (RFC 9110 requires WWW-Authenticate on 401). */
    AuthenticationEntryPoint unauthorized() {
        return (req, res, e) -> {
            if (e instanceof LoginThrottledException) {
                // Said the same way for every account name, existing or not.
                res.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                write(req, res, 429, "Too Many Requests",
                        "Log-in is temporarily blocked after too many failed attempts. Try again in a few minutes.");
                return;
            }
            res.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(req, res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Authenticate with HTTP Basic or a personal API token (Authorization: Bearer rm_...).");
        };
    }

    AccessDeniedHandler forbidden() {
        return (req, res, e) -> write(req, res, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Your account may not do this.");
    }

    private void write(HttpServletRequest req, HttpServletResponse res, int status, String title, String detail)
            throws IOException {
        if (res.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", req.getRequestURI());
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write(json.writeValueAsString(body));
    }
}
