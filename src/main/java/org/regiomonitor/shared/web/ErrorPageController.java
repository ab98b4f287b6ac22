package org.regiomonitor.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error controller, which answers by the {@code Accept} header (a Whitelabel page or a
 * JSON map). Every error that reaches the container's error dispatch (an unknown address, a method the address
 * does not take, a failure in a filter or a controller) is answered by the address it happened at: under
 * {@code /api/} an RFC 9457 problem detail, elsewhere the site's error page in the user's language. Exception
 * texts are never shown.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        int status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            HttpStatus known = HttpStatus.resolve(status);
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(known == null ? null : known.getReasonPhrase());
            problem.setInstance(instance(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        // the method names the refused request in the 405 text
        return ErrorPages.page(status, null, List.of()).addObject("method", request.getMethod());
    }

    /** The address that failed, not this one; none when it is no valid URI (the container let it through). */
    private static URI instance(String path) {
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The status the container set, or 500 (also when this address is asked for directly: it is no page). */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && status >= 400 && status < 600 ? status : 500;
    }
}
