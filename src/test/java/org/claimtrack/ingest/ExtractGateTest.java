package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.claimtrack.common.ApiError;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.WebApplicationException;

/** Issue 19, item 3: the per-user and total admission and the time budget of synchronous extraction. */
class ExtractGateTest {

    @Test
    void aThirdConcurrentExtractionOfOneUserGets429WithRetryAfter() throws Exception {
        ExtractGate gate = new ExtractGate(2, 10, Duration.ofSeconds(30), Duration.ofSeconds(7));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> gate.run("vera", () -> {
                started.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
            t.setDaemon(true);
            t.start();
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> gate.run("vera", () -> "x"));
        assertEquals(429, e.getResponse().getStatus());
        assertEquals("7", e.getResponse().getHeaderString("Retry-After"));
        assertTrue(((ApiError) e.getResponse().getEntity()).error().contains("2 extractions"));
        assertEquals("other", gate.run("chuck", () -> "other"), "another user is not held up");
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try {
                assertEquals("again", gate.run("vera", () -> "again"));
                return;
            } catch (WebApplicationException busy) {
                Thread.sleep(20); // the two are finishing
            }
        }
        throw new AssertionError("the slots were never given back");
    }

    @Test
    void theProcessWideLimitHoldsForAllUsers() {
        ExtractGate gate = new ExtractGate(5, 2, Duration.ofSeconds(30), Duration.ofSeconds(1));
        var a = gate.enter("a");
        var b = gate.enter("b");
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> gate.enter("c"));
        assertEquals(429, e.getResponse().getStatus());
        gate.leave(a);
        gate.leave(gate.enter("c"));
        gate.leave(b);
    }

    @Test
    void anExtractionOverItsBudgetIs422AndIsInterruptedButKeepsItsSlotUntilItEnds() throws Exception {
        ExtractGate gate = new ExtractGate(1, 10, Duration.ofMillis(200), Duration.ofSeconds(1));
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> gate.run("vera", () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException stop) {
                interrupted.set(true);
            } finally {
                ended.countDown();
            }
            return "late";
        }));
        assertEquals(422, e.getResponse().getStatus());
        assertTrue(((ApiError) e.getResponse().getEntity()).error().contains("POST /api/imports"));
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        assertTrue(interrupted.get(), "the work was told to stop");
    }
}
