package org.claimtrack.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * CSRF protection by double submit: the token is the value of an HttpOnly SameSite cookie; a form
 * proves it came from our page by carrying the same value in its {@code csrf} field.
 * Templates use {@code {inject:csrf.token}}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    RoutingContext rc;

    /** The token to put into forms rendered by this request. */
    public String getToken() {
        String t = rc.get(WebFilters.CSRF_TOKEN_KEY);
        return t == null ? "" : t;
    }

    public String token() {
        return getToken();
    }

    /** Refuses (403) a form whose token does not match the cookie the browser sent. */
    public void verify(String submitted) {
        String expected = rc.get(WebFilters.CSRF_REQUEST_KEY);
        if (expected == null || submitted == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.of(403, "missing or invalid CSRF token: reload the page and try again");
        }
    }
}
