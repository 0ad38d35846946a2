package org.claimtrack.ingest;

import java.io.InputStream;

import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Stateless extraction (extract-api.md): the same JSON as the CLI's {@code extract --json}; nothing stored. */
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

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
}
