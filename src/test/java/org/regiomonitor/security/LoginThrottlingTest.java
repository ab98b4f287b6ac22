package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.regiomonitor.security.SecurityFixtures.from;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.support.TestUsers.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed log-ins are throttled per account name and per client address, for the form and HTTP Basic,
 * with one answer whether the account exists or not. Each test comes from its own address, so the
 * other tests (all from 127.0.0.1) are never throttled by these.
 */
@IntegrationTest
class LoginThrottlingTest {

    static final String PASSWORD = "throttle-test-password-1";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;

    private static String newAddress() {
        return "198.51.100." + NEXT_ADDRESS.getAndIncrement();
    }

    private ResultActions formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    private ResultActions basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password)).with(from(address)));
    }

    /** Ten wrong passwords, each refused as wrong: the throttle lets exactly these through. */
    private void tenFailedFormLogIns(String username, String address) throws Exception {
        for (int i = 1; i <= 10; i++) {
            formLogin(username, "wrong-password-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
    }

    private void tenFailedBasicLogIns(String username, String address) throws Exception {
        for (int i = 1; i <= 10; i++) {
            basic(username, "wrong-password-" + i, address).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void theEleventhFailedFormLogInWithinAMinuteIsThrottledEvenWithTheRightPassword() throws Exception {
        String name = unique("thf");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        String address = newAddress();
        tenFailedFormLogIns(name, address);
        formLogin(name, PASSWORD, address).andExpect(redirectedUrl("/login?blocked"));
        // The account is locked from everywhere, not just from this address.
        formLogin(name, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?blocked"));
        mvc.perform(get("/login").param("blocked", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inloggen is tijdelijk geblokkeerd")));
        mvc.perform(get("/login").param("blocked", "").param("lang", "en"))
                .andExpect(content().string(containsString("Log-in is temporarily blocked")));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswers() throws Exception {
        String ghost = unique("ghost");
        String address = newAddress();
        tenFailedFormLogIns(ghost, address);
        formLogin(ghost, PASSWORD, address).andExpect(redirectedUrl("/login?blocked"));

        String ghost2 = unique("ghost");
        String address2 = newAddress();
        tenFailedBasicLogIns(ghost2, address2);
        basic(ghost2, PASSWORD, address2).andExpect(status().isTooManyRequests());
    }

    @Test
    void theEleventhFailedBasicLogInIsThrottledWithAProblemDetail() throws Exception {
        String name = unique("thb");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        String address = newAddress();
        basic(name, PASSWORD, address).andExpect(status().isOk());
        tenFailedBasicLogIns(name, address);
        basic(name, PASSWORD, address).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(containsString("temporarily blocked")));
        // Basic failures and form failures count together: the form is blocked too.
        formLogin(name, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?blocked"));
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreThanTenChecked() throws Exception {
        String name = unique("thx");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        String address = newAddress();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String guess = "parallel-guess-" + i;
            guesses.add(() -> basic(name, guess, address).andReturn().getResponse().getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(guesses)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 401).hasSizeLessThanOrEqualTo(10);
            assertThat(statuses).filteredOn(s -> s == 429).hasSizeGreaterThanOrEqualTo(20);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() throws Exception {
        String name = unique("tha");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        String address = newAddress();
        // An address gets 30 failures a minute (an office shares one), three times an account's 10.
        int perMinute = 30;
        for (int i = 1; i <= perMinute; i++) {
            formLogin(unique("spray"), "wrong-password-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        formLogin(name, PASSWORD, address).andExpect(redirectedUrl("/login?blocked"));
        basic(name, PASSWORD, address).andExpect(status().isTooManyRequests());
        // The account itself is fine from elsewhere.
        basic(name, PASSWORD, newAddress()).andExpect(status().isOk());
    }

    @Test
    void anOpenSessionIsNoWayAroundTheThrottleForGuessingTheCurrentPassword() throws Exception {
        String name = unique("thp");
        long id = users.createUser(name, null, PASSWORD, Role.VIEWER);
        var session = user(principal(id, name, Role.VIEWER));
        String address = newAddress();
        for (int i = 1; i <= 10; i++) {
            mvc.perform(post("/account/password").with(session).with(csrf()).with(from(address))
                            .param("currentPassword", "guess-" + i).param("newPassword", "a-new-password-for-" + i)
                            .param("confirmation", "a-new-password-for-" + i))
                    .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword",
                            "security.password.currentWrong"));
        }
        mvc.perform(post("/account/password").with(session).with(csrf()).with(from(address))
                        .param("currentPassword", PASSWORD).param("newPassword", "a-new-password-at-last")
                        .param("confirmation", "a-new-password-at-last"))
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "security.password.blocked"));
        formLogin(name, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?blocked"));
    }

    @Test
    void aControlCharacterInTheUsernameIsAnOrdinaryFailedAttempt() throws Exception {
        String address = newAddress();
        formLogin("ab\u0000cd", "wrong-password-1", address).andExpect(redirectedUrl("/login?error"));
        basic("ab\u0001cd", "wrong-password-2", address).andExpect(status().isUnauthorized());
    }

    @Test
    void aSuccessfulLogInForgetsTheAccountsEarlierFailures() throws Exception {
        String name = unique("thr");
        users.createUser(name, null, PASSWORD, Role.VIEWER);
        for (int round = 0; round < 2; round++) {
            String address = newAddress();
            for (int i = 1; i <= 9; i++) {
                formLogin(name, "wrong-password-" + i, address).andExpect(redirectedUrl("/login?error"));
            }
            formLogin(name, PASSWORD, address).andExpect(redirectedUrl("/"));
        }
    }
}
