package org.claimtrack.accounts;

import java.net.URI;
import java.util.List;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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

/** {@code /account}: the logged-in user's own page, with their personal API tokens. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(List<TokenService.TokenView> tokens, TokenService.NewToken created,
                String error, String notice);
    }

    @Inject
    TokenService tokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    Csrf csrf;

    @GET
    @Path("account")
    public TemplateInstance account(@QueryParam("done") String done) {
        return Templates.account(tokens.list(me()), null, null, "revoked".equals(done) ? "Token revoked." : null);
    }

    /** Shows the new token on the page it answers with: it is never shown again, so no redirect. */
    @POST
    @Path("account/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("csrf") String token, @FormParam("name") String name) {
        csrf.verify(token);
        try {
            TokenService.NewToken t = tokens.create(me(), name);
            return Response.status(201).type(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-store").entity(Templates.account(tokens.list(me()), t, null, null)).build();
        } catch (WebApplicationException e) {
            return refused(e);
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("csrf") String token, @PathParam("id") String id) {
        csrf.verify(token);
        try {
            tokens.delete(me(), parse(id));
            return Response.seeOther(URI.create("/account?done=revoked")).build();
        } catch (WebApplicationException e) {
            return refused(e);
        }
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.of(404, "no token " + id + " of yours");
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private Response refused(WebApplicationException e) {
        if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() >= 500) {
            throw e;
        }
        return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.account(tokens.list(me()), null, err.error(), null)).build();
    }
}
