package org.claimtrack.export;

import java.util.List;

import org.claimtrack.common.ApiError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/**
 * ClaimFilter's {@code article} and {@code source} are numbers; JAX-RS answers a query parameter it
 * cannot convert with 404, but for an export it is a bad filter value: 400, as for every other filter.
 */
public class ExportParamCheck {

    @ServerRequestFilter
    public Response check(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith("/api/export/")) {
            return null;
        }
        for (String name : List.of("article", "source")) {
            for (String value : rc.queryParam(name)) {
                if (!value.isBlank() && !value.strip().matches("-?\\d{1,18}")) {
                    return ApiError.response(400, name + " must be a number, not '" + value + "'");
                }
            }
        }
        return null;
    }
}
