package org.claimtrack.accounts;

import java.util.Map;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ties browser sessions to the account's session key (issue 19, item 12). The form-login cookie only
 * names the user, so on its own it stays valid after a logout or a password reset until it times out.
 * A login draws the key (sent back as cookie {@code claimtrack-sid} by {@link LoginFlow}); every later
 * request of that session must show it, and {@link AccessGate} ends a session that does not. HTTP Basic
 * requests prove the password each time and are left alone.
 */
@ApplicationScoped
public class SessionAugmentor implements SecurityIdentityAugmentor {

    public static final String SID_COOKIE = "claimtrack-sid";
    static final String NEW_KEY = "claimtrack.session.new-key";
    static final String STALE = "claimtrack.session.stale";

    @Inject
    AccountService accounts;

    @Inject
    AccountCache cache;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (rc == null || identity.isAnonymous()
                || !(rc.get(HttpAuthenticationMechanism.class.getName()) instanceof FormAuthenticationMechanism)) {
            return Uni.createFrom().item(identity);
        }
        String user = identity.getPrincipal().getName();
        boolean login = LoginFlow.isLoginPost(rc);
        Cookie sid = rc.request().getCookie(SID_COOKIE);
        String presented = sid == null ? null : sid.getValue();
        if (!login) {
            // the key from AccountCache: a fresh entry decides without blocking; a logout here drops it
            AccountCache.Account cached = cache.peek(user);
            if (cached != AccountCache.MISS) {
                return Uni.createFrom().item(checked(identity, rc, cached, presented));
            }
            return context.runBlocking(() -> checked(identity, rc, cache.account(user), presented));
        }
        return context.runBlocking(() -> {
            rc.put(NEW_KEY, accounts.sessionKey(user));
            return identity;
        });
    }

    private static SecurityIdentity checked(SecurityIdentity identity, RoutingContext rc, AccountCache.Account a,
            String presented) {
        if (!AccountService.sameKey(a == null ? null : a.sessionKey(), presented)) {
            rc.put(STALE, Boolean.TRUE);
        }
        return identity;
    }
}
