package org.regiomonitor.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The log-in form's fields; only there so that the page uses the same form parts as every other form. */
    public static class LoginForm {
        private String username;
        private String password;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** Someone already logged in has no use for the form. */
    @GetMapping("/login")
    String login(Authentication auth, @RequestParam(required = false) String error,
            @RequestParam(required = false) String blocked,
            @RequestParam(name = "back", required = false) String continueTo, Model model) {
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        LoginForm form = new LoginForm();
        BindingResult binding = new BeanPropertyBindingResult(form, "login");
        if (error != null) {
            binding.reject("login.failed");
        }
        if (blocked != null) {
            binding.reject("login.blocked");
        }
        model.addAttribute("login", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "login", binding);
        model.addAttribute("continueTo", LocalPath.orNull(continueTo));
        return "security/login";
    }

    /** Forwarded to by Spring Security for any refused request (missing rights). */
    @RequestMapping("/access-denied")
    String accessDenied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "security/access-denied";
    }

    /**
     * Forwarded to when a form was posted without a valid session (it expired, or was ended): the CSRF
     * token went with it. Says so instead of "no access", and leads to the log-in with the way back to the
     * page the form was on (app.js puts back what was typed there).
     */
    @RequestMapping("/session-expired")
    String sessionExpired(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("continueTo", formPage(request));
        return "security/session-expired";
    }

    /** The page the form was posted from, when the browser said (Referer) and it is on this site. */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context)) {
                return null;
            }
            path = path.substring(context.length());
            return LocalPath.orNull(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
