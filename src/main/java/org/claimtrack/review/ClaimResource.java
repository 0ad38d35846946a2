package org.claimtrack.review;

import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Claims section of the HTTP API; thin: {@link ClaimService} does the work and writes the history. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimService service;

    @Inject
    ClaimUndo claimUndo;

    @Inject
    SecurityIdentity identity;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @GET
    @Operation(summary = "Claims matching the filters (rejected ones only with status=REJECTED); assignee=NAME, me or none; "
            + "mentioned=NAME or me; sort=newest|article|kind|status|verdict; paged by limit/offset; "
            + "X-Total-Count gives the number of matches")
    public Response list(@BeanParam ClaimFilter filter, @QueryParam("limit") @DefaultValue("100") String limitParam,
            @QueryParam("offset") @DefaultValue("0") String offsetParam, @QueryParam("sort") String sort) {
        int limit = Paging.limit(limitParam);
        int offset = Paging.offset(offsetParam);
        filter.resolveMe(user());
        List<ClaimView> claims = service.list(filter, limit, offset, ClaimSort.parse(sort));
        return Response.ok(claims).header("X-Total-Count", service.count(filter)).build();
    }

    static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(400, name + " must be a whole number, not '" + value + "'");
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim")
    public ClaimView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Correct a claim: any of kind, start, end, source ({id} or {start,end,name,type}), cue, quote, "
            + "status, assignee, hedges, with the version read (409 when stale)")
    public ClaimView patch(@PathParam("id") long id, java.io.InputStream in) {
        return service.correct(id, ClaimJson.change(ClaimJson.parse(in, mapper)), user());
    }

    @PUT
    @Path("{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Set the verdict: {rating, explanation, evidence: [urls], version}")
    public ClaimView verdict(@PathParam("id") long id, java.io.InputStream in) {
        return service.verdict(id, ClaimJson.verdict(ClaimJson.parse(in, mapper)), user());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Reject a claim: hidden from lists and exports, kept in history; optional ?version= is checked")
    public ClaimView reject(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return service.reject(id, version, user());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of a claim: at, user, action, before, after")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("{id}/undo")
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Undo your own newest change to the claim still in effect; again for the one before, and so on "
            + "(409 when someone else's change is newer, 422 when nothing is left to undo)")
    public ClaimView undo(@PathParam("id") long id) {
        return claimUndo.undo(id, user());
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Split a claim in two at a code-point offset: {at, version}; answers both parts")
    public List<ClaimView> split(@PathParam("id") long id, java.io.InputStream in) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(in, mapper), "{\"at\", \"version\"}");
        ClaimJson.known(o, java.util.Set.of("at", "version"), "");
        return service.split(id, ClaimJson.integer(o, "at"), ClaimJson.integer(o, "version"), user());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Merge another claim of the same article into this one: {with, version, withVersion}")
    public ClaimView merge(@PathParam("id") long id, java.io.InputStream in) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(in, mapper), "{\"with\", \"version\"}");
        ClaimJson.known(o, java.util.Set.of("with", "version", "withVersion"), "");
        Integer with = ClaimJson.integer(o, "with");
        return service.merge(id, with == null ? null : with.longValue(), ClaimJson.integer(o, "version"),
                ClaimJson.integer(o, "withVersion"), user());
    }

    // ---------------------------------------------------------------- workflow (issue 17)

    @Inject
    WorkflowService workflow;

    @Inject
    CommentService comments;

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Assign and/or set the status of many claims: {ids: [..], assignee: name|null, status}; "
            + "rejected claims are skipped")
    public WorkflowService.BulkResult bulk(java.io.InputStream in) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(in, mapper), "{\"ids\", \"assignee\", \"status\"}");
        ClaimJson.known(o, java.util.Set.of("ids", "assignee", "status"), "");
        JsonNode ids = o.get("ids");
        if (ids == null || !ids.isArray()) {
            throw ApiError.of(422, "ids must be an array of claim ids");
        }
        List<Long> list = new java.util.ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                throw ApiError.of(422, "ids must be an array of claim ids, not " + id);
            }
            list.add(id.longValue());
        }
        String status = ClaimJson.string(o, "status");
        return workflow.bulk(list, o.has("assignee"), ClaimJson.string(o, "assignee"),
                status == null ? null : ClaimFilter.parse(ClaimStatus.class, status, "status"), user());
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Publish the claim's fact-check (needs a verdict, else 409): status PUBLISHED and a public "
            + "page /fact-checks/{id}; optional body {url: the fact-check published elsewhere, version}")
    public ClaimView publish(@PathParam("id") long id, java.io.InputStream in) throws java.io.IOException {
        byte[] raw = in == null ? new byte[0] : in.readNBytes(ClaimJson.MAX_BODY + 1);
        String url = null;
        Integer version = null;
        if (raw.length > 0 && !new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            JsonNode o = ClaimJson.object(ClaimJson.parse(new java.io.ByteArrayInputStream(raw), mapper),
                    "{\"url\", \"version\"}");
            ClaimJson.known(o, java.util.Set.of("url", "version"), "");
            url = ClaimJson.string(o, "url");
            version = ClaimJson.integer(o, "version");
        }
        return workflow.publish(id, url, version, user());
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The claim's discussion thread, oldest first")
    public List<CommentService.CommentView> comments(@PathParam("id") long id) {
        return comments.list(id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Comment on a claim: {text}; @name mentions put the claim into that person's queue")
    public Response comment(@PathParam("id") long id, java.io.InputStream in) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(in, mapper), "{\"text\"}");
        ClaimJson.known(o, java.util.Set.of("text"), "");
        CommentService.CommentView c = comments.add(id, ClaimJson.string(o, "text"), user());
        return Response.status(201).entity(c).header("Location", "/api/claims/" + id + "/comments").build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
