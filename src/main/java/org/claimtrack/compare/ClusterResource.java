package org.claimtrack.compare;

import java.util.List;
import java.util.Map;

import org.claimtrack.accounts.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

@Path("/api/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Same claims")
public class ClusterResource {

    @Inject
    ClusterService service;

    public record MergeRequest(Long into) {
    }

    public record SplitRequest(List<Long> claims) {
    }

    @GET
    @Operation(summary = "Groups of claims stating the same thing across articles; filter article (its claims are in claimIds), q")
    public List<ClusterService.ClusterSummary> list(@QueryParam("article") Long article, @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("100") String limit, @QueryParam("offset") @DefaultValue("0") String offset) {
        return service.list(article, q, org.claimtrack.common.Paging.limit(limit), org.claimtrack.common.Paging.offset(offset));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One group: each member claim with its article, kind, source, cue, hedges and verdict")
    public ClusterService.ClusterDetail get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Confirm a group: recomputation keeps it as it is")
    public ClusterService.ClusterDetail confirm(@PathParam("id") long id) {
        service.confirm(id);
        return service.get(id);
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Move the listed member claims ({\"claims\": [ids]}) into a new confirmed group")
    public ClusterService.ClusterDetail split(@PathParam("id") long id, SplitRequest body) {
        return service.get(service.split(id, body == null ? null : body.claims()));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Merge this group into another ({\"into\": id})")
    public ClusterService.ClusterDetail merge(@PathParam("id") long id, MergeRequest body) {
        Long into = body == null ? null : body.into();
        service.merge(id, into);
        return service.get(into);
    }

    @POST
    @Path("recompute")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Forget unconfirmed groups and group every article again (after the extractor changed)")
    public Map<String, Long> recompute() {
        ClusterService.Recomputed r = service.recomputeAll();
        return Map.of("clusters", r.clusters(), "members", r.members(), "articles", r.articles());
    }

    @Inject
    ClaimSuggestions suggestions;

    @POST
    @Path("suggestions/{claim}/{other}/confirm")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a suggested match: the claim joins the other claim's group")
    public ClusterService.ClusterDetail confirmSuggestion(@PathParam("claim") long claim, @PathParam("other") long other) {
        return service.get(suggestions.confirm(claim, other));
    }

    @POST
    @Path("suggestions/{claim}/{other}/dismiss")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a suggested match: it is never suggested again")
    public Map<String, Boolean> dismissSuggestion(@PathParam("claim") long claim, @PathParam("other") long other) {
        suggestions.dismiss(claim, other);
        return Map.of("dismissed", true);
    }
}
