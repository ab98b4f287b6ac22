package org.regiomonitor.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.shared.Text;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (query string and form fields) is read through {@link Text#normalize}: NFC,
 * and "" when it holds only white space, so controllers, forms and the log-in all see the same text.
 * Refusing characters is left to {@link RequestTextInterceptor}, which can answer in the page's or
 * the API's format. Passwords are left exactly as typed: HTTP Basic sends them unnormalised, and both
 * ways must keep matching the stored hash.
 */
@Component
class RequestTextFilter extends OncePerRequestFilter implements Ordered {

    /** After character-encoding and form-content filters (so parameters decode as UTF-8), before security. */
    static final int ORDER = -9000;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new NormalizedParameters(request), response);
    }

    static boolean isPassword(String parameterName) {
        return parameterName.toLowerCase(Locale.ROOT).contains("password");
    }

    private static final class NormalizedParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> source;
        private Map<String, String[]> parameters;

        NormalizedParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            // Parsed on first use (the body of a form post is read only when someone asks for a parameter),
            // and again when a forward changed the parameters underneath.
            Map<String, String[]> current = super.getParameterMap();
            if (parameters == null || current != source) {
                Map<String, String[]> out = new LinkedHashMap<>();
                current.forEach((name, values) -> {
                    String[] copy = values.clone();
                    if (!isPassword(name)) {
                        for (int i = 0; i < copy.length; i++) {
                            copy[i] = Text.normalize(copy[i]);
                        }
                    }
                    out.put(name, copy);
                });
                source = current;
                parameters = Collections.unmodifiableMap(out);
            }
            return parameters;
        }
    }
}
