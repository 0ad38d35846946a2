package org.claimtrack.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/audit}: the audit log, newest first (editors and admins). */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    public record Entry(Long id, OffsetDateTime at, String user, String action, String objectType, Long objectId,
            JsonNode detail) {
    }

    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "What was removed, by whom and when, newest first (limit 1-1000)")
    public List<Entry> list(@QueryParam("limit") @DefaultValue("100") String limitParam) {
        int limit = Paging.limit(limitParam);
        return AuditLog.newest(limit).stream().map(a -> new Entry(a.id, a.at, a.username, a.action, a.objectType,
                a.objectId, read(a.detail))).toList();
    }

    private JsonNode read(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit detail", e);
        }
    }
}
