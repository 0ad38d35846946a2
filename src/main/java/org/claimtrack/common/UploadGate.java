package org.claimtrack.common;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Bounds how many uploads (bulk imports, brat imports) this process unpacks at once: each may hold
 * its expanded files in memory up to its configured limit, so the heap needs a bound on the number
 * too. One over the bound is answered 429 with {@code Retry-After} at once, nothing is read.
 */
@ApplicationScoped
public class UploadGate {

    /** Held while one upload is unpacked; closing gives the place back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    ClaimtrackConfig config;

    private volatile Semaphore places;

    private Semaphore places() {
        if (places == null) {
            synchronized (this) {
                if (places == null) {
                    places = new Semaphore(Math.max(1, config.imports().maxConcurrentUploads()));
                }
            }
        }
        return places;
    }

    /** A place, or a 429 when every place is taken. */
    public Permit enter() {
        Semaphore s = places();
        if (!s.tryAcquire()) {
            int max = Math.max(1, config.imports().maxConcurrentUploads());
            String msg = "too many uploads at once (" + max + " are being unpacked): try again in a few seconds";
            throw new WebApplicationException(msg, Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", "5").entity(new ApiError(msg)).build());
        }
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (!closed[0]) {
                    closed[0] = true;
                    s.release();
                }
            }
        };
    }
}
