package org.regiomonitor.finance.internal;

import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Finance rights on top of {@link AccessPolicy}; see {@link EditRight}. */
@Component
public class FinanceRights {

    private final AccessPolicy policy;

    FinanceRights(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Admins and the programme's managers. */
    public EditRight programme(Authentication auth, long programmeId) {
        return policy.canEditProgramme(auth, programmeId) ? EditRight.FULL : EditRight.NONE;
    }

    /** Admins and the managers of one of the project's programmes; the project's leads for budgeted amounts. */
    public EditRight project(Authentication auth, long projectId) {
        if (!policy.canEditProject(auth, projectId)) {
            return EditRight.NONE;
        }
        boolean lead = UserPrincipal.of(auth).map(u -> u.role() == Role.PROJECT_LEAD).orElse(false);
        return lead ? EditRight.BUDGET_ONLY : EditRight.FULL;
    }

    public EditRight line(Authentication auth, BudgetLineView line) {
        return line.programmeId() != null ? programme(auth, line.programmeId()) : project(auth, line.projectId());
    }

    public boolean canManageFunders(Authentication auth) {
        return policy.canManageReferenceData(auth);
    }

    public boolean canSeeUnpublished(Authentication auth) {
        return policy.canSeeUnpublished(auth);
    }

    public void require(boolean allowed) {
        policy.require(allowed);
    }

    public String actor(Authentication auth) {
        return policy.actorName(auth);
    }
}
