package org.regiomonitor.security.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic or Bearer token; errors as problem
 * details) and the web pages (form log-in, session, CSRF). Pages are readable by anyone;
 * what each visitor sees and may change is decided by {@code AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Delegating encoder: new hashes are bcrypt and stored as {@code {bcrypt}...}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**")
                // No cookies and no session: every call carries its own credentials, so CSRF cannot apply.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .httpBasic(b -> b.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems.unauthorized()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, problems.unauthorized()),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
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
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID").permitAll())
                // A new session id at log-in, so a session id planted before log-in is worthless.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/access-denied"))
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
