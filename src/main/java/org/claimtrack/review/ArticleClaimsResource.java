package org.claimtrack.review;

import java.net.URI;

import org.claimtrack.accounts.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/articles/{id}/claims}: add a claim the extractor missed (its own class: a longer path wins the match). */
@Path("/api/articles/{articleId}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ArticleClaimsResource {

    @Inject
    ClaimService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Add a claim the extractor missed: start, end and the fields of PATCH; 201 with the claim")
    public Response add(@PathParam("articleId") long articleId, java.io.InputStream in) {
        ClaimView v = service.add(articleId, ClaimJson.change(ClaimJson.parse(in, mapper)), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/claims/" + v.id())).entity(v).build();
    }
}
