package org.regiomonitor.security;

import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The rights per role, in one place, for the web pages and the API alike.
 * <ul>
 * <li>anonymous visitors see only published work and change nothing;</li>
 * <li>viewers see everything and change nothing;</li>
 * <li>project leads change only the projects assigned to them;</li>
 * <li>programme managers change their programmes and every project in them;</li>
 * <li>administrators change everything and manage users.</li>
 * </ul>
 */
@Service
public class AccessPolicy {

    private final DSLContext dsl;
    private final AssignableWork work;

    AccessPolicy(DSLContext dsl, AssignableWork work) {
        this.dsl = dsl;
        this.work = work;
    }

    /** Logged-in users see unpublished work; anonymous visitors only what is published. */
    public boolean canSeeUnpublished(Authentication auth) {
        return UserPrincipal.of(auth).isPresent();
    }

    public boolean isAdmin(Authentication auth) {
        return hasRole(auth, Role.ADMIN);
    }

    /** Creating programmes and funders and loading reference data is for administrators. */
    public boolean canManageReferenceData(Authentication auth) {
        return isAdmin(auth);
    }

    /**
     * Organisations belong to no single programme; administrators and programme managers (who register
     * the partners of their projects) may create and edit them.
     */
    public boolean canEditOrganisations(Authentication auth) {
        return hasRole(auth, Role.ADMIN) || hasRole(auth, Role.PROGRAMME_MANAGER);
    }

    public boolean canEditProgramme(Authentication auth, long programmeId) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> true;
            case PROGRAMME_MANAGER -> dsl.fetchExists(USER_PROGRAMME,
                    USER_PROGRAMME.USER_ID.eq(u.id()).and(USER_PROGRAMME.PROGRAMME_ID.eq(programmeId)));
            default -> false;
        }).orElse(false);
    }

    /** A new project must sit in programmes the user manages (administrators: any). */
    public boolean canCreateProjectIn(Authentication auth, Collection<Long> programmeIds) {
        return managesAll(auth, programmeIds);
    }

    /** A report on programmes is written and published by an administrator or a manager of all of them. */
    public boolean canWriteReport(Authentication auth, Collection<Long> programmeIds) {
        return managesAll(auth, programmeIds);
    }

    /** Any user who may write a report on some programme (shows the "new report" button). */
    public boolean canWriteReports(Authentication auth) {
        return hasRole(auth, Role.ADMIN) || hasRole(auth, Role.PROGRAMME_MANAGER);
    }

    private boolean managesAll(Authentication auth, Collection<Long> programmeIds) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> true;
            case PROGRAMME_MANAGER -> !programmeIds.isEmpty() && dsl.fetchCount(USER_PROGRAMME,
                    USER_PROGRAMME.USER_ID.eq(u.id()).and(USER_PROGRAMME.PROGRAMME_ID.in(programmeIds)))
                    == programmeIds.stream().distinct().count();
            default -> false;
        }).orElse(false);
    }

    /** Any user who may create a project somewhere (shows the "new project" button). */
    public boolean canCreateProjects(Authentication auth) {
        return hasRole(auth, Role.ADMIN) || hasRole(auth, Role.PROGRAMME_MANAGER);
    }

    public boolean canEditProject(Authentication auth, long projectId) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> true;
            case PROGRAMME_MANAGER -> managesAProgrammeOf(u, projectId);
            case PROJECT_LEAD -> leads(u, projectId);
            case VIEWER, ANALYST -> false;
        }).orElse(false);
    }

    /**
     * The regional monitor (indicators, sets, imports, baselines, targets) and the NPVR plan are maintained by
     * analysts; administrators may stand in.
     */
    public boolean canMaintainMonitor(Authentication auth) {
        return hasRole(auth, Role.ADMIN) || hasRole(auth, Role.ANALYST);
    }

    /**
     * The values of a project's results (period updates) are written and submitted by a lead of the project;
     * administrators may stand in. Programme managers review them instead ({@link #canReviewResultUpdates}),
     * so that nobody approves what they wrote.
     */
    public boolean canWriteResultUpdates(Authentication auth, long projectId) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> true;
            case PROJECT_LEAD -> leads(u, projectId);
            default -> false;
        }).orElse(false);
    }

    /** A manager of one of the project's programmes (or an administrator) approves or returns its updates. */
    public boolean canReviewResultUpdates(Authentication auth, long projectId) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> true;
            case PROGRAMME_MANAGER -> managesAProgrammeOf(u, projectId);
            default -> false;
        }).orElse(false);
    }

    /**
     * Which programmes the user may edit, as a condition on a programme id column of the caller's query
     * (the same rule as {@link #canEditProgramme}, for lists and forms in one query).
     */
    public Condition canEditProgrammeCondition(Authentication auth, Field<Long> programmeId) {
        return UserPrincipal.of(auth).map(u -> switch (u.role()) {
            case ADMIN -> DSL.trueCondition();
            case PROGRAMME_MANAGER -> programmeId.in(DSL.select(USER_PROGRAMME.PROGRAMME_ID).from(USER_PROGRAMME)
                    .where(USER_PROGRAMME.USER_ID.eq(u.id())));
            default -> DSL.falseCondition();
        }).orElse(DSL.falseCondition());
    }

    /** The projects the user leads (a project lead's assignments; none for other roles), as a subquery. */
    public Select<Record1<Long>> ledProjectIds(Authentication auth) {
        long userId = UserPrincipal.of(auth).filter(u -> u.role() == Role.PROJECT_LEAD).map(UserPrincipal::id).orElse(-1L);
        return DSL.select(USER_PROJECT.PROJECT_ID).from(USER_PROJECT).where(USER_PROJECT.USER_ID.eq(userId));
    }

    /** The programmes the user manages (a programme manager's assignments; none for other roles), as a subquery. */
    public Select<Record1<Long>> managedProgrammeIds(Authentication auth) {
        long userId = UserPrincipal.of(auth).filter(u -> u.role() == Role.PROGRAMME_MANAGER).map(UserPrincipal::id)
                .orElse(-1L);
        return DSL.select(USER_PROGRAMME.PROGRAMME_ID).from(USER_PROGRAMME).where(USER_PROGRAMME.USER_ID.eq(userId));
    }

    /** Throws {@link AccessDeniedException} (HTTP 403, or a log-in for anonymous visitors) unless allowed. */
    public void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed");
        }
    }

    /** The user's name for histories, audit records and "recorded by" fields. */
    public String actorName(Authentication auth) {
        return UserPrincipal.of(auth).map(UserPrincipal::username).orElse("system");
    }

    private boolean managesAProgrammeOf(UserPrincipal u, long projectId) {
        return dsl.fetchExists(USER_PROGRAMME, USER_PROGRAMME.USER_ID.eq(u.id())
                .and(USER_PROGRAMME.PROGRAMME_ID.in(work.programmeIdsOf(projectId))));
    }

    private boolean leads(UserPrincipal u, long projectId) {
        return dsl.fetchExists(USER_PROJECT,
                USER_PROJECT.USER_ID.eq(u.id()).and(USER_PROJECT.PROJECT_ID.eq(projectId)));
    }

    private static boolean hasRole(Authentication auth, Role role) {
        return UserPrincipal.of(auth).map(u -> u.role() == role).orElse(false);
    }
}
