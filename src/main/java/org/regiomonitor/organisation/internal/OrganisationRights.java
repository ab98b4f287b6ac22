package org.regiomonitor.organisation.internal;

import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may create and edit organisations: administrators and programme managers. Programme managers
 * register the partners of the projects in their programmes, and organisations belong to no single
 * programme, so scoping them to programmes is not possible. Project leads, viewers and anonymous
 * visitors change no organisation. (AccessPolicy.canManageReferenceData is admin-only, hence this rule.)
 */
@Component
public class OrganisationRights {

    private final AccessPolicy access;

    OrganisationRights(AccessPolicy access) {
        this.access = access;
    }

    public boolean canEdit(Authentication auth) {
        return access.isAdmin(auth)
                || UserPrincipal.of(auth).map(u -> u.role() == Role.PROGRAMME_MANAGER).orElse(false);
    }

    public boolean canSeeUnpublished(Authentication auth) {
        return access.canSeeUnpublished(auth);
    }

    public void requireEdit(Authentication auth) {
        access.require(canEdit(auth));
    }

    public String actorName(Authentication auth) {
        return access.actorName(auth);
    }
}
