package org.claimtrack.ingest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.claimtrack.imports.HtmlArticle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Stateless extraction (extract-api.md): the same JSON as the CLI's {@code extract --json}; nothing stored. */
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClaimtrackConfig config;

    @POST
    @Blocking
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims with source, cue and content spans from one article's text")
    public String extract(InputStream body) {
        String text = TextBody.read(body, config.maxBodyBytes());
        return ExtractorJson.toJson(Extractor.shared().extract(text));
    }

    /**
     * A news page: its article text found the way HTML and URL import find it, then extracted. The
     * answer is the text/plain one plus {@code text} (what the offsets point into) and {@code metadata}.
     */
    @POST
    @Blocking
    @Consumes(MediaType.TEXT_HTML)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims from a news page: the article text JSON plus \"text\" and \"metadata\"")
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
        String claims = ExtractorJson.toJson(Extractor.shared().extract(page.text()));
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
