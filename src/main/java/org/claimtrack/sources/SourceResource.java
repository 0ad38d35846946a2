package org.claimtrack.sources;

import java.util.List;

import org.claimtrack.accounts.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    SourceService service;

    @Inject
    SourceMerges merges;

    @Inject
    SecurityIdentity identity;

    public record MergeRequest(Long into) {
    }

    public record SplitRequest(String name, String type, List<Long> claims) {
    }

    @GET
    @Operation(summary = "Canonical sources, most cited first: id, name, type, handles, aliases, claimCount, articleCount")
    public List<SourceService.SourceSummary> list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("limit") @DefaultValue("200") String limit, @QueryParam("offset") @DefaultValue("0") String offset) {
        return service.list(q, type, org.claimtrack.common.Paging.limit(limit), org.claimtrack.common.Paging.offset(offset));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source with its claims across articles (newest first, at most 500) and counts by kind and verdict")
    public SourceService.SourceDetail get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Merge this source into another ({\"into\": id}): every claim moves and is recorded in its history; the merge can be undone (merges/{mergeId}/undo)")
    public SourceService.SourceDetail merge(@PathParam("id") long id, MergeRequest body) {
        Source into = merges.merge(id, body == null ? null : body.into(), identity.getPrincipal().getName());
        return service.get(into.id);
    }

    @GET
    @Path("{id}/merges")
    @Operation(summary = "The merges into this source, newest first (at most 100): which source went in, by whom, how many "
            + "claims it brought, and whether it was undone")
    public List<SourceMerges.MergeView> merges(@PathParam("id") long id) {
        return merges.merges(id);
    }

    @POST
    @Path("{id}/merges/{mergeId}/undo")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Undo one merge into this source: the merged-away source comes back with its id, aliases and "
            + "handles, and the claims the merge moved go back unless their source was changed since (those stay, "
            + "listed in 'stayed'); 404 for a merge that is not this source's, 409 when undone already")
    public SourceMerges.Unmerged unmerge(@PathParam("id") long id, @PathParam("mergeId") long mergeId) {
        return merges.unmerge(id, mergeId, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Split claims off into a new source ({\"name\", \"type\", \"claims\": [ids]})")
    public SourceService.SourceDetail split(@PathParam("id") long id, SplitRequest body) {
        if (body == null) {
            throw org.claimtrack.common.ApiError.of(422, "send {\"name\", \"type\", \"claims\": [ids]}");
        }
        Source s = service.split(id, body.name(), body.type(), body.claims(), identity.getPrincipal().getName());
        return service.get(s.id);
    }
}
