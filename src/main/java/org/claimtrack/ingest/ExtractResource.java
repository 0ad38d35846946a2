package org.claimtrack.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * Stateless extraction (extract-api.md): the same JSON as the CLI's {@code extract --json}; nothing stored.
 * Bounded per request and per user ({@link ExtractLimits}): longer texts belong in import jobs.
 */
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

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
    public String extract(InputStream body) {
        String text = TextBody.read(body, Math.max(config.maxBodyBytes(), limits.maxSyncBytes()));
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxSyncBytes()) {
            throw ApiError.of(413, "text too large for synchronous extraction: the limit is " + limits.maxSyncBytes()
                    + " bytes; import it as a job (POST /api/imports) instead",
                    Map.of("limit", limits.maxSyncBytes(), "importJobs", "/api/imports"));
        }
        return gate.run(identity.getPrincipal().getName(), () -> ExtractorJson.toJson(Extractor.shared().extract(text)));
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
}
