package org.regiomonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.security.SecurityFixtures.programme;
import static org.regiomonitor.security.SecurityFixtures.project;
import static org.regiomonitor.security.SecurityFixtures.unique;
import static org.regiomonitor.support.TestUsers.principal;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The rights per role, against real assignments in the database. */
@IntegrationTest
class AccessPolicyTest {

    @Autowired
    AccessPolicy policy;
    @Autowired
    UserAdministration users;
    @Autowired
    DSLContext dsl;

    long managedProgramme;
    long otherProgramme;
    long projectInManaged;
    long projectInOther;
    long projectInBoth;
    long ledProject;

    @BeforeEach
    void data() {
        managedProgramme = programme(dsl);
        otherProgramme = programme(dsl);
        projectInManaged = project(dsl, managedProgramme);
        projectInOther = project(dsl, otherProgramme);
        projectInBoth = project(dsl, managedProgramme, otherProgramme);
        ledProject = project(dsl, otherProgramme);
    }

    private Authentication as(Role role) {
        String name = unique("ap");
        long id = users.createUser(name, null, "correct-horse-battery", role);
        return TestUsers.authentication(principal(id, name, role));
    }

    @Test
    void administratorsMayDoEverything() {
        Authentication admin = as(Role.ADMIN);
        assertThat(policy.isAdmin(admin)).isTrue();
        assertThat(policy.canManageReferenceData(admin)).isTrue();
        assertThat(policy.canSeeUnpublished(admin)).isTrue();
        assertThat(policy.canEditProgramme(admin, otherProgramme)).isTrue();
        assertThat(policy.canEditProject(admin, projectInOther)).isTrue();
        assertThat(policy.canCreateProjectIn(admin, List.of(managedProgramme, otherProgramme))).isTrue();
        assertThat(policy.canCreateProjects(admin)).isTrue();
    }

    @Test
    void programmeManagersChangeOnlyTheirProgrammesAndTheirProjects() {
        Authentication manager = as(Role.PROGRAMME_MANAGER);
        users.assignProgramme(UserPrincipal.of(manager).orElseThrow().id(), managedProgramme);

        assertThat(policy.canEditProgramme(manager, managedProgramme)).isTrue();
        assertThat(policy.canEditProgramme(manager, otherProgramme)).isFalse();
        assertThat(policy.canEditProject(manager, projectInManaged)).isTrue();
        assertThat(policy.canEditProject(manager, projectInBoth)).isTrue();
        assertThat(policy.canEditProject(manager, projectInOther)).isFalse();
        assertThat(policy.canCreateProjectIn(manager, List.of(managedProgramme))).isTrue();
        assertThat(policy.canCreateProjectIn(manager, List.of(managedProgramme, managedProgramme))).isTrue();
        assertThat(policy.canCreateProjectIn(manager, List.of(managedProgramme, otherProgramme))).isFalse();
        assertThat(policy.canCreateProjectIn(manager, List.of())).isFalse();
        assertThat(policy.canCreateProjects(manager)).isTrue();
        assertThat(policy.isAdmin(manager)).isFalse();
        assertThat(policy.canManageReferenceData(manager)).isFalse();
        assertThat(policy.canSeeUnpublished(manager)).isTrue();
    }

    @Test
    void projectLeadsChangeOnlyTheirOwnProjects() {
        Authentication lead = as(Role.PROJECT_LEAD);
        users.assignProject(UserPrincipal.of(lead).orElseThrow().id(), ledProject);

        assertThat(policy.canEditProject(lead, ledProject)).isTrue();
        assertThat(policy.canEditProject(lead, projectInOther)).isFalse();
        assertThat(policy.canEditProgramme(lead, otherProgramme)).isFalse();
        assertThat(policy.canCreateProjectIn(lead, List.of(otherProgramme))).isFalse();
        assertThat(policy.canCreateProjects(lead)).isFalse();
        assertThat(policy.canSeeUnpublished(lead)).isTrue();
    }

    @Test
    void assignmentsOfAnotherRoleGiveNoRights() {
        // A viewer who (through a data loader, say) has assignments still changes nothing.
        Authentication viewer = as(Role.VIEWER);
        long id = UserPrincipal.of(viewer).orElseThrow().id();
        users.assignProgramme(id, managedProgramme);
        users.assignProject(id, ledProject);

        assertThat(policy.canEditProgramme(viewer, managedProgramme)).isFalse();
        assertThat(policy.canEditProject(viewer, ledProject)).isFalse();
        assertThat(policy.canEditProject(viewer, projectInManaged)).isFalse();
        assertThat(policy.canCreateProjectIn(viewer, List.of(managedProgramme))).isFalse();
        assertThat(policy.canCreateProjects(viewer)).isFalse();
        assertThat(policy.canManageReferenceData(viewer)).isFalse();
        assertThat(policy.canSeeUnpublished(viewer)).isTrue();
    }

    @Test
    void anonymousVisitorsChangeNothingAndSeeNoUnpublishedWork() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (Authentication a : new Authentication[] {anonymous, null}) {
            assertThat(policy.canSeeUnpublished(a)).isFalse();
            assertThat(policy.isAdmin(a)).isFalse();
            assertThat(policy.canManageReferenceData(a)).isFalse();
            assertThat(policy.canEditProgramme(a, managedProgramme)).isFalse();
            assertThat(policy.canEditProject(a, projectInManaged)).isFalse();
            assertThat(policy.canCreateProjectIn(a, List.of(managedProgramme))).isFalse();
            assertThat(policy.canCreateProjects(a)).isFalse();
            assertThat(policy.actorName(a)).isEqualTo("system");
        }
    }

    @Test
    void requireRefusesWithAccessDenied() {
        policy.require(true);
        assertThatThrownBy(() -> policy.require(false)).isInstanceOf(AccessDeniedException.class);
    }
}
