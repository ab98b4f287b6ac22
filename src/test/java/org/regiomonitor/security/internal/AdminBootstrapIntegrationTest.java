package org.regiomonitor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.APP_USER;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;

/** On the empty test database the start-up created the administrator, and a second run adds nobody. */
@IntegrationTest
class AdminBootstrapIntegrationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    MessageSource messages;

    @Test
    void firstStartCreatedTheAdministratorWithABcryptHash() {
        var admin = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getEnabled()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void laterStartsCreateNobody() {
        int before = dsl.fetchCount(APP_USER);
        new AdminBootstrap(users, "another-password-123", messages).run(new DefaultApplicationArguments());
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }
}
