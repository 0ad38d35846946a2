package org.claimtrack.accounts;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Decisions right after authentication (order -120: Quarkus authenticates at -200 and -150 and
 * authorises at -100), before the REST layer matches a method:
 * <ul>
 * <li>a browser session whose key is no longer its account's (logged out, password reset) ends here:
 * its cookies are expired and the request is answered as one without a session;</li>
 * <li>an /api request without a login is a 401 in the API's error shape (not the form login's redirect);</li>
 * <li>import jobs are for editors: a viewer's request to them is 403 before any content-type check
 * (the REST layer answered 415 first), and viewers do not read {@code /api/imports} either.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessGate {

    static final String UNAUTHENTICATED = "{\"error\":\"authentication required: log in, or send HTTP Basic or a Bearer"
            + " token (Authorization header)\"}";

    static final List<String> EDITOR_PATHS = List.of("/import", "/imports", "/api/imports");

    void install(@Observes Router router) {
        router.route().order(-120).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (Boolean.TRUE.equals(rc.get(SessionAugmentor.STALE))) {
            endSession(rc);
            return;
        }
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser u ? u.getSecurityIdentity() : null;
        if ((identity == null || identity.isAnonymous()) && api(rc)) {
            // every /api route needs a login: say so in the API's error shape (form login would redirect)
            rc.response().setStatusCode(401).putHeader("Content-Type", "application/json").end(UNAUTHENTICATED);
            return;
        }
        if (identity != null && !identity.isAnonymous() && editorsOnly(rc.normalizedPath())
                && !identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            forbidden(rc);
            return;
        }
        rc.next();
    }

    static boolean editorsOnly(String path) {
        for (String p : EDITOR_PATHS) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean api(RoutingContext rc) {
        return org.claimtrack.common.WebFilters.isApi(rc.normalizedPath());
    }

    private static void endSession(RoutingContext rc) {
        var res = rc.response();
        res.addCookie(Cookie.cookie("claimtrack-session", "").setPath("/").setMaxAge(0));
        res.addCookie(Cookie.cookie(SessionAugmentor.SID_COOKIE, "").setPath("/").setMaxAge(0));
        if (api(rc)) {
            res.setStatusCode(401).putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"your session has ended (logged out or password changed): log in again\"}");
        } else {
            res.setStatusCode(302).putHeader("Location", "/login").end();
        }
    }

    private static void forbidden(RoutingContext rc) {
        if (api(rc)) {
            rc.response().setStatusCode(403).putHeader("Content-Type", "application/json").end("{\"error\":\"forbidden: your role may not do this\"}");
        } else {
            org.claimtrack.common.ErrorPage.reroute(rc, 403);
        }
    }
}
