package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.security.SecurityFixtures.passwordHash;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.support.TestUsers.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The password rule holds on every way a password is set: admin form, own account page, API. */
@IntegrationTest
class PasswordRuleTest {

    static final String PASSWORD = "password-rule-test-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;

    String adminName;
    RequestPostProcessor admin;
    long viewerId;
    RequestPostProcessor viewer;

    @BeforeEach
    void users() {
        adminName = unique("padm");
        admin = user(principal(users.createUser(adminName, null, PASSWORD, Role.ADMIN), adminName, Role.ADMIN));
        String viewerName = unique("pvw");
        viewerId = users.createUser(viewerName, null, PASSWORD, Role.VIEWER);
        viewer = user(principal(viewerId, viewerName, Role.VIEWER));
    }

    @Test
    void theAdministratorsFormsRefuseCommonAndRepetitivePasswords() throws Exception {
        String name = unique("pnew");
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("role", "VIEWER").param("password", "aaaaaaaaaaaa"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.password.repetitive"))
                .andExpect(content().string(containsString("te voorspelbaar")));
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", name).param("role", "VIEWER").param("password", "1qaz2wsx3edc"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "security.password.common"))
                .andExpect(content().string(containsString("veelgebruikte en uitgelekte wachtwoorden")));
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(name))).isFalse();

        mvc.perform(post("/admin/users/" + viewerId + "/password").with(admin).with(csrf())
                        .param("password", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("resetForm", "password"));
        assertThat(encoder.matches(PASSWORD, passwordHash(dsl, viewerId))).isTrue();
    }

    @Test
    void theAccountPageRefusesThem() throws Exception {
        mvc.perform(post("/account/password").with(viewer).with(csrf()).param("lang", "en")
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "passwordpassword").param("confirmation", "passwordpassword"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"));
        mvc.perform(post("/account/password").with(viewer).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "aaaaaaaaaaaa").param("confirmation", "aaaaaaaaaaaa"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "security.password.repetitive"));
        assertThat(encoder.matches(PASSWORD, passwordHash(dsl, viewerId))).isTrue();
    }

    @Test
    void theApiRefusesThemWithAMessagePerField() throws Exception {
        String name = unique("papi");
        mvc.perform(post("/api/users").with(httpBasic(adminName, PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"role\":\"VIEWER\",\"password\":\"passwordpassword\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("password")));
        mvc.perform(post("/api/users/" + viewerId + "/password").with(httpBasic(adminName, PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"aaaaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("too predictable")));
        assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(name))).isFalse();
        assertThat(encoder.matches(PASSWORD, passwordHash(dsl, viewerId))).isTrue();
    }
}
