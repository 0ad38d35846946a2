package org.claimtrack.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.claimtrack.imports.HtmlArticle;
import org.claimtrack.extract.ExtractionResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Stateless extraction (extract-api.md): the same JSON as the CLI's {@code extract --json}; nothing stored.
 * Bounded per request and per user ({@link ExtractLimits}): longer texts belong in import jobs.
 */
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClaimtrackConfig config;

    @Inject
    ExtractLimits limits;

    @Inject
    ExtractGate gate;

    @Inject
    SecurityIdentity identity;

    @POST
    @Blocking
    @Consumes(MediaType.TEXT_PLAIN)
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims with source, cue and content spans from one article's text; texts over "
            + "claimtrack.extract.max-sync-bytes get 413 (use POST /api/imports), too many at once 429")
    @APIResponse(responseCode = "200", description = "The extractor's JSON: extractor, claims with their spans", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractionResult.class)))
    public String extract(InputStream body) {
        String text = TextBody.read(body, Math.max(config.maxBodyBytes(), limits.maxSyncBytes()));
        return bounded(text, () -> ExtractorJson.toJson(Extractor.shared().extract(text)));
    }

    /** Runs one synchronous extraction within the size cap, the time budget and the per-user gate. */
    private String bounded(String text, java.util.function.Supplier<String> work) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxSyncBytes()) {
            throw ApiError.of(413, "text too large for synchronous extraction: the limit is " + limits.maxSyncBytes()
                    + " bytes; import it as a job (POST /api/imports) instead",
                    Map.of("limit", limits.maxSyncBytes(), "importJobs", "/api/imports"));
        }
        return gate.run(identity.getPrincipal().getName(), work::get);
    }

    /** One gate for the process. */
    @ApplicationScoped
    static class Gates {
        @Produces
        @ApplicationScoped
        ExtractGate gate(ExtractLimits limits) {
            return new ExtractGate(limits.perUser(), limits.total(), limits.timeBudget(), limits.retryAfter());
        }
    }

    /**
     * A news page: its article text found the way HTML and URL import find it, then extracted. The
     * answer is the text/plain one plus {@code text} (what the offsets point into) and {@code metadata}.
     */
    @POST
    @Blocking
    @Consumes(MediaType.TEXT_HTML)
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims from a news page: the article text JSON plus \"text\" and \"metadata\"")
    @APIResponse(responseCode = "200", description = "The extractor's JSON, plus text and metadata for a page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractionResult.class)))
    public String extractHtml(InputStream body, @Context HttpHeaders headers, @QueryParam("url") String url) {
        byte[] bytes = TextBody.readBytes(body, config.maxBodyBytes());
        if (bytes.length == 0) {
            throw ApiError.of(400, "empty body: send the page's HTML");
        }
        if (url != null && !url.isBlank() && !ArticleService.isHttpUrl(url)) {
            throw ApiError.of(422, "url must be an http or https URL");
        }
        String charset = headers.getMediaType() == null ? null : headers.getMediaType().getParameters().get("charset");
        IngestRequest page = HtmlArticle.parse(bytes, charset, url == null || url.isBlank() ? null : url.strip());
        if (page.text() == null || page.text().isBlank()) {
            throw ApiError.of(422, "no article text found in the page");
        }
        // the page's markup is free; its article text counts against the synchronous limits like a text body
        String claims = bounded(page.text(), () -> ExtractorJson.toJson(Extractor.shared().extract(page.text())));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", page.title());
        meta.put("outlet", page.outlet());
        meta.put("published", page.published() == null ? null : page.published().toString());
        meta.put("byline", page.byline());
        meta.put("url", page.url());
        try {
            return claims.substring(0, claims.lastIndexOf('}')) + ",\"text\":" + JSON.writeValueAsString(page.text())
                    + ",\"metadata\":" + JSON.writeValueAsString(meta) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
