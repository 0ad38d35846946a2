package org.claimtrack.common;

import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Errors answered to a browser asking for a page are HTML pages with the site's navigation and a
 * sentence in plain words (issue 17, item 6); the API under {@code /api} keeps its JSON
 * {@code {"error": "..."}}. Every {@link ApiError} a page route throws or returns passes here.
 */
@jakarta.ws.rs.Path("/errors")
public class ErrorPage {

    /** Statuses a router-level handler (before the REST layer, so without templates) reroutes here to show. */
    static final java.util.Set<Integer> SHOWN = java.util.Set.of(400, 403, 404, 405, 409, 413, 415, 422, 429, 500);

    @jakarta.ws.rs.GET
    @jakarta.ws.rs.Path("{status}")
    @jakarta.ws.rs.Produces(MediaType.TEXT_HTML)
    public jakarta.ws.rs.core.Response page(@jakarta.ws.rs.PathParam("status") String status) {
        int s = status.matches("[0-9]{3}") && SHOWN.contains(Integer.parseInt(status)) ? Integer.parseInt(status) : 404;
        return jakarta.ws.rs.core.Response.status(s).type("text/html;charset=UTF-8")
                .entity(Templates.error(shown(s, null)).render()).build();
    }

    /** From a router handler: answer a page request with the error page for {@code status} (GET, keeps the login). */
    public static void reroute(io.vertx.ext.web.RoutingContext rc, int status) {
        rc.reroute(io.vertx.core.http.HttpMethod.GET, "/errors/" + status);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Shown e);
    }

    /** What the page shows: the status, a title, the sentence, and the precise detail when it helps. */
    public record Shown(int status, String title, String sentence, String detail) {
    }

    /** A request for a page: not the API, not Quarkus' own endpoints, and a client that takes HTML. */
    public static boolean wantsPage(String path, List<String> accept) {
        if (path == null || path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/")
                || path.startsWith("/static/")) {
            return false;
        }
        for (String a : accept) {
            String v = a.toLowerCase(Locale.ROOT);
            if (v.contains("text/html") || v.contains("application/xhtml+xml")) {
                return true;
            }
        }
        return false;
    }

    @ServerResponseFilter
    public void toPage(ContainerRequestContext req, ContainerResponseContext res) {
        if (!(res.getEntity() instanceof ApiError err) || res.getStatus() < 400) {
            return;
        }
        if (!wantsPage(req.getUriInfo().getPath(), req.getHeaders().getOrDefault(HttpHeaders.ACCEPT, List.of()))) {
            return;
        }
        String html = Templates.error(shown(res.getStatus(), err.error())).render();
        res.setEntity(html, null, MediaType.valueOf("text/html;charset=UTF-8"));
    }

    /** The status's title and plain sentence; the message itself follows when it adds something. */
    public static Shown shown(int status, String message) {
        String detail = message == null || message.isBlank() ? null : message;
        return switch (status) {
            case 400 -> new Shown(status, "Bad request", "The page could not use what was sent.", detail);
            case 401 -> new Shown(status, "Please log in", "This page needs you to log in first.", null);
            case 403 -> new Shown(status, "Not allowed", "Your role may not open this page or make this change."
                    + " Ask an editor or an admin if you need it.", null);
            case 404 -> new Shown(status, "Page not found", "There is no page at this address: the item may have been"
                    + " removed, or the link is mistyped.", detail == null || detail.equals("not found") ? null : detail);
            case 405 -> new Shown(status, "Not possible here", "This address cannot be used that way: open it as a"
                    + " link, or use the form on its page.", null);
            case 409 -> new Shown(status, "Changed meanwhile", "Someone else changed this item while you worked on it."
                    + " Reload the page and make your change again.", detail);
            case 413 -> new Shown(status, "Too large", "What you sent is larger than claimtrack accepts: send a"
                    + " smaller file or a shorter text.", detail);
            case 415 -> new Shown(status, "Wrong kind of file", "claimtrack cannot read what was sent in this form:"
                    + " use the form on the page.", null);
            case 422 -> new Shown(status, "Cannot be saved", "Some of what was entered cannot be used.", detail);
            case 429 -> new Shown(status, "Too many attempts", "Too many tries in a short time: wait a minute, then"
                    + " try again.", null);
            default -> status >= 500
                    ? new Shown(status, "Something went wrong", "claimtrack failed to answer this request. It is our"
                            + " fault, not yours: try again, and tell an admin if it happens again.", null)
                    : new Shown(status, "Cannot do this", "The request could not be completed.", detail);
        };
    }

    /**
     * A refusal said for a page form: the API's precise wording (JSON field names) becomes what the
     * person can do on the page; other messages pass unchanged.
     */
    public static String forForm(String message) {
        if (message == null) {
            return null;
        }
        String m = message.replace(": send source {\"id\"} or {\"start\",\"end\",\"name\",\"type\"}",
                ": choose a source from the list, or type the speaker's name and pick its type");
        m = m.replace("an ANONYMOUS_SOURCE claim", "a claim from an unnamed source")
                .replace("needs a source or a cue", "needs the words that describe the source, or the verb that"
                        + " attributes it (such as \"said\")");
        return m.equals(message) ? message : Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".";
    }
}
