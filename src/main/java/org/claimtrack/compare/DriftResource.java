package org.claimtrack.compare;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/drift")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Same claims")
public class DriftResource {

    @Inject
    DriftService service;

    @GET
    @Operation(summary = "Same-claim groups whose attribution drifts from article to article, newest first, with their"
            + " flags (ATTRIBUTION_DROPPED, KIND_CHANGED, HEDGE_DROPPED, HEDGE_ADDED, QUOTE_TO_PARAPHRASE, CONFLICT) and"
            + " first carrier. Filters: flag (one flag; ANY = at least one, the default; ALL = every group), outlet"
            + " (name: groups it carried), from/to (YYYY-MM-DD: the date the outlet, or any outlet, first carried the claim);"
            + " limit (at most 1000), offset")
    public List<DriftService.Summary> list(@QueryParam("flag") List<String> flag, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") String limit, @QueryParam("offset") @DefaultValue("0") String offset) {
        return service.list(service.filter(DriftPage.one(flag), outlet, from, to),
                org.claimtrack.common.Paging.limit(limit), org.claimtrack.common.Paging.offset(offset));
    }

    @GET
    @Path("{groupId}")
    @Operation(summary = "One group side by side: each article's source, kind, cue, hedges, quote type, date and flags"
            + " in carrier order (the first carrier first), and the claims it conflicts with")
    public DriftService.Detail get(@PathParam("groupId") long groupId) {
        return service.get(groupId);
    }
}
