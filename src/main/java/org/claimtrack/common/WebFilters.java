package org.claimtrack.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
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
        if (path.startsWith("/api/") || path.equals("/api")) {
            // scripts get a Basic challenge, not the login page that form authentication redirects to
            rc.addHeadersEndHandler(v -> {
                var res = rc.response();
                String location = res.headers().get("Location");
                if (res.getStatusCode() == 302 && location != null && location.contains("/login")) {
                    res.setStatusCode(401);
                    res.headers().remove("Location");
                    res.headers().set("WWW-Authenticate", "Basic realm=\"claimtrack\"");
                }
            });
        }
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
                    .setSameSite(CookieSameSite.STRICT));
        }
        rc.next();
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
