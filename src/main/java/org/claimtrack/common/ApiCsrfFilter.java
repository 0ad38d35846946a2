package org.claimtrack.common;

import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

/**
 * A browser session writing to /api must show the CSRF header; scripts using HTTP Basic carry no
 * ambient credentials and need none (unless the request comes from another site's page), nor do calls
 * authenticated by an API token (accounts.BearerTokenMechanism).
 * <p>
 * Which requests are API requests is decided on the resource the REST layer matched, not on the
 * request's path: a path spelled differently ({@code /api;x/users}, {@code //api/users}) reaches the same
 * resource and so gets the same check (issue 19, item 1). Pages check the token of their own forms.
 */
public class ApiCsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @ServerRequestFilter
    public Response check(ContainerRequestContext ctx, RoutingContext rc, ResourceInfo resource) {
        if (SAFE.contains(ctx.getMethod()) || !isApi(resource)) {
            return null;
        }
        String auth = ctx.getHeaderString("Authorization");
        boolean session = rc.request().getCookie("claimtrack-session") != null;
        if (AuthHeaders.isBasic(auth) && !session) {
            // a browser that learnt Basic credentials would resend them on another site's form post
            return SameOrigin.crossSite(rc) ? ApiError.response(403, "cross-site request refused") : null;
        }
        if (rc.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser u
                && "bearer".equals(u.getSecurityIdentity().getAttribute("claimtrack.auth"))) {
            return null; // authenticated by an API token: browsers never send one on their own
        }
        if (!session) {
            return null; // no browser session, so no ambient credential to abuse
        }
        try {
            csrf.verify(ctx.getHeaderString(Csrf.HEADER));
            return null;
        } catch (jakarta.ws.rs.WebApplicationException e) {
            return e.getResponse();
        }
    }

    /** The matched resource class is one of /api (unknown: treated as API, the stricter rule). */
    static boolean isApi(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Path path = type == null ? null : type.getAnnotation(Path.class);
        if (path == null) {
            return true;
        }
        String p = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return p.equals("/api") || p.startsWith("/api/");
    }
}
