package org.regiomonitor.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic or Bearer token; errors as problem
 * details) and the web pages (form log-in, session, CSRF). Pages are readable by anyone;
 * what each visitor sees and may change is decided by {@code AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, e) -> problem(res, HttpServletResponse.SC_UNAUTHORIZED,
                "Unauthorized", "Authenticate with HTTP Basic or an API token (Authorization: Bearer ...).", true);
        AccessDeniedHandler forbidden = (req, res, e) -> problem(res, HttpServletResponse.SC_FORBIDDEN,
                "Forbidden", "You may not do this.", false);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable()) // no cookies: every call carries its own credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/account/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail, boolean challenge)
            throws java.io.IOException {
        res.setStatus(status);
        if (challenge) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Regiomonitor\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
