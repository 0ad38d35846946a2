package org.claimtrack.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.claimtrack.imports.ImportKind;
import org.claimtrack.imports.ImportRunner;
import org.claimtrack.imports.ImportService;
import org.claimtrack.imports.ImportWorker;
import org.claimtrack.imports.UploadParser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Two workers, each on its own database connection as two app processes would be, share one job
 * through FOR UPDATE SKIP LOCKED: every item is done exactly once and each article stored once.
 */
@QuarkusTest
class WorkerSharingTest {

    @Inject
    DataSource ds;

    @Inject
    ImportService service;

    @Inject
    ImportRunner runner;

    @Inject
    EntityManager em;

    @Test
    void twoWorkersSplitAJobWithoutDoingAnyItemTwice() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        List<UploadParser.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            drafts.add(new UploadParser.Draft("shared-" + i + ".txt", ImportKind.TEXT,
                    ("Shared item " + i + " of " + u + ". Someone said it.").getBytes(StandardCharsets.UTF_8), null));
        }
        // a duplicate inside the job: skipped, not stored twice
        drafts.add(new UploadParser.Draft("again.txt", ImportKind.TEXT,
                ("Shared item 0 of " + u + ". Someone said it.").getBytes(StandardCharsets.UTF_8), null));
        runner.stop(); // this process's own workers stay out of it
        try {
            long job = service.create("edith", "sharing test", null, drafts);
            Set<Long> byA = ConcurrentHashMap.newKeySet();
            Set<Long> byB = ConcurrentHashMap.newKeySet();
            // each worker's first item waits for the other's: both were provably at work at once
            CyclicBarrier together = new CyclicBarrier(2);
            ImportWorker a = new ImportWorker(ds, service, "test-A", id -> record(byA, id, together));
            ImportWorker b = new ImportWorker(ds, service, "test-B", id -> record(byB, id, together));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> fa = pool.submit(() -> drain(a));
                Future<?> fb = pool.submit(() -> drain(b));
                fa.get(120, TimeUnit.SECONDS);
                fb.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            Set<Long> overlap = new HashSet<>(byA);
            overlap.retainAll(byB);
            assertTrue(overlap.isEmpty(), "items done by both workers: " + overlap);
            assertFalse(byA.isEmpty());
            assertFalse(byB.isEmpty());
            assertEquals(41, byA.size() + byB.size());
            ImportService.JobView view = service.job(job, true);
            assertEquals(40, view.done());
            assertEquals(1, view.skipped());
            assertEquals(0, view.pending());
            assertTrue(view.finished());
            List<?> attempts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select distinct attempts from import_item where job_id = ?1").setParameter(1, job).getResultList());
            assertEquals(List.of(1), attempts.stream().map(n -> ((Number) n).intValue()).toList());
            long articles = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from article where raw_text like ?1").setParameter(1, "Shared item % of " + u + ".%")
                    .getSingleResult()).longValue());
            assertEquals(40, articles);
        } finally {
            runner.start();
        }
    }

    private static void record(Set<Long> mine, long id, CyclicBarrier together) {
        boolean first = mine.isEmpty();
        mine.add(id);
        if (first) {
            try {
                together.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other worker never got an item", e);
            }
        }
    }

    private static Void drain(ImportWorker w) throws Exception {
        while (w.runOne()) {
            // until the queue has nothing this worker can take
        }
        return null;
    }
}
