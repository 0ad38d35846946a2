package org.claimtrack.accounts;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity behind a form-login session cookie (Quarkus asks with a {@link TrustedAuthenticationRequest}
 * naming the user): ahead of the generated security-jpa provider, which would load the {@link User} through
 * Hibernate in a transaction on every request. Roles come from {@link AccountCache}; a fresh entry answers on
 * the event loop without blocking. Disabled accounts and ended sessions are refused by
 * {@link DisabledAccounts} and {@link SessionAugmentor}, from the same cache.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AccountCache cache;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String name = request.getPrincipal();
        AccountCache.Account cached = cache.peek(name);
        if (cached != AccountCache.MISS) {
            return cached == null ? Uni.createFrom().failure(new AuthenticationFailedException("no user '" + name + "'"))
                    : Uni.createFrom().item(identity(cached));
        }
        return context.runBlocking(() -> {
            AccountCache.Account a = cache.account(name);
            if (a == null) {
                throw new AuthenticationFailedException("no user '" + name + "'");
            }
            return identity(a);
        });
    }

    private static SecurityIdentity identity(AccountCache.Account a) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(a.username()))
                .addRoles(Set.of(a.roles().split(","))).build();
    }
}
