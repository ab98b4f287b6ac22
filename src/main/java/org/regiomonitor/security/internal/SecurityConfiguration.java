package org.regiomonitor.security.internal;

import jakarta.servlet.DispatcherType;
import org.regiomonitor.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import java.time.Clock;
import org.jooq.DSLContext;
import org.regiomonitor.shared.web.AnonymousPageCache;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic or Bearer token; errors as problem
 * details) and the web pages (form log-in, session in PostgreSQL, CSRF). Pages are readable by anyone;
 * what each visitor sees and may change is decided by {@code AccessPolicy}. Both chains check
 * passwords through one throttled provider and nothing else, so no path gets around the throttle.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String SESSION_COOKIE = "SESSION";

    /** Delegating encoder: new hashes are bcrypt and stored as {@code {bcrypt}...}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The session cookie, set in code so that no deployment (embedded server or not) weakens it:
     * SameSite=Lax, HttpOnly, and Secure whenever the request came over HTTPS (directly, through
     * trusted forwarded headers, or because the public base URL is https).
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        return cookie;
    }

    /** Right after the forwarded-header filter (if any) and before the session and security filters. */
    @Bean
    @ConditionalOnExpression("!'${regiomonitor.public-base-url:}'.isBlank()")
    FilterRegistrationBean<PublicBaseUrlFilter> publicBaseUrlFilter(
            @Value("${regiomonitor.public-base-url}") String publicBaseUrl) {
        var registration = new FilterRegistrationBean<>(new PublicBaseUrlFilter(publicBaseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Anonymous visitors' pages served again while the database is unchanged ({@link AnonymousPageCache}); right
     * after the security filters, which decide who is anonymous and write the security headers of every answer.
     */
    @Bean
    FilterRegistrationBean<AnonymousPageCache> anonymousPageCache(DSLContext dsl, LocaleResolver locales, Clock clock,
            @Value("${regiomonitor.page-cache.max-bytes:33554432}") long maxBytes,
            @Value("${regiomonitor.page-cache.enabled:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new AnonymousPageCache(dsl, locales, clock, SESSION_COOKIE,
                maxBytes, enabled));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** The only authentication manager: no parent to fall back to, which would skip the throttle. */
    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle, AuditLog audit) {
        return new ProviderManager(new ThrottledAuthenticationProvider(accounts, encoder, throttle, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts, JsonMapper json,
            AuthenticationManager authenticationManager, AuditLog audit) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        SecurityEvents events = new SecurityEvents(audit);
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                // No cookies and no session: every call carries its own credentials, so CSRF cannot apply.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .httpBasic(b -> b.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems.unauthorized()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, problems.unauthorized()),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(events.auditing(problems.forbidden())))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole("ADMIN")
                        .requestMatchers("/api/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, AuditLog audit)
            throws Exception {
        SecurityEvents events = new SecurityEvents(audit);
        var accessDeniedPage = new AccessDeniedHandlerImpl();
        accessDeniedPage.setErrorPage("/access-denied");
        var sessionExpiredPage = new AccessDeniedHandlerImpl();
        sessionExpiredPage.setErrorPage("/session-expired");
        // A form posted without a valid CSRF token by nobody logged in: the session (and its token) is gone,
        // so say that, not "no access"; a logged-in user without the right still gets the access-denied page.
        AccessDeniedHandler refused = (request, response, e) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
            (e instanceof CsrfException && anonymous ? sessionExpiredPage : accessDeniedPage).handle(request, response, e);
        };
        // Spring Session deletes the session row and expires its cookie when the session is invalidated.
        http.authenticationManager(authenticationManager)
                .formLogin(f -> f.loginPage("/login").successHandler(events.loginSuccess())
                        .failureHandler(SecurityEvents.loginFailure()).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").addLogoutHandler(events.logout()).permitAll())
                // A new session id at log-in, so a session id planted before log-in is worthless.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(events.auditing(refused)))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(a -> a
                        // The access-denied page is reached by forward, also from refused POSTs.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/account", "/account/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }
}
