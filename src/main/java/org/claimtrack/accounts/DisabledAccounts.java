package org.claimtrack.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refuses every identity of a disabled account, on each request: a login, a Basic call and a session
 * cookie issued before the admin disabled it alike (the cookie alone would stay valid until it expires).
 * Read from {@link AccountCache}: a fresh entry decides on the event loop, a disable on this instance drops it.
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {

    @Inject
    AccountCache cache;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String name = identity.getPrincipal().getName();
        AccountCache.Account cached = cache.peek(name);
        if (cached != AccountCache.MISS) {
            try {
                return Uni.createFrom().item(checked(identity, cached));
            } catch (AuthenticationFailedException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return context.runBlocking(() -> checked(identity, cache.account(name)));
    }

    private static SecurityIdentity checked(SecurityIdentity identity, AccountCache.Account a) {
        if (a == null || a.disabled()) {
            throw new AuthenticationFailedException("account '" + identity.getPrincipal().getName() + "' is disabled or gone");
        }
        return identity;
    }
}
