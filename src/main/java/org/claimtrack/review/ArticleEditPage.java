package org.claimtrack.review;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;
import org.claimtrack.ingest.ArticleEditService;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The review page's "article details" form and its removal button (editors). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticleEditPage {

    @Inject
    ArticleEditService edits;

    @Inject
    ReviewQuery query;

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("articles/{articleId: \\d+}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response details(@PathParam("articleId") long articleId, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(Csrf.FIELD));
        Map<String, String> changes = new LinkedHashMap<>();
        for (String f : ArticleEditService.FIELDS) {
            if (form.containsKey(f)) {
                changes.put(f, form.getFirst(f));
            }
        }
        try {
            edits.update(articleId, changes, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/articles/" + articleId + "?done=article")).build();
        } catch (WebApplicationException e) {
            if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() == 404
                    || e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(ReviewPage.Templates.review(query.page(articleId, null, null,
                            "Article details not saved: " + err.error(), null))).build();
        }
    }

    @POST
    @Path("articles/{articleId: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("articleId") long articleId, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(Csrf.FIELD));
        if (!"yes".equals(form.getFirst("confirm"))) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(ReviewPage.Templates.review(query.page(
                    articleId, null, null, "Not removed: tick “remove this article and its claims” to confirm.", null)))
                    .build();
        }
        edits.delete(articleId, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/")).build();
    }
}
