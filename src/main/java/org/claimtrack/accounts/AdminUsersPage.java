package org.claimtrack.accounts;

import java.net.URI;
import java.util.List;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** {@code /admin/users}: add accounts, change roles, reset passwords (admin only). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminUsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AccountService.UserView> users, List<String> roles, String error,
                String notice, String newName, String newRole);
    }

    static final List<String> ROLES = List.of(Roles.ADMIN, Roles.EDITOR, Roles.CHECKER, Roles.VIEWER);

    @Inject
    AccountService accounts;

    @Inject
    Csrf csrf;

    @GET
    @Path("admin/users")
    public TemplateInstance users(@QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "added" -> "Account added.";
            case "role" -> "Role changed.";
            case "password" -> "Password reset.";
            case "disabled" -> "Account disabled: it can no longer log in.";
            case "enabled" -> "Account enabled again.";
            default -> null;
        };
        return Templates.users(accounts.list(), ROLES, null, notice, "", Roles.VIEWER);
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("csrf") String token, @FormParam("username") String username,
            @FormParam("password") String password, @FormParam("role") String role) {
        csrf.verify(token);
        try {
            accounts.create(username == null ? null : username.strip(), password, role);
            return done("added");
        } catch (WebApplicationException e) {
            return refused(e, username, role);
        }
    }

    @POST
    @Path("admin/users/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@FormParam("csrf") String token, @PathParam("username") String username,
            @FormParam("role") String role) {
        csrf.verify(token);
        try {
            accounts.setRole(username, role);
            return done("role");
        } catch (WebApplicationException e) {
            return refused(e, "", Roles.VIEWER);
        }
    }

    @POST
    @Path("admin/users/{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@FormParam("csrf") String token, @PathParam("username") String username,
            @FormParam("password") String password) {
        csrf.verify(token);
        try {
            accounts.resetPassword(username, password);
            return done("password");
        } catch (WebApplicationException e) {
            return refused(e, "", Roles.VIEWER);
        }
    }

    @jakarta.inject.Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @POST
    @Path("admin/users/{username}/disabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disabled(@FormParam("csrf") String token, @PathParam("username") String username,
            @FormParam("disabled") String disabled) {
        csrf.verify(token);
        try {
            boolean off = "true".equals(disabled);
            accounts.setDisabled(username, off, identity.getPrincipal().getName());
            return done(off ? "disabled" : "enabled");
        } catch (WebApplicationException e) {
            return refused(e, "", Roles.VIEWER);
        }
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/users?done=" + what)).build();
    }

    private Response refused(WebApplicationException e, String name, String role) {
        if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() >= 500) {
            throw e;
        }
        return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.users(accounts.list(), ROLES, err.error(), null, name == null ? "" : name,
                        role == null ? Roles.VIEWER : role))
                .build();
    }
}
