package org.regiomonitor.organisation.internal;

import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The organisation feature's view of {@link AccessPolicy}: who may edit organisations and see unpublished ones. */
@Component
public class OrganisationRights {

    private final AccessPolicy access;

    OrganisationRights(AccessPolicy access) {
        this.access = access;
    }

    public boolean canEdit(Authentication auth) {
        return access.canEditOrganisations(auth);
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
