package org.claimtrack.accounts;

import java.time.Duration;
import java.util.Set;

import org.claimtrack.common.ClaimtrackConfig;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Passwords of form login and HTTP Basic, checked against the bcrypt hashes of {@link User} with
 * {@link LoginThrottle} in front: ahead of the generated security-jpa provider (higher priority), which
 * would check the same hash without counting failures. Failures are logged with user and address, never the
 * password; waits are timers, not sleeping threads.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(PasswordIdentityProvider.class);

    @Inject
    LoginThrottle throttle;

    @Inject
    ClaimtrackConfig config;

    /** Checked for unknown names, so that they take as long as known ones. */
    private volatile String dummyHash;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String user = request.getUsername();
        String client = client(HttpSecurityUtils.getRoutingContextAttribute(request));
        String key = LoginThrottle.key(user, client);
        long wait = throttle.lockedForSeconds(key);
        if (wait > 0) {
            LOG.warnf("login refused for '%s' from %s: locked for %d s after repeated failures", printable(user), client, wait);
            return Uni.createFrom().failure(new LoginThrottledException(wait));
        }
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> check(user, password)).onItem().transformToUni(identity -> {
            if (identity != null) {
                throttle.succeeded(key);
                return Uni.createFrom().item(identity);
            }
            int n = throttle.failed(key);
            LOG.warnf("login failed for '%s' from %s (%d in a row%s)", printable(user), client, n,
                    throttle.lockedNow(n) ? ", now locked" : "");
            Uni<SecurityIdentity> failure = Uni.createFrom().failure(new AuthenticationFailedException());
            Duration d = throttle.delay(n);
            return d.isZero() ? failure : Uni.createFrom().voidItem().onItem().delayIt().by(d).onItem().transformToUni(v -> failure);
        });
    }

    /** The identity for a right password, null for a wrong one or an unknown user. */
    @Transactional
    SecurityIdentity check(String username, String password) {
        User u = username == null || username.length() > 64 ? null : User.findByUsername(username);
        if (u == null) {
            BcryptUtil.matches(password, dummyHash());
            return null;
        }
        if (!BcryptUtil.matches(password, u.passwordHash)) {
            return null;
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(u.username))
                .addRoles(Set.of(u.roles.split(","))).build();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = BcryptUtil.bcryptHash("not a password of anyone", config.admin().hashCost());
        }
        return dummyHash;
    }

    static String client(RoutingContext rc) {
        SocketAddress a = rc == null ? null : rc.request().remoteAddress();
        return a == null ? "local" : a.hostAddress();
    }

    /** The user name as typed, safe for one log line. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 64 ? t.substring(0, 64) + "…" : t;
    }
}
