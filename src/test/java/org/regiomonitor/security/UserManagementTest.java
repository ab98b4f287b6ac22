package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.security.SecurityFixtures.unique;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.internal.UserManagement;
import org.regiomonitor.security.internal.UserViews.UserChange;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Rules of user management that the pages and the API share. */
@IntegrationTest
class UserManagementTest {

    @Autowired
    UserManagement management;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;

    @Test
    @Transactional // rolled back: the other administrators are disabled only inside this test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
        long id = users.createUser(unique("last"), null, "last-admin-password", Role.ADMIN);
        dsl.update(APP_USER).set(APP_USER.ENABLED, false)
                .where(APP_USER.ROLE.eq(Role.ADMIN)).and(APP_USER.ID.ne(id)).execute();

        assertThatThrownBy(() -> management.update(id, new UserChange(null, null, Role.VIEWER, true, Set.of(), Set.of(), 0), "t"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("security.user.lastAdmin")));
        assertThatThrownBy(() -> management.update(id, new UserChange(null, null, Role.ADMIN, false, Set.of(), Set.of(), 0), "t"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("enabled")));

        long other = users.createUser(unique("other"), null, "other-admin-password", Role.ADMIN);
        management.update(id, new UserChange(null, null, Role.VIEWER, true, Set.of(), Set.of(), 0), "t");
        assertThat(dsl.select(APP_USER.ROLE).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1())
                .isEqualTo(Role.VIEWER);
        assertThat(other).isPositive();
    }

    @Test
    void unknownProgrammesAndProjectsAreRefused() {
        long id = users.createUser(unique("unk"), null, "unknown-ids-password", Role.VIEWER);
        assertThatThrownBy(() -> management.update(id,
                new UserChange(null, null, Role.PROGRAMME_MANAGER, true, Set.of(-1L), Set.of(), 0), "t"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("security.user.programmes.unknown")));
        assertThatThrownBy(() -> management.update(id,
                new UserChange(null, null, Role.PROJECT_LEAD, true, Set.of(), Set.of(-1L), 0), "t"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo("security.user.projects.unknown")));
    }

    @Test
    void theEmailAddressIsOptionalStrippedAndChecked() {
        long id = users.createUser(unique("mail"), null, "mail-user-password", Role.VIEWER);
        management.update(id, new UserChange(null, "  lead@example.org ", Role.VIEWER, true, Set.of(), Set.of(), 0), "t");
        assertThat(dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1())
                .isEqualTo("lead@example.org");
        for (String bad : new String[] {"lead", "lead@example", "a@b@example.org", "a@example.org, b@example.org",
                "x".repeat(250) + "@example.org"}) {
            assertThatThrownBy(() -> management.update(id, new UserChange(null, bad, Role.VIEWER, true, Set.of(),
                    Set.of(), 1), "t"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.code()).isEqualTo("security.user.email.invalid")));
        }
        management.update(id, new UserChange(null, " ", Role.VIEWER, true, Set.of(), Set.of(), 1), "t");
        assertThat(dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1()).isNull();
    }
}
