package org.claimtrack.sources;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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

/** The source list and a source's page: everything it is credited with, with merge and split forms. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SourceService.SourceSummary> sources, List<SourceType> types, String q,
                String type);

        static native TemplateInstance detail(SourceService.SourceDetail source, List<SourceService.SourceSummary> lookalikes,
                List<Kind> kinds, List<String> verdicts, List<SourceType> types, List<SourceMerges.MergeView> merges,
                String error, String notice);
    }

    @Inject
    SourceService service;

    @Inject
    SourceMerges merges;

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("limit") @DefaultValue("300") int limit) {
        return Templates.list(service.list(q, type, limit, 0), types(), q == null ? "" : q, type == null ? "" : type);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("notice") String notice) {
        return Templates.detail(service.get(id), service.lookalikes(id), List.of(Kind.values()),
                SourceService.verdictNames(), types(), merges.merges(id), error, notice);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response merge(@PathParam("id") long id, @FormParam("csrf") String token, @FormParam("into") String into,
            @FormParam("intoId") String intoId, @FormParam("confirm") String confirm) {
        csrf.verify(token);
        try {
            Long target = parseId(into == null || into.isBlank() ? intoId : into, "into");
            if (target != null && !"yes".equals(confirm)) {
                // merging moves every claim: the server asks for the tick, not only a script's confirm()
                throw ApiError.of(422, "Nothing was merged: tick \"Yes, move every claim\" to confirm"
                        + " that source " + id + " and source " + target + " are the same.");
            }
            Source s = merges.merge(id, target, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/sources/" + s.id + "?notice=" + enc("merged source " + id + " into this one")))
                    .build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    @POST
    @Path("{id}/merges/{mergeId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response unmerge(@PathParam("id") long id, @PathParam("mergeId") long mergeId, @FormParam("csrf") String token,
            @FormParam("confirm") String confirm) {
        csrf.verify(token);
        try {
            if (!"yes".equals(confirm)) {
                throw ApiError.of(422, "Nothing was unmerged: tick \"Yes, bring it back\" to confirm that merge "
                        + mergeId + " should be undone.");
            }
            SourceMerges.Unmerged u = merges.unmerge(id, mergeId, identity.getPrincipal().getName());
            String notice = "unmerged from source " + id + ": " + u.movedBack().size() + " claim(s) moved back"
                    + (u.stayed().isEmpty() ? "" : ", " + u.stayed().size() + " corrected since stayed where they are");
            return Response.seeOther(URI.create("/sources/" + u.restored().id() + "?notice=" + enc(notice))).build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response split(@PathParam("id") long id, @FormParam("csrf") String token, @FormParam("name") String name,
            @FormParam("type") String type, @FormParam("claim") List<String> claims) {
        csrf.verify(token);
        try {
            List<Long> ids = new ArrayList<>();
            for (String c : claims == null ? List.<String>of() : claims) {
                ids.add(parseId(c, "claim"));
            }
            Source s = service.split(id, name, type, ids, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/sources/" + s.id + "?notice=" + enc("split off from source " + id)))
                    .build();
        } catch (WebApplicationException e) {
            return back(id, e);
        }
    }

    private static Response back(long id, WebApplicationException e) {
        if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
            throw e;
        }
        Object entity = e.getResponse().getEntity();
        String message = entity instanceof ApiError err ? err.error() : e.getMessage();
        return Response.seeOther(URI.create("/sources/" + id + "?error=" + enc(message))).build();
    }

    static Long parseId(String s, String field) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(400, field + " must be a number");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<SourceType> types() {
        return List.of(SourceType.PERSON, SourceType.GOVERNMENT, SourceType.ORGANIZATION, SourceType.MEDIA);
    }
}
