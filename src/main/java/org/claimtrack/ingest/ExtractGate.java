package org.claimtrack.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimtrack.common.ApiError;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Admission and time budget for synchronous extraction: at most {@code perUser} running extractions per
 * user and {@code total} for the process (429 with Retry-After above), and an answer after at most the
 * budget (422, the extraction is interrupted). A slot is given back when the work really ends, not when
 * the client got its 422, so a user cannot pile up abandoned extractions.
 */
public class ExtractGate {

    private final int perUser;
    private final int total;
    private final Duration budget;
    private final Duration retryAfter;
    private final AtomicInteger running = new AtomicInteger();
    private final Map<String, AtomicInteger> byUser = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "claimtrack-extract");
        t.setDaemon(true);
        return t;
    });

    public ExtractGate(int perUser, int total, Duration budget, Duration retryAfter) {
        this.perUser = Math.max(1, perUser);
        this.total = Math.max(1, total);
        this.budget = budget;
        this.retryAfter = retryAfter;
    }

    /** Runs {@code work} for {@code user} within the limits, or throws the 429 / 422 answer. */
    public <T> T run(String user, Callable<T> work) {
        AtomicInteger mine = enter(user);
        Future<T> f;
        try {
            f = pool.submit(() -> {
                try {
                    return work.call();
                } finally {
                    leave(mine);
                }
            });
        } catch (RuntimeException e) {
            leave(mine);
            throw e;
        }
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiError.of(422, "extraction took longer than " + budget.toSeconds() + " s: import the text as a job "
                    + "(POST /api/imports) instead", Map.of("importJobs", "/api/imports"));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiError.of(503, "interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Takes a slot for {@code user} (tests hold slots through this), or throws the 429 answer. */
    public AtomicInteger enter(String user) {
        AtomicInteger mine = byUser.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > perUser) {
            mine.decrementAndGet();
            throw busy("you are running " + perUser + " extractions already: wait for one to finish");
        }
        if (running.incrementAndGet() > total) {
            running.decrementAndGet();
            mine.decrementAndGet();
            throw busy("the server is running " + total + " extractions already: try again shortly");
        }
        return mine;
    }

    public void leave(AtomicInteger mine) {
        running.decrementAndGet();
        mine.decrementAndGet();
    }

    private WebApplicationException busy(String message) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        Response r = Response.fromResponse(ApiError.response(429, message, Map.of("retryAfterSeconds", seconds)))
                .header("Retry-After", String.valueOf(seconds)).build();
        return new WebApplicationException(message, r);
    }
}
