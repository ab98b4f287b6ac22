package org.regiomonitor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The first-start rule for the administrator, both ways; the real database path is in {@link AdminBootstrapIntegrationTest}. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final UserAdministration users = mock(UserAdministration.class);

    private void run(String configured) {
        new AdminBootstrap(users, configured, messages()).run(new DefaultApplicationArguments());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/security");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void withoutConfiguredPasswordCreatesAdminWithRandomPasswordPrintedOnce(CapturedOutput output) {
        when(users.anyUserExists()).thenReturn(false);

        run("");

        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(users).createUser(eq("admin"), eq("Administrator"), password.capture(), eq(Role.ADMIN));
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
        assertThat(Passwords.check("p", password.getValue())).isEmpty();
        String log = output.getAll();
        assertThat(log).contains("Created administrator 'admin' with password: " + password.getValue());
        assertThat(log.indexOf(password.getValue())).isEqualTo(log.lastIndexOf(password.getValue()));
    }

    @Test
    void randomPasswordsDiffer() {
        when(users.anyUserExists()).thenReturn(false);
        run("");
        run("");
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(users, times(2)).createUser(eq("admin"), any(), password.capture(), eq(Role.ADMIN));
        assertThat(password.getAllValues().get(0)).isNotEqualTo(password.getAllValues().get(1));
    }

    @Test
    void withConfiguredPasswordUsesItAndNeverLogsIt(CapturedOutput output) {
        when(users.anyUserExists()).thenReturn(false);

        run("configured-secret-42");

        verify(users).createUser("admin", "Administrator", "configured-secret-42", Role.ADMIN);
        assertThat(output.getAll()).contains("REGIOMONITOR_ADMIN_PASSWORD").doesNotContain("configured-secret-42");
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartInsteadOfCreatingAnEasyAdmin() {
        when(users.anyUserExists()).thenReturn(false);

        assertThatThrownBy(() -> run("weakpw")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGIOMONITOR_ADMIN_PASSWORD").hasMessageNotContaining("weakpw");
        verify(users, never()).createUser(anyString(), any(), anyString(), any());
    }

    @Test
    void commonAndRepetitivePasswordsStopTheStartWithAClearMessage() {
        when(users.anyUserExists()).thenReturn(false);

        assertThatThrownBy(() -> run("passwordpassword")).isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("REGIOMONITOR_ADMIN_PASSWORD is refused: .*(predictable|common and breached).*")
                .hasMessageNotContaining("passwordpassword");
        assertThatThrownBy(() -> run("aaaaaaaaaaaa")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("predictable");
        assertThatThrownBy(() -> run("1qaz2wsx3edc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("common and breached passwords");
        assertThatThrownBy(() -> run("my-admin-password-42")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not contain the username");
        verify(users, never()).createUser(anyString(), any(), anyString(), any());
    }

    @Test
    void doesNothingOnceAnyUserExists(CapturedOutput output) {
        when(users.anyUserExists()).thenReturn(true);

        run("");
        run("configured-secret-42");

        verify(users, never()).createUser(anyString(), any(), anyString(), any());
        assertThat(output.getAll()).doesNotContain("Created administrator");
    }
}
