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

@Path("/api/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sourcing profile")
public class ProfileResource {

    @Inject
    ProfileService service;

    @GET
    @Operation(summary = "Share of each kind, distinct sources and hedged share, in total, per outlet and per article"
            + " (newest articles first, at most 'articles'); the filters of GET /api/claims plus 'topic' (article full text)")
    public ProfileService.Profile profile(@BeanParam ClaimFilter filter, @QueryParam("topic") String topic,
            @QueryParam("articles") @DefaultValue("100") int articles) {
        return service.profile(filter, topic, articles);
    }
}
