package org.claimtrack.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user for templates: {@code {inject:user.name}}, {@code {#if inject:user.canReview}}. */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isEditor() {
        return identity.hasRole(Roles.EDITOR) || isAdmin();
    }

    /** Checkers, editors and admins may set verdicts and correct claims. */
    public boolean isCanReview() {
        return identity.hasRole(Roles.CHECKER) || isEditor();
    }

    public String getRole() {
        return isAdmin() ? Roles.ADMIN : isEditor() ? Roles.EDITOR : isCanReview() ? Roles.CHECKER : Roles.VIEWER;
    }
}
