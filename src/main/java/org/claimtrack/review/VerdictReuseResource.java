package org.claimtrack.review;

import java.util.Set;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/claims/{id}/reuse-verdict} (its own class: a longer path wins the match). */
@Path("/api/claims/{id}/reuse-verdict")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class VerdictReuseResource {

    @Inject
    VerdictReuse verdicts;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHECKER)
    @Operation(summary = "Reuse the verdict of a checked claim of the same group (its checkedElsewhere.claimId): "
            + "{from, version}; copies rating, evidence and explanation (noting where it came from); 409 when the "
            + "version is stale, 422 when from is not of the same group or has no final verdict")
    public ClaimView reuse(@PathParam("id") long id, java.io.InputStream in) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(in, mapper), "{\"from\", \"version\"}");
        ClaimJson.known(o, Set.of("from", "version"), "");
        JsonNode from = o.get("from");
        if (from != null && !from.isNull() && (!from.isIntegralNumber() || !from.canConvertToLong())) {
            throw ApiError.of(422, "from must be a claim id, not " + from);
        }
        return verdicts.reuse(id, from == null || from.isNull() ? null : from.longValue(), ClaimJson.integer(o, "version"),
                identity.getPrincipal().getName());
    }
}
