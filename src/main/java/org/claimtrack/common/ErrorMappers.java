package org.claimtrack.common;

import java.util.Map;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error leaves the API as {@code {"error": "..."}} with a status that fits. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response r = e.getResponse();
        if (r != null && r.hasEntity() && r.getEntity() instanceof ApiError) {
            return r;
        }
        int status = r == null ? 500 : r.getStatus();
        String message = switch (status) {
            case 401 -> "authentication required";
            case 403 -> "forbidden: your role may not do this";
            case 404 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP 404") ? e.getMessage() : "not found";
            case 405 -> "method not allowed";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported media type: " + describe(e);
            default -> e.getMessage() == null ? "error" : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ApiError.response(status, message);
    }

    private static String describe(WebApplicationException e) {
        return "send text/plain; charset=utf-8 or application/json";
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ApiError.response(403, "forbidden: your role may not do this");
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiError.response(400, "unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException f) {
            return ApiError.response(400, "invalid value for '" + path(f) + "': " + f.getValue());
        }
        return ApiError.response(400, "malformed JSON: " + e.getOriginalMessage());
    }

    private static String path(InvalidFormatException f) {
        return f.getPath().isEmpty() ? "?" : String.valueOf(f.getPath().get(f.getPath().size() - 1).getFieldName());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        var first = e.getConstraintViolations().stream().findFirst();
        String msg = first.map(v -> leaf(v.getPropertyPath().toString()) + " " + v.getMessage()).orElse("invalid request");
        return ApiError.response(422, msg);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(Exception e) {
        return ApiError.response(409, "this item was changed by someone else meanwhile: reload and apply your change again",
                Map.of("reason", "stale version"));
    }

    /** A multipart body that ends early or has no boundary: the client's fault, not ours. */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e) {
        if (fromMultipartParser(e)) {
            return ApiError.response(400, "malformed multipart body: " + e.getMessage());
        }
        LOG.error("I/O error", e);
        return ApiError.response(500, "internal error: " + e.getClass().getSimpleName());
    }

    /** Thrown while the REST layer parsed a multipart or form body (before any of our code ran). */
    static boolean fromMultipartParser(Throwable e) {
        if (e.getClass().getName().contains(".multipart.")) {
            return true;
        }
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().contains(".multipart.") || f.getClassName().endsWith("FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return stale(e);
            }
            if (t instanceof WebApplicationException w) {
                return webApplication(w);
            }
            t = t.getCause();
        }
        if (fromMultipartParser(e)) {
            return ApiError.response(400, "malformed multipart body: check the boundary and the part headers");
        }
        String refused = Inputs.refusedData(e);
        if (refused != null) {
            LOG.debugf("refused data: %s", e);
            return ApiError.response(400, refused);
        }
        LOG.error("unexpected error", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("internal error: " + e.getClass().getSimpleName())).build();
    }
}
