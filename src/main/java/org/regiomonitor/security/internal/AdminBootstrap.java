package org.regiomonitor.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no user at all) creates the administrator {@code admin}, with the password from
 * {@code REGIOMONITOR_ADMIN_PASSWORD} or else a random one that is printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAdministration users;
    private final String configuredPassword;

    AdminBootstrap(UserAdministration users, @Value("${REGIOMONITOR_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        boolean random = configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        users.createUser("admin", "Administrator", password, Role.ADMIN);
        if (random) {
            log.warn("""

                    ==================================================================
                      Created administrator 'admin' with password: {}
                      It is shown only this once. Change it after logging in.
                    ==================================================================""", password);
        } else {
            log.info("Created administrator 'admin' with the password from REGIOMONITOR_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
