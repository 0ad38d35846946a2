package org.claimtrack.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimtrack.common.SameOrigin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The way back after logging in. Quarkus' form login keeps the page that asked for a login in a cookie
 * holding the raw absolute URL; a URL with {@code ,} {@code ;} or {@code "} cannot be a cookie value, and
 * the response then never leaves (issue 19, item 9). This route drops that cookie before the headers go
 * out and keeps the relative path and query in its own cookie, Base64url-encoded; after a successful
 * login the landing-page redirect is replaced by that path (only ever a path on this site).
 * A login form posted from another origin is refused (403).
 */
@ApplicationScoped
public class LoginFlow {

    /** Quarkus' own location cookie ({@code quarkus.http.auth.form.location-cookie}, default). */
    static final String QUARKUS_LOCATION_COOKIE = "quarkus-redirect-location";
    public static final String RETURN_COOKIE = "claimtrack-return";
    static final String LOGIN_POST = "/j_security_check";
    static final String LANDING = "/";

    void install(@Observes Router router) {
        // after WebFilters (-1000), before authentication (-200): sees every challenge and every login
        router.route().order(-990).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (isLoginPost(rc) && SameOrigin.crossSite(rc)) {
            // login CSRF (issue 19, item 6): another site's page must not log the browser in as someone else
            rc.response().setStatusCode(403).putHeader("Content-Type", "text/html; charset=utf-8")
                    .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Refused · claimtrack</title>"
                            + "</head><body><h1>Login refused</h1><p>The login form was sent from another site.</p>"
                            + "<p><a href=\"/login\">Log in here</a></p></body></html>");
            return;
        }
        rc.addHeadersEndHandler(v -> beforeHeaders(rc));
        rc.next();
    }

    private void beforeHeaders(RoutingContext rc) {
        var res = rc.response();
        boolean https = rc.request().isSSL();
        Cookie asked = res.removeCookie(QUARKUS_LOCATION_COOKIE, false);
        if (asked != null && rc.request().method() == HttpMethod.GET) {
            String back = relative(rc.request().uri());
            if (back != null) {
                res.addCookie(cookie(RETURN_COOKIE, Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(back.getBytes(StandardCharsets.UTF_8)), https).setMaxAge(600));
            }
        }
        if (isLoginPost(rc) && res.getStatusCode() == 302 && LANDING.equals(pathOf(res.headers().get("Location")))) {
            // logged in: the session's key, and the way back to the page that asked
            String key = rc.get(SessionAugmentor.NEW_KEY);
            if (key != null) {
                res.addCookie(cookie(SessionAugmentor.SID_COOKIE, key, https));
            }
            Cookie saved = rc.request().getCookie(RETURN_COOKIE);
            String back = saved == null ? null : decode(saved.getValue());
            if (back != null) {
                res.headers().set("Location", back);
                res.addCookie(cookie(RETURN_COOKIE, "", https).setMaxAge(0));
            }
        }
    }

    static boolean isLoginPost(RoutingContext rc) {
        // the same test Quarkus' form mechanism makes: any path ending in the post location
        return rc.request().method() == HttpMethod.POST && rc.normalizedPath().endsWith(LOGIN_POST);
    }

    private static Cookie cookie(String name, String value, boolean secure) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure);
    }

    /** Path and query of a request target, or null when it is not a path on this site. */
    static String relative(String requestTarget) {
        if (requestTarget == null) {
            return null;
        }
        String t = requestTarget;
        if (!t.startsWith("/")) {
            try {
                URI u = URI.create(t);
                t = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return safe(t) ? t : null;
    }

    /** A saved path, or null when the cookie was not one of ours (tampered, foreign, absolute). */
    static String decode(String value) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            return safe(s) ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only a path on this site: one leading slash (never "//host" or "/\host"), no control characters. */
    static boolean safe(String s) {
        if (s.isEmpty() || s.length() > 4000 || s.charAt(0) != '/' || s.length() > 1 && (s.charAt(1) == '/' || s.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c == 0x7f || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String pathOf(String location) {
        if (location == null) {
            return null;
        }
        try {
            String p = URI.create(location).getRawPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
