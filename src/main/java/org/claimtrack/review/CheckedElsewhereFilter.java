package org.claimtrack.review;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Every claim the /api/claims operations answer (one claim or a list) carries {@code checkedElsewhere},
 * filled in here with one query per answer, so no operation of the claim API can forget it. Claims inside
 * other answers (group members, search hits) leave it out.
 */
public class CheckedElsewhereFilter {

    @Inject
    VerdictReuse verdicts;

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/api/claims") && !path.startsWith("/api/claims/")) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof ClaimView v) {
            response.setEntity(verdicts.fill(v));
        } else if (entity instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(ClaimView.class::isInstance)) {
            response.setEntity(verdicts.fill(list.stream().map(ClaimView.class::cast).toList()));
        }
    }
}
