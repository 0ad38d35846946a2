package org.claimtrack.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses every identity of a disabled account, on each request: a login, a Basic call and a session
 * cookie issued before the admin disabled it alike (the cookie alone would stay valid until it expires).
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String name = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            Boolean disabled = QuarkusTransaction.requiringNew().call(() -> {
                User u = User.findByUsername(name);
                return u == null || u.disabled;
            });
            if (disabled) {
                throw new AuthenticationFailedException("account '" + name + "' is disabled or gone");
            }
            return identity;
        });
    }
}
