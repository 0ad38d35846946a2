package org.claimtrack.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.UploadGate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export")
public class ImportResource {

    private static final Set<String> ZIP = Set.of("application/zip", "application/x-zip-compressed");

    @Inject
    BratImportService service;

    @Inject
    ClaimtrackConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    UploadGate gate;

    @POST
    @Path("brat")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR})
    @Operation(summary = "Import a brat zip (as GET /api/export/brat.zip gives): articles from the .txt, claims from the .ann")
    public BratImportService.Report brat(@HeaderParam("Content-Type") String contentType, InputStream body) {
        // checked here rather than by @Consumes, so that a wrong type gets a message that names the right one
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ZIP.contains(type)) {
            throw ApiError.of(415, "unsupported media type '" + type + "': send the brat archive as application/zip");
        }
        try (UploadGate.Permit place = gate.enter()) {
            int max = config.export().importMaxBytes();
            byte[] bytes;
            try {
                bytes = body.readNBytes(max + 1);
            } catch (IOException e) {
                throw ApiError.of(400, "could not read the request body: " + e.getMessage());
            }
            if (bytes.length > max) {
                throw ApiError.of(413, "archive too large: the limit is " + max + " bytes");
            }
            if (bytes.length == 0) {
                throw ApiError.of(400, "empty body: send a brat zip");
            }
            return service.importZip(new ByteArrayInputStream(bytes), identity.getPrincipal().getName());
        }
    }
}
