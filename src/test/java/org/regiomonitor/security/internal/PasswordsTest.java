package org.regiomonitor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regiomonitor.shared.InvalidInputException.Violation;

/** The password rule: length, the shipped list of common and breached passwords, and repetition. */
class PasswordsTest {

    private static String code(String password) {
        return Passwords.check("p", password).map(Violation::code).orElse("ok");
    }

    @Test
    void theMinimumLengthIsAtLeastTwelve() {
        assertThat(Passwords.MIN_LENGTH).isGreaterThanOrEqualTo(12);
        assertThat(code("elevenchars")).isEqualTo("security.password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "passwordpassword", "abcabcabcabc", "abcdefghijklm", "123456789012",
            "ZYXWVUTSRQPO", "xyxyxyxyxyxyxyxy"})
    void repetitiveAndSequentialPasswordsAreRefused(String password) {
        assertThat(code(password)).isIn("security.password.repetitive", "security.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "qwerty123456", "administrator", "Administrator", "QAZWSXEDCRFV"})
    void commonAndBreachedPasswordsAreRefusedWhateverTheCase(String password) {
        assertThat(code(password)).isEqualTo("security.password.common");
    }

    @Test
    void theExamplesOfTheIssueAreRefused() {
        assertThat(code("aaaaaaaaaaaa")).isEqualTo("security.password.repetitive");
        assertThat(code("passwordpassword")).isNotEqualTo("ok");
    }

    @Test
    void theUsersOwnNameAndTheProductsNameAreRefused() {
        assertThat(Passwords.check("p", "jan.de.vries-2026!", "jan.de.vries").map(Violation::code))
                .contains("security.password.personal");
        assertThat(Passwords.check("p", "MyRegioMonitor-pass", null).map(Violation::code))
                .contains("security.password.personal");
        assertThat(Passwords.check("p", "jan.de.vries-2026!", "piet")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Twente investeert in chips", "web-test-password-1", "correct-horse-battery", "ééééééééééé-x"})
    void ordinaryLongPasswordsPass(String password) {
        assertThat(code(password)).isEqualTo("ok");
    }

    @Test
    void generatedPasswordsPass() {
        for (int i = 0; i < 100; i++) {
            assertThat(code(Passwords.generate())).isEqualTo("ok");
        }
    }
}
