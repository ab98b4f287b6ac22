package org.regiomonitor.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves an anonymous visitor's page again, without rendering it, while nothing in the database has changed since
 * it was rendered (issue 10: a public portal under many visitors). The key is the request (path, query, language,
 * htmx headers, the day) and the database's current snapshot ({@code pg_current_snapshot()}): every committed write
 * anywhere changes the snapshot, so a page is never older than the data, whichever instance or job wrote. There is
 * nothing to invalidate and no expiry to tune; a write only makes the next request render again.
 *
 * <p>Only GET requests of anonymous visitors without a session cookie are served or stored (so no page with a
 * visitor's own state, such as a CSRF token, is ever stored), and only HTML answers 200 that set no cookie; the key
 * also holds the origin and the request's cookies (the language). The
 * entries are kept up to {@code regiomonitor.page-cache.max-bytes} in all, the least recently used dropped first.
 */
public class AnonymousPageCache extends OncePerRequestFilter {

    private final DSLContext dsl;
    private final LocaleResolver locales;
    private final Clock clock;
    private final long maxBytes;
    private final String sessionCookie;
    private volatile boolean enabled;
    private long bytes;
    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

    private record Key(String snapshot, LocalDate day, String origin, String path, String query, Locale locale,
            String cookies, String htmx, String target, String accept) {
    }

    private record Page(String contentType, Locale locale, byte[] body) {
    }

    public AnonymousPageCache(DSLContext dsl, LocaleResolver locales, Clock clock, String sessionCookie, long maxBytes,
            boolean enabled) {
        this.dsl = dsl;
        this.locales = locales;
        this.clock = clock;
        this.sessionCookie = sessionCookie;
        this.maxBytes = maxBytes;
        this.enabled = enabled && maxBytes > 0;
    }

    /** Switches serving from the cache on or off at run time (the benchmark measures pages as rendered with it off). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled && maxBytes > 0;
        if (!this.enabled) {
            synchronized (pages) {
                pages.clear();
                bytes = 0;
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // inside a transaction (tests that wrap requests in one) its own writes would not change the snapshot
        // files (static assets, downloads: a name with an extension) and the API are never HTML pages
        String path = request.getRequestURI();
        return !enabled || !"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.substring(path.lastIndexOf('/') + 1).contains(".")
                || hasSessionCookie(request) || !anonymous()
                || TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = new Key(dsl.select(DSL.field("pg_current_snapshot()::text", String.class)).fetchSingle().value1(),
                LocalDate.now(clock), request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort(),
                request.getRequestURI(), request.getQueryString(), locales.resolveLocale(request),
                request.getHeader("Cookie"), request.getHeader("HX-Request"), request.getHeader("HX-Target"),
                request.getHeader("Accept"));
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(page.contentType());
            response.setLocale(page.locale()); // the Content-Language header, as the rendered answer had it
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && wrapper.getHeaders("Set-Cookie").isEmpty() && wrapper.getContentSize() <= maxBytes / 16) {
            store(key, new Page(type, wrapper.getLocale(), wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private void store(Key key, Page page) {
        synchronized (pages) {
            // entries of an older snapshot will never be asked for again: drop them first
            pages.entrySet().removeIf(e -> {
                boolean stale = !e.getKey().snapshot().equals(key.snapshot());
                if (stale) {
                    bytes -= e.getValue().body().length;
                }
                return stale;
            });
            Page old = pages.put(key, page);
            bytes += page.body().length - (old == null ? 0 : old.body().length);
            var eldest = pages.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<Key, Page> e = eldest.next();
                bytes -= e.getValue().body().length;
                eldest.remove();
            }
        }
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie c : cookies) {
            if (Objects.equals(c.getName(), sessionCookie)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken;
    }
}
