package org.claimtrack.accounts;

import java.net.URI;

import org.claimtrack.common.Csrf;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean loggedOut);
    }

    @Inject
    Csrf csrf;

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("out") boolean loggedOut) {
        return Templates.login(error, loggedOut);
    }

    @POST
    @Path("logout")
    public Response logout(@FormParam("csrf") String token) {
        csrf.verify(token);
        if (!identity.isAnonymous()) {
            // the cookie alone names the user until it times out: the account's key ends it everywhere
            accounts.endSessions(identity.getPrincipal().getName());
        }
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(new NewCookie.Builder("claimtrack-session").path("/").maxAge(0).value("").build(),
                        new NewCookie.Builder(SessionAugmentor.SID_COOKIE).path("/").maxAge(0).value("").build())
                .build();
    }
}
