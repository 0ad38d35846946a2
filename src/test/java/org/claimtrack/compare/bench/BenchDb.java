package org.claimtrack.compare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A throwaway embedded PostgreSQL under target/ with the app's migrations applied by Flyway's Java API. */
final class BenchDb implements AutoCloseable {

    final EmbeddedPostgres pg;

    private BenchDb(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    static BenchDb start(String folder, boolean clean) throws IOException {
        Path dir = Path.of("target", folder).toAbsolutePath();
        if (clean && Files.exists(dir)) {
            // wiped here, not by zonky: its clean flag also deletes the folder on close, and "reuse" needs it kept
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                // a benchmark database: speed over durability while loading
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "2GB").setServerConfig("max_wal_size", "8GB")
                .setServerConfig("max_parallel_maintenance_workers", "2")
                .setServerConfig("max_parallel_workers_per_gather", "2")
                .setPGStartupWait(java.time.Duration.ofSeconds(120)).start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("filesystem:migrations").load().migrate();
        return new BenchDb(pg);
    }

    Connection connect() throws SQLException {
        return pg.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /** Prepares SQL written with JPA's numbered parameters (?1, ?2, each may repeat) for JDBC. */
    static PreparedStatement prepareNumbered(Connection c, String sql, Object... values) throws SQLException {
        Matcher m = NUMBERED.matcher(sql);
        StringBuilder out = new StringBuilder();
        List<Object> bound = new ArrayList<>();
        while (m.find()) {
            bound.add(values[Integer.parseInt(m.group(1)) - 1]);
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        PreparedStatement ps = c.prepareStatement(out.toString());
        for (int i = 0; i < bound.size(); i++) {
            ps.setObject(i + 1, bound.get(i));
        }
        return ps;
    }

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]\\w*)");

    /** Prepares SQL written with the services' named parameters (:name) for JDBC. */
    static PreparedStatement prepare(Connection c, String sql, java.util.Map<String, Object> params) throws SQLException {
        Matcher m = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        PreparedStatement ps = c.prepareStatement(out.toString());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof java.time.LocalDate d) {
                ps.setObject(i + 1, d);
            } else if (v instanceof List<?> l) {
                ps.setArray(i + 1, c.createArrayOf("bigint", l.toArray()));
            } else {
                ps.setObject(i + 1, v);
            }
        }
        return ps;
    }
}
