package org.claimtrack.compare;

import org.claimtrack.review.ClaimFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Operation(summary = "Full-text search (websearch syntax) over articles and claims, with the filters of GET /api/claims")
    public SearchService.Result search(@BeanParam ClaimFilter filter, @QueryParam("limit") @DefaultValue("50") String limit) {
        return service.search(filter, org.claimtrack.common.Paging.limit(limit, SearchService.MAX_LIMIT));
    }
}
