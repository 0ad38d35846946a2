package org.claimtrack.accounts;

import org.claimtrack.common.AuthHeaders;
import org.claimtrack.common.Causes;
import org.claimtrack.common.WebFilters;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wrong credentials on /api (a wrong password over Basic, an unknown or revoked token) answer in the
 * API's error shape with the scheme that failed, instead of the security layer's empty 401.
 */
@ApplicationScoped
public class ApiAuthFailures {

    void install(@Observes Router router) {
        router.route().order(-899).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (!WebFilters.isApi(rc.normalizedPath()) || rc.response().ended() || !authFailure(rc.failure())) {
            rc.next();
            return;
        }
        String auth = rc.request().headers().get("Authorization");
        boolean basic = AuthHeaders.isBasic(auth);
        boolean bearer = AuthHeaders.isBearer(auth);
        String message = bearer ? "the token is not valid (unknown, revoked, or its account is disabled)"
                : basic ? "wrong user name or password" : "authentication required";
        rc.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                .putHeader("WWW-Authenticate", basic ? "Basic realm=\"claimtrack\""
                        : "Bearer realm=\"claimtrack\"" + (bearer ? ", error=\"invalid_token\"" : ""))
                .end(new JsonObject().put("error", message).encode());
    }

    static boolean authFailure(Throwable t) {
        return Causes.find(t, AuthenticationFailedException.class) != null;
    }
}
