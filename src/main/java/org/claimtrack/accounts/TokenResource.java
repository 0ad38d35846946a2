package org.claimtrack.accounts;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.claimtrack.common.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/tokens}: the caller's own personal API tokens (any role may hold tokens). */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Tokens")
public class TokenResource {

    @Inject
    TokenService tokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "listTokens", summary = "Your API tokens",
            description = "id, name, createdAt and lastUsedAt of each of your tokens; the tokens themselves are never shown again.")
    public List<TokenService.TokenView> list() {
        return tokens.list(me());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Make an API token: {name}",
            description = "Answers 201 with {id, name, token}. The token is shown only here; send it as "
                    + "`Authorization: Bearer <token>`. It acts with your role, as that role is at each call.")
    public Response create(InputStream in) {
        TokenService.NewToken t = tokens.create(me(), name(in));
        return Response.created(URI.create("/api/tokens/" + t.id())).entity(t).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteToken", summary = "Revoke one of your API tokens",
            description = "204; later calls with the token get 401. 404 for a token that is not yours.")
    public Response delete(@PathParam("id") String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.of(404, "no token " + id + " of yours");
        }
        tokens.delete(me(), n);
        return Response.noContent().build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private String name(InputStream in) {
        return JsonObjectBody.text(JsonObjectBody.read(mapper, in, Set.of("name"), 4096), "name");
    }
}
