package org.claimtrack.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.Locale;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.review.ClaimFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Downloads of the claim table. Every export takes the filters of {@code GET /api/claims} and
 * streams from a database cursor; reading is every role's right, so viewers may export.
 */
@Path("/api/export")
@Tag(name = "Export")
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClaimtrackConfig config;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Path("claims.csv")
    @Operation(summary = "One row a claim as RFC 4180 CSV (UTF-8; bom=true adds a byte order mark for Excel;"
            + " raw=true leaves out the formula guard, for scripts: never open such a file in a spreadsheet)")
    public Response csv(@BeanParam ClaimFilter filter, @QueryParam("bom") String bom, @QueryParam("raw") String raw) {
        return stream(filter, ExportFormat.CSV, flag(bom, "bom"), flag(raw, "raw"));
    }

    @GET
    @Path("claims.xlsx")
    @Operation(summary = "The claim table as XLSX, plus a sheet of claim counts by kind per article")
    public Response xlsx(@BeanParam ClaimFilter filter) {
        return stream(filter, ExportFormat.XLSX, false, false);
    }

    @GET
    @Path("claims.json")
    @Operation(summary = "The claim records as one JSON array")
    public Response json(@BeanParam ClaimFilter filter) {
        return stream(filter, ExportFormat.JSON, false, false);
    }

    @GET
    @Path("claims.jsonl")
    @Operation(summary = "The claim records as JSON Lines, one object a line")
    public Response jsonLines(@BeanParam ClaimFilter filter) {
        return stream(filter, ExportFormat.JSONL, false, false);
    }

    @GET
    @Path("claimreview.jsonld")
    @Operation(summary = "schema.org ClaimReview JSON-LD for every published claim (never NOT_A_CLAIM)")
    public Response claimReview(@BeanParam ClaimFilter filter) {
        return stream(filter, ExportFormat.CLAIMREVIEW, false, false);
    }

    @GET
    @Path("brat.zip")
    @Operation(summary = "brat standoff: each article's text and .ann (Source, Cue, Content, Attribution) in a zip")
    public Response brat(@BeanParam ClaimFilter filter) {
        return stream(filter, ExportFormat.BRAT, false, false);
    }

    private Response stream(ClaimFilter filter, ExportFormat format, boolean bom, boolean raw) {
        // the filter is checked here, while a 400 can still be sent; after this the body streams
        filter.resolveMe(identity.isAnonymous() ? "" : identity.getPrincipal().getName());
        ExportQuery query = ExportQuery.of(filter, format == ExportFormat.CLAIMREVIEW);
        ClaimExporter.Options options = new ClaimExporter.Options(config.export().fetchSize(), bom,
                config.organisation().name(), config.organisation().url(), config.publicUrl(), raw);
        StreamingOutput body = out -> {
            try (Connection conn = dataSource.getConnection()) {
                ClaimExporter.export(conn, query, format, options, out, null);
            } catch (IOException e) {
                throw e; // the client went away: the cursor closed with the connection
            } catch (Exception e) {
                LOG.errorf(e, "export %s failed mid-stream", format);
                throw new UncheckedIOException(new IOException("export failed: " + e.getMessage(), e));
            }
        };
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"claimtrack-" + format.fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.of(400, name + " must be true or false, not '" + value + "'");
        };
    }
}
