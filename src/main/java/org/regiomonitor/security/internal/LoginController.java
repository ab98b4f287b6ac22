package org.regiomonitor.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

    /** Someone already logged in has no use for the form. */
    @GetMapping("/login")
    String login(Authentication auth) {
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "security/login";
    }

    /** Forwarded to by Spring Security for any refused request (missing rights, missing CSRF token). */
    @RequestMapping("/access-denied")
    String accessDenied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "security/access-denied";
    }
}
