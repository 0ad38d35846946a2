package org.claimtrack.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Every response: security headers, and the CSRF cookie (double-submit: forms echo it in a hidden
 * field, scripts in the {@code X-CSRF-Token} header; see {@link Csrf}).
 */
@ApplicationScoped
public class WebFilters {

    public static final String CSRF_COOKIE = "claimtrack-csrf";
    static final String CSRF_REQUEST_KEY = "claimtrack.csrf.request";
    static final String CSRF_TOKEN_KEY = "claimtrack.csrf.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebConfig config;

    void install(@Observes Router router) {
        // before security and every other route, so that even a 401 carries the headers
        router.route().order(-1000).handler(this::filter);
    }

    void filter(RoutingContext rc) {
        String path = rc.normalizedPath();
        var headers = rc.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (!path.startsWith("/q/")) {
            // no inline script or style anywhere: article text can never run
            headers.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        }
        if (hasPathParameter(rc.request().path())) {
            refusePathParameter(rc, path);
            return;
        }
        boolean https = rc.request().isSSL();
        config.hstsMaxAge().filter(d -> https).ifPresent(d -> headers.set("Strict-Transport-Security", "max-age=" + d.toSeconds()));
        rc.addHeadersEndHandler(v -> beforeHeaders(rc, path));
        Cookie cookie = rc.request().getCookie(CSRF_COOKIE);
        String fromRequest = cookie == null ? null : cookie.getValue();
        if (fromRequest != null && fromRequest.length() >= 16) {
            rc.put(CSRF_REQUEST_KEY, fromRequest);
            rc.put(CSRF_TOKEN_KEY, fromRequest);
        } else {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            rc.put(CSRF_TOKEN_KEY, token);
            rc.response().addCookie(Cookie.cookie(CSRF_COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(https));
        }
        rc.next();
    }

    /**
     * Last look at every answer: redirects never name the Host header (a relative Location instead),
     * the API never invites the browser's Basic prompt unless the client sent Basic, and pages answer a
     * missing login with the login page rather than a 401 (issue 19, item 12).
     */
    static void beforeHeaders(RoutingContext rc, String path) {
        var res = rc.response();
        String location = res.headers().get("Location");
        if (location != null) {
            String relative = relativeToSelf(location, rc.request().headers().get("Host"));
            if (relative != null) {
                res.headers().set("Location", location = relative);
            }
        }
        boolean api = isApi(path);
        String auth = rc.request().headers().get("Authorization");
        boolean sentBasic = AuthHeaders.isBasic(auth);
        int status = res.getStatusCode();
        if (api) {
            // scripts get a 401, not the login page that form authentication redirects to
            if (status == 302 && location != null && location.startsWith("/login")) {
                res.setStatusCode(status = 401);
                res.headers().remove("Location");
            }
            if (status == 401 && sentBasic) {
                res.headers().set("WWW-Authenticate", "Basic realm=\"claimtrack\"");
            } else if (status == 401) {
                // a 401 names its scheme (RFC 7235); Bearer, which no browser answers with a prompt
                String challenge = res.headers().get("WWW-Authenticate");
                if (challenge == null || !challenge.startsWith("Bearer")) {
                    res.headers().set("WWW-Authenticate", "Bearer realm=\"claimtrack\"");
                }
            } else {
                res.headers().remove("WWW-Authenticate");
            }
        } else if (status == 401) {
            res.setStatusCode(302);
            res.headers().remove("WWW-Authenticate");
            res.headers().set("Location", "/login");
        }
    }

    /** Whether a (normalised) path is the JSON API's: its answers are JSON, never pages or redirects. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** The path, query and fragment of an absolute URL on the request's own host, else null. */
    static String relativeToSelf(String location, String host) {
        int scheme = location.indexOf("://");
        if (host == null || scheme < 0 || scheme > 5) {
            return null;
        }
        int pathStart = location.indexOf('/', scheme + 3);
        String authority = pathStart < 0 ? location.substring(scheme + 3) : location.substring(scheme + 3, pathStart);
        if (!authority.equalsIgnoreCase(host.strip())) {
            return null;
        }
        return pathStart < 0 ? "/" : location.substring(pathStart);
    }

    /**
     * A ';' (raw or %3B) in the path: the REST layer routes without the ';...' part while the path
     * checks before it see it, so '/api;x/users' once passed the CSRF check (issue 19, item 1). No page or
     * API of the app uses path parameters: refuse them all.
     */
    static boolean hasPathParameter(String rawPath) {
        return rawPath != null && (rawPath.indexOf(';') >= 0 || rawPath.toLowerCase(Locale.ROOT).contains("%3b"));
    }

    private static void refusePathParameter(RoutingContext rc, String path) {
        String message = "path parameters (';' in the path) are not accepted";
        var res = rc.response().setStatusCode(400);
        if (path != null && (path.startsWith("/api") || path.startsWith("//api"))) {
            res.putHeader("Content-Type", "application/json").end("{\"error\":\"" + message + "\"}");
        } else {
            res.putHeader("Content-Type", "text/html; charset=utf-8").end("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>Bad address · claimtrack</title></head><body><h1>Bad address</h1><p>"
                    + message + ".</p><p><a href=\"/\">claimtrack</a></p></body></html>");
        }
    }
}
