package org.claimtrack.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error shape of the API: {@code {"error": "...", ...details}}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> details) {

    public ApiError(String error) {
        this(error, Map.of());
    }

    @JsonAnyGetter
    public Map<String, Object> any() {
        return details == null ? Map.of() : details;
    }

    public static Response response(int status, String message) {
        return response(status, message, Map.of());
    }

    public static Response response(int status, String message, Map<String, Object> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(message, details)).build();
    }

    /** An exception that the mappers turn into the JSON error with its status. */
    public static WebApplicationException of(int status, String message) {
        return new WebApplicationException(message, response(status, message));
    }

    public static WebApplicationException of(int status, String message, Map<String, Object> details) {
        return new WebApplicationException(message, response(status, message, details));
    }
}
