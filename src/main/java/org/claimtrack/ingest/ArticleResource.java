package org.claimtrack.ingest;

import org.claimtrack.common.Paging;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;
import org.claimtrack.review.ClaimJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    /** Strict on purpose: an unknown field is a typo the client should hear about. */
    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    ArticleService service;

    @Inject
    ArticleQuery query;

    @Inject
    ClaimtrackConfig config;

    @Inject
    SecurityIdentity identity;

    public record ArticleJson(String text, String title, String outlet, String url, String published, String byline) {
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Ingest one article from plain text (the seed format, optional ' date YYYY-MM-DD' header)")
    public Response createText(InputStream body, @QueryParam("title") String title, @QueryParam("outlet") String outlet,
            @QueryParam("url") String url, @QueryParam("published") String published, @QueryParam("byline") String byline) {
        String text = TextBody.read(body, config.maxBodyBytes());
        return created(new IngestRequest(text, title, outlet, url, ArticleService.parseDate(published, "published"), byline));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Ingest one article from JSON {text, title, outlet, url, published}")
    public Response createJson(InputStream body) {
        // JSON carries the text plus a little metadata: allow some room over the text limit
        String raw = TextBody.read(body, config.maxBodyBytes() + 64 * 1024);
        ArticleJson json;
        try {
            json = STRICT.readValue(raw, ArticleJson.class);
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || json.text() == null) {
            throw ApiError.of(422, "field 'text' is required");
        }
        return created(new IngestRequest(json.text(), json.title(), json.outlet(), json.url(),
                ArticleService.parseDate(json.published(), "published"), json.byline()));
    }

    private Response created(IngestRequest req) {
        IngestResult r = service.ingest(req, identity.getPrincipal().getName());
        ArticleView view = QuarkusTransaction.requiringNew()
                .call(() -> ArticleView.of(Article.findById(r.article().id), r.duplicate()));
        return Response.status(r.duplicate() ? 200 : 201).entity(view)
                .header("Location", "/api/articles/" + view.id()).build();
    }

    @GET
    @Operation(summary = "List articles: id, title, outlet, published, claimCount; filters outlet, from, to, q")
    public List<ArticleSummary> list(@QueryParam("outlet") String outlet, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("100") String limit, @QueryParam("offset") @DefaultValue("0") String offset) {
        return query.list(outlet, ArticleService.parseDate(from, "from"), ArticleService.parseDate(to, "to"), q,
                Paging.limit(limit), Paging.offset(offset));
    }

    // ---------------------------------------------------------------- corrections and removal (issue 17)

    @Inject
    ArticleEditService edits;

    @Inject
    ObjectMapper mapper;

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Correct an article's title, outlet, published (YYYY-MM-DD), url or byline; null clears a field. "
            + "Each correction is a history row")
    public ArticleView patch(@PathParam("id") long id, InputStream body) {
        JsonNode o = ClaimJson.object(ClaimJson.parse(body, mapper), "the article's fields");
        ClaimJson.known(o, ArticleEditService.FIELDS, "");
        Map<String, String> changes = new LinkedHashMap<>();
        o.fieldNames().forEachRemaining(f -> changes.put(f, ClaimJson.string(o, f)));
        return edits.update(id, changes, identity.getPrincipal().getName());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove an article with its claims: gone from lists, groups, profiles and exports; "
            + "the audit log (GET /api/audit) keeps what it was")
    public ArticleEditService.Deleted delete(@PathParam("id") long id) {
        return edits.delete(id, identity.getPrincipal().getName());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every correction of the article's metadata: at, user, before, after")
    public List<ArticleEditService.HistoryRow> history(@PathParam("id") long id) {
        return edits.history(id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its text and claims")
    public ArticleView get(@PathParam("id") long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = Article.findById(id);
            if (a == null) {
                throw ApiError.of(404, "no article " + id);
            }
            return ArticleView.of(a, null);
        });
    }

}
