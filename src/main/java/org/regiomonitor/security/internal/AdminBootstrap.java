package org.regiomonitor.security.internal;

import java.util.Locale;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no user at all) creates the administrator {@code admin}, with the password from
 * {@code REGIOMONITOR_ADMIN_PASSWORD} or else a random one that is printed once in the log.
 * A configured password must follow the password rule; a weak one stops the start-up instead of
 * silently creating an administrator that is easy to guess.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAdministration users;
    private final String configuredPassword;
    private final MessageSource messages;

    AdminBootstrap(UserAdministration users, @Value("${REGIOMONITOR_ADMIN_PASSWORD:}") String configuredPassword,
            MessageSource messages) {
        this.users = users;
        this.messages = messages;
        this.configuredPassword = configuredPassword == null ? "" : configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        boolean random = configuredPassword.isBlank();
        if (!random) {
            Passwords.check("password", configuredPassword, ADMIN_USERNAME).ifPresent(v -> {
                throw new IllegalStateException("REGIOMONITOR_ADMIN_PASSWORD is refused: "
                        + messages.getMessage(v.code(), v.args(), v.code(), Locale.ENGLISH) + " (" + v.code() + ")");
            });
        }
        String password = random ? Passwords.generate() : configuredPassword;
        users.createUser(ADMIN_USERNAME, "Administrator", password, Role.ADMIN);
        if (random) {
            log.warn("""

                    ==================================================================
                      Created administrator '{}' with password: {}
                      It is shown only this once. Change it after logging in.
                    ==================================================================""", ADMIN_USERNAME, password);
        } else {
            log.info("Created administrator '{}' with the password from REGIOMONITOR_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }
}
