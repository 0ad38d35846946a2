package org.claimtrack.compare;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The list of same-claim groups and the comparison page of one group, with the editors' actions. */
@Path("/clusters")
@Produces(MediaType.TEXT_HTML)
public class ClusterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ClusterService.ClusterSummary> clusters, String q, Long article,
                String notice);

        static native TemplateInstance detail(ClusterService.ClusterDetail cluster, String error, String notice);
    }

    @Inject
    ClusterService service;

    @Inject
    Csrf csrf;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("article") Long article,
            @QueryParam("notice") String notice, @QueryParam("limit") @DefaultValue("200") int limit) {
        return Templates.list(service.list(article, q, limit, 0), q == null ? "" : q, article, notice);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("notice") String notice) {
        return Templates.detail(service.get(id), error, notice);
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response confirm(@PathParam("id") long id, @FormParam("csrf") String token) {
        csrf.verify(token);
        service.confirm(id);
        return Response.seeOther(URI.create("/clusters/" + id + "?notice=" + enc("group confirmed"))).build();
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response split(@PathParam("id") long id, @FormParam("csrf") String token,
            @FormParam("claim") List<String> claims) {
        csrf.verify(token);
        try {
            List<Long> ids = new ArrayList<>();
            for (String c : claims == null ? List.<String>of() : claims) {
                ids.add(number(c, "claim"));
            }
            long fresh = service.split(id, ids);
            return Response.seeOther(URI.create("/clusters/" + id + "?notice="
                    + enc("split off into group " + fresh))).build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response merge(@PathParam("id") long id, @FormParam("csrf") String token, @FormParam("into") String into,
            @FormParam("confirm") String confirm) {
        csrf.verify(token);
        try {
            Long target = number(into, "into");
            if (target != null && !"yes".equals(confirm)) {
                // merging moves every claim: the server asks for the tick, not only a script's confirm()
                throw ApiError.of(422, "Nothing was merged: tick \"Yes, merge the groups\" to confirm that group " + id
                        + " and group " + target + " hold the same claim.");
            }
            service.merge(id, target);
            return Response.seeOther(URI.create("/clusters/" + target + "?notice=" + enc("merged group " + id + " into this one")))
                    .build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    @Inject
    ClaimSuggestions suggestions;

    @POST
    @Path("{id}/suggestions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response suggestion(@PathParam("id") long id, @FormParam("csrf") String token, @FormParam("claim") String claim,
            @FormParam("other") String other, @FormParam("action") String action) {
        csrf.verify(token);
        try {
            Long c = number(claim, "claim");
            Long o = number(other, "other");
            if (c == null || o == null) {
                throw ApiError.of(422, "claim and other are required");
            }
            if ("dismiss".equals(action)) {
                suggestions.dismiss(c, o);
                return Response.seeOther(URI.create("/clusters/" + id + "?notice=" + enc("suggestion dismissed"))).build();
            }
            long into = suggestions.confirm(c, o);
            return Response.seeOther(URI.create("/clusters/" + into + "?notice=" + enc("claim " + c + " joined the group")))
                    .build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    /**
     * The review page's confirm / dismiss (its panel lists the claim's suggestions): the same as the
     * group page's, back to the review page with the claim shown.
     */
    @POST
    @Path("suggestions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response suggestionFromReview(@FormParam("csrf") String token, @FormParam("claim") String claim,
            @FormParam("other") String other, @FormParam("action") String action, @FormParam("article") String article,
            @FormParam("show") String show) {
        csrf.verify(token);
        Long c = number(claim, "claim");
        Long o = number(other, "other");
        Long a = number(article, "article");
        if (c == null || o == null || a == null) {
            throw ApiError.of(422, "claim, other and article are required");
        }
        Long s = number(show, "show");
        long back = s == null ? c : s;
        String done;
        if ("dismiss".equals(action)) {
            suggestions.dismiss(c, o);
            done = "suggestion-dismissed";
        } else if ("confirm".equals(action)) {
            suggestions.confirm(c, o);
            done = "suggestion-confirmed";
        } else {
            throw ApiError.of(422, "action must be confirm or dismiss");
        }
        return Response.seeOther(URI.create("/articles/" + a + "?claim=" + back + "&done=" + done + "#claim-" + back))
                .build();
    }

    @POST
    @Path("recompute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response recompute(@FormParam("csrf") String token) {
        csrf.verify(token);
        ClusterService.Recomputed r = service.recomputeAll();
        return Response.seeOther(URI.create("/clusters?notice=" + enc("regrouped " + r.articles() + " article(s): "
                + r.clusters() + " group(s), " + r.members() + " claim(s)"))).build();
    }

    private static Response back(long id, WebApplicationException e) {
        if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
            throw e;
        }
        Object entity = e.getResponse().getEntity();
        String message = entity instanceof ApiError err ? err.error() : e.getMessage();
        return Response.seeOther(URI.create("/clusters/" + id + "?error=" + enc(message))).build();
    }

    private static Long number(String s, String field) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(422, field + " must be a number");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
