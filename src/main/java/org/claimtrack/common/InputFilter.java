package org.claimtrack.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, before any other work, a request whose path or query holds a NUL byte ({@code %00}, which
 * PostgreSQL text cannot store) or a broken percent-escape: a 400 for every route at once, instead of
 * one check per parameter. Bodies are checked where they are read ({@link Inputs}).
 */
@ApplicationScoped
public class InputFilter {

    void install(@Observes Router router) {
        // right after the security headers (WebFilters, -1000), before authentication and routing
        router.route().order(-999).handler(this::filter);
    }

    void filter(RoutingContext rc) {
        String problem = problem(rc.request().uri());
        if (problem == null) {
            rc.next();
            return;
        }
        boolean api = rc.request().path() == null || rc.request().path().startsWith("/api");
        var res = rc.response().setStatusCode(400);
        if (api) {
            res.putHeader("Content-Type", "application/json").end("{\"error\":\"" + problem + "\"}");
        } else {
            res.putHeader("Content-Type", "text/html; charset=utf-8").end("<!doctype html><html lang=\"en\"><head>"
                    + "<title>Bad request</title></head><body><h1>Bad request</h1><p>" + problem + "</p>"
                    + "<p><a href=\"/\">Back to the start page</a></p></body></html>");
        }
    }

    /** Why this request URI is refused, or null; the message holds no part of the URI (nothing to escape). */
    static String problem(String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00")) {
            return "the address contains a NUL character (%00), which no parameter may hold";
        }
        try {
            URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "the address contains a broken percent-escape";
        }
        return null;
    }
}
