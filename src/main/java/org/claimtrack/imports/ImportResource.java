package org.claimtrack.imports;

import org.claimtrack.common.Paging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.TextBody;
import org.claimtrack.common.UploadGate;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.ArticleView;
import org.claimtrack.ingest.IngestRequest;
import org.claimtrack.ingest.IngestResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bulk import as background jobs, and the import of one web page by its URL. */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ImportResource {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    ImportService service;

    @Inject
    UploadParser parser;

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @Inject
    UploadGate gate;

    public record UrlList(List<String> urls, String outlet) {
    }

    public record OneUrl(String url, String outlet) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Start a bulk import from uploaded files (txt, html, json, jsonl, zip; part name 'files'),"
            + " optional 'urls' (one a line) and 'outlet'; 202 with the job")
    public Response upload(@RestForm("files") List<FileUpload> files, @RestForm("urls") String urls,
            @RestForm("outlet") String outlet) {
        try (UploadGate.Permit place = gate.enter()) {
            long id = startFromUpload(service, parser, user(), files, urls, outlet);
            return accepted(id);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Start a bulk import of web pages: {\"urls\": [...], \"outlet\"}; 202 with the job")
    public Response urls(InputStream in) {
        UrlList body = read(in, UrlList.class);
        if (body == null || body.urls() == null || body.urls().isEmpty()) {
            throw ApiError.of(422, "field 'urls' must list at least one URL");
        }
        if (body.urls().size() > 10_000) {
            throw ApiError.of(413, "at most 10000 URLs in one job");
        }
        List<String> lines = body.urls().stream().map(u -> u == null ? "" : u.replaceAll("\\R", " ")).toList();
        List<UploadParser.Draft> drafts = parser.urls(String.join("\n", lines));
        long id = service.create(user(), drafts.size() + " URL(s)", body.outlet(), drafts);
        return accepted(id);
    }

    @POST
    @Path("url")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Fetch one web page now and store it as an article: {\"url\", \"outlet\"};"
            + " 201 with the article, 200 when its text was stored already")
    public Response one(InputStream in) {
        OneUrl body = read(in, OneUrl.class);
        if (body == null || body.url() == null || body.url().isBlank()) {
            throw ApiError.of(422, "field 'url' is required");
        }
        IngestRequest req = service.fromUrl(body.url());
        if (body.outlet() != null && !body.outlet().isBlank()) {
            req = new IngestRequest(req.text(), req.title(), body.outlet(), req.url(), req.published(), req.byline());
        }
        IngestResult r = articles.ingest(req, user());
        ArticleView view = QuarkusTransaction.requiringNew()
                .call(() -> ArticleView.of(Article.findById(r.article().id), r.duplicate()));
        return Response.status(r.duplicate() ? 200 : 201).entity(view)
                .header("Location", "/api/articles/" + view.id()).build();
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Recent import jobs with their counts (editors, like the import page)")
    public List<ImportService.JobView> list(@QueryParam("limit") @DefaultValue("50") String limit) {
        return service.jobs(Paging.limit(limit, ImportService.MAX_JOBS));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "One import job: counts done/failed/skipped/pending and its items with their errors,"
            + " a page at a time (limit up to 1000, offset)")
    public ImportService.JobView get(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("1000") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        return service.job(id, Paging.limit(limit), Paging.offset(offset));
    }

    /** Strict JSON with this API's own error shape (400 malformed or unknown field). */
    private <T> T read(InputStream in, Class<T> type) {
        String raw = TextBody.read(in, 4 * 1024 * 1024);
        try {
            return STRICT.readValue(raw, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.of(400, "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            throw ApiError.of(400, "malformed JSON: " + (msg.length() > 200 ? msg.substring(0, 200) + "…" : msg));
        }
    }

    private Response accepted(long id) {
        return Response.status(202).entity(service.job(id, false)).header("Location", "/api/imports/" + id).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    /** Shared with the page: reads the uploaded parts and creates the job. */
    static long startFromUpload(ImportService service, UploadParser parser, String user, List<FileUpload> files,
            String urls, String outlet) {
        UploadParser.Budget budget = parser.budget();
        List<UploadParser.Draft> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (files != null) {
            for (FileUpload f : files) {
                if (f == null || f.uploadedFile() == null || (f.fileName() == null || f.fileName().isBlank()) && f.size() == 0) {
                    continue; // an empty file input of a form
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f.uploadedFile());
                } catch (IOException e) {
                    throw ApiError.of(400, "could not read the upload " + f.fileName() + ": " + e.getMessage());
                }
                drafts.addAll(parser.parse(f.fileName(), bytes, budget));
                names.add(UploadParser.cleanName(f.fileName()));
            }
        }
        List<UploadParser.Draft> fromUrls = parser.urls(urls);
        drafts.addAll(fromUrls);
        String label = names.size() == 1 ? names.get(0) : names.size() + " file(s)";
        if (!fromUrls.isEmpty()) {
            label = (names.isEmpty() ? "" : label + " and ") + fromUrls.size() + " URL(s)";
        }
        return service.create(user, label, outlet, drafts);
    }

}
