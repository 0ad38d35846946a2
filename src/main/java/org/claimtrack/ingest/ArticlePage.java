package org.claimtrack.ingest;

import java.net.URI;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.Csrf;
import org.claimtrack.extract.Kind;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The article list (home page) and the paste-an-article form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ArticleSummary> articles, List<String> outlets, List<Kind> kinds,
                String outlet, String from, String to, String q);

        static native TemplateInstance create(IngestForm form, String error);
    }

    /** What the form held, so a refused submission can be shown again without losing the text. */
    public record IngestForm(String text, String title, String outlet, String url, String published) {
    }

    @Inject
    ArticleQuery query;

    @Inject
    ArticleService service;

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list(@QueryParam("outlet") String outlet, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("200") int limit) {
        List<ArticleSummary> articles = query.list(outlet, ArticleService.parseDate(from, "from"),
                ArticleService.parseDate(to, "to"), q, limit, 0);
        return Templates.list(articles, query.outlets(), List.of(Kind.values()), nz(outlet), nz(from), nz(to), nz(q));
    }

    @GET
    @Path("articles/new")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public TemplateInstance createForm() {
        return Templates.create(new IngestForm("", "", "", "", ""), null);
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@FormParam("csrf") String token, @FormParam("text") String text,
            @FormParam("title") String title, @FormParam("outlet") String outlet, @FormParam("url") String url,
            @FormParam("published") String published) {
        csrf.verify(token);
        IngestForm form = new IngestForm(nz(text), nz(title), nz(outlet), nz(url), nz(published));
        try {
            // browsers send CRLF line ends from a textarea; store the text as the person pasted it
            IngestResult r = service.ingest(new IngestRequest(nz(text).replace("\r\n", "\n"), title, outlet, url,
                    ArticleService.parseDate(published, "published"), null), identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/articles/" + r.article().id + (r.duplicate() ? "?duplicate=true" : "")))
                    .build();
        } catch (WebApplicationException e) {
            Object entity = e.getResponse().getEntity();
            String message = entity instanceof org.claimtrack.common.ApiError err ? err.error() : e.getMessage();
            return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML)
                    .entity(Templates.create(form, message)).build();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
