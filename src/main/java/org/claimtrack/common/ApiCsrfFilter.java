package org.claimtrack.common;

import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * A browser session writing to /api must show the CSRF header; scripts using HTTP Basic carry no
 * ambient credentials and need none, nor do calls authenticated by an API token (accounts.BearerTokenMechanism).
 */
public class ApiCsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @ServerRequestFilter
    public Response check(ContainerRequestContext ctx, RoutingContext rc) {
        if (SAFE.contains(ctx.getMethod()) || !rc.normalizedPath().startsWith("/api/")) {
            return null;
        }
        String auth = ctx.getHeaderString("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        if (rc.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser u
                && "bearer".equals(u.getSecurityIdentity().getAttribute("claimtrack.auth"))) {
            return null; // authenticated by an API token: browsers never send one on their own
        }
        if (rc.request().getCookie("claimtrack-session") == null) {
            return null; // no browser session, so no ambient credential to abuse
        }
        try {
            csrf.verify(ctx.getHeaderString(Csrf.HEADER));
            return null;
        } catch (jakarta.ws.rs.WebApplicationException e) {
            return e.getResponse();
        }
    }
}
