package org.claimtrack.accounts;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.claimtrack.common.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin page's JSON twin: accounts and their roles (admin only). */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users")
public class UserResource {

    @Inject
    AccountService accounts;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "Every account: username, role (the highest), roles, createdAt")
    public List<AccountService.UserView> list() {
        return accounts.list();
    }

    @GET
    @Path("{username}")
    public AccountService.UserView get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an account: {username, password, role}; 409 when the name is taken")
    public Response create(InputStream in) {
        JsonNode o = read(in, Set.of("username", "password", "role"));
        AccountService.UserView u = accounts.create(text(o, "username"), text(o, "password"), text(o, "role"));
        return Response.created(URI.create("/api/users/" + u.username())).entity(u).build();
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the role: {role} (admin, editor, checker, viewer)")
    public AccountService.UserView role(@PathParam("username") String username, InputStream in) {
        return accounts.setRole(username, text(read(in, Set.of("role")), "role"));
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset the password: {password}")
    public Response password(@PathParam("username") String username, InputStream in) {
        accounts.resetPassword(username, text(read(in, Set.of("password")), "password"));
        return Response.noContent().build();
    }

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @PUT
    @Path("{username}/disabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable an account: {disabled: true|false}; a disabled user is refused at once")
    public AccountService.UserView disabled(@PathParam("username") String username, InputStream in) {
        JsonNode v = read(in, Set.of("disabled")).get("disabled");
        if (v == null || !v.isBoolean()) {
            throw ApiError.of(422, "disabled must be true or false");
        }
        return accounts.setDisabled(username, v.booleanValue(), identity.getPrincipal().getName());
    }

    private JsonNode read(InputStream in, Set<String> fields) {
        return JsonObjectBody.read(mapper, in, fields, 64 * 1024);
    }

    private static String text(JsonNode o, String field) {
        return JsonObjectBody.text(o, field);
    }
}
