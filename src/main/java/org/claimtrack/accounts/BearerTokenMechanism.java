package org.claimtrack.accounts;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code Authorization: Bearer <personal API token>} (see {@link TokenService}) beside the built-in form
 * and Basic mechanisms. It answers only requests that carry a Bearer header, so pages keep their login
 * redirect and scripts their Basic challenge; a wrong token is a 401, never a fall back to anonymous.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Identity attribute naming how the caller authenticated; the CSRF filter skips token calls. */
    public static final String AUTH_ATTRIBUTE = "claimtrack.auth";
    public static final String BEARER = "bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        String token = bearer(rc);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new Request(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        if (bearer(rc) == null) {
            return Uni.createFrom().nullItem(); // not ours: the form or Basic mechanism challenges
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                "Bearer realm=\"claimtrack\", error=\"invalid_token\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext rc) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /** Before form and Basic, so a token decides even when a session cookie rides along. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    static String bearer(RoutingContext rc) {
        String h = rc.request().getHeader("Authorization");
        if (h == null || h.length() <= 7 || !org.claimtrack.common.AuthHeaders.isBearer(h)) {
            return null;
        }
        return h.substring(7).strip();
    }

    /** The token as an authentication request. */
    public static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    /** Finds the token's owner (a blocking lookup by digest) and gives the owner's current roles. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        @Inject
        TokenService tokens;

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            TokenService.Owner cached = tokens.cached(request.token);
            if (cached != null) {
                return Uni.createFrom().item(identity(cached)); // seen within a second, not revoked since
            }
            return context.runBlocking(() -> {
                TokenService.Owner owner = tokens.lookup(request.token);
                if (owner == null) {
                    throw new AuthenticationFailedException("unknown or revoked API token");
                }
                return identity(owner);
            });
        }

        private static SecurityIdentity identity(TokenService.Owner owner) {
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(owner.username()))
                    .addRoles(Set.of(owner.roles().split(","))).addAttribute(AUTH_ATTRIBUTE, BEARER).build();
        }
    }
}
