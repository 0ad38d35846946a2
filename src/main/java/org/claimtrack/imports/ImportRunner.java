package org.claimtrack.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.claimtrack.common.ClaimtrackConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * This process's import workers: a few threads that take items from the queue in the database. Every
 * process on the same PostgreSQL runs its own and they share the work; a job left half done by a
 * process that died is finished by whichever process polls next, including the same one restarted.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @Inject
    ClaimtrackConfig config;

    @Inject
    DataSource ds;

    @Inject
    ImportService service;

    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    /** Names workers in the item rows, so one can see which process did what. */
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    void onStart(@Observes @Priority(200) StartupEvent ev) {
        start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    /** Wakes the idle workers of this process when a job was committed here. */
    void onJob(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportService.JobCreated job) {
        wake();
    }

    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < config.imports().workers(); i++) {
            ImportWorker w = new ImportWorker(ds, service, instance + "-" + (i + 1), null);
            Thread t = new Thread(() -> loop(w), "import-worker-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        LOG.infof("Import: %d worker(s) started as %s", threads.size(), instance);
    }

    /** Stops this process's workers after the item each is doing (tests use it to run their own workers). */
    public synchronized void stop() {
        running = false;
        wake();
        for (Thread t : threads) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private void loop(ImportWorker w) {
        long backoff = config.imports().pollInterval().toMillis();
        while (running) {
            boolean did = false;
            try {
                did = w.runOne();
            } catch (Exception e) {
                // the database is away (restart, failover): try again after a pause, nothing is lost
                LOG.warnf("import worker %s: %s", w.name(), e.getMessage());
            }
            if (!did && running) {
                synchronized (signal) {
                    try {
                        signal.wait(Math.max(50, backoff));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }
}
