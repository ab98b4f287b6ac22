package org.regiomonitor.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code regiomonitor.public-base-url} set, every request is seen as addressed to that URL: redirects,
 * absolute links (e.g. the OpenAPI server), the session cookie's Secure flag and HSTS follow the
 * configured address and scheme, never the Host header a client sent. Registered before every other
 * filter (after the forwarded-header filter, which it overrides).
 */
class PublicBaseUrlFilter extends OncePerRequestFilter {

    private final String scheme;
    private final String host;
    private final int port;
    /** host[:port], the port only when it is not the scheme's default. */
    private final String authority;

    PublicBaseUrlFilter(String publicBaseUrl) {
        URI uri = URI.create(publicBaseUrl.strip());
        if (uri.getScheme() == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(
                    "regiomonitor.public-base-url must be an absolute http(s) URL, e.g. https://monitor.example.org");
        }
        this.scheme = uri.getScheme().toLowerCase();
        this.host = uri.getHost();
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        this.port = uri.getPort() != -1 ? uri.getPort() : defaultPort;
        this.authority = port == defaultPort ? host : host + ":" + port;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getScheme() {
                return scheme;
            }

            @Override
            public boolean isSecure() {
                return "https".equals(scheme);
            }

            @Override
            public String getServerName() {
                return host;
            }

            @Override
            public int getServerPort() {
                return port;
            }

            @Override
            public StringBuffer getRequestURL() {
                return new StringBuffer(scheme).append("://").append(authority).append(getRequestURI());
            }

            @Override
            public String getHeader(String name) {
                return "Host".equalsIgnoreCase(name) ? authority : super.getHeader(name);
            }
        }, response);
    }
}
