package org.claimtrack.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Export benchmark, no Quarkus: starts its own throwaway PostgreSQL, applies the migrations with
 * Flyway, generates N claims (default 1,000,000) with generate_series, then exports them through
 * {@link ClaimExporter} (the endpoints' code path) beside PostgreSQL's own
 * {@code COPY (the same query) TO STDOUT WITH CSV}, and samples the heap after a GC as rows go by.
 * <pre>
 * MAVEN_OPTS=-Xmx256m ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.claimtrack.export.ExportBenchmark [-Dexec.args=1000000]
 * </pre>
 * Writes the table to stdout and to target/export-benchmark.md.
 */
public final class ExportBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static int fetchSize;

    /** Counts bytes and drops them, like a fast client. */
    static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    record Result(String what, long rows, long bytes, double seconds, List<Long> heapMiB) {
        double rate() {
            return rows / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        fetchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path data = Files.createTempDirectory("claimtrack-bench-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("max_wal_size", "4GB").setServerConfig("shared_buffers", "256MB").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("filesystem:migrations").load().migrate();
            long t0 = System.nanoTime();
            generate(ds, claims);
            System.out.printf(Locale.ROOT, "generated %,d claims in %.1f s%n", claims, (System.nanoTime() - t0) / 1e9);

            ExportQuery query = ExportQuery.all();
            List<Result> results = new ArrayList<>();
            // the machine is shared: three alternating rounds, and each side's best round counts
            Result bestCopy = null;
            Result bestCsv = null;
            Result bestRead = null;
            for (int round = 1; round <= 3; round++) {
                Result copy = copy(ds, query);
                Result csv = export(ds, query, ExportFormat.CSV, false);
                Result read = readOnly(ds, query);
                System.out.printf(Locale.ROOT, "round %d: COPY %,.0f rows/s, CSV export %,.0f rows/s (%.0f%%), "
                        + "cursor alone %,.0f rows/s, load %.1f%n", round, copy.rate(), csv.rate(),
                        100 * csv.rate() / copy.rate(), read.rate(), load());
                bestCopy = bestCopy == null || copy.rate() > bestCopy.rate() ? copy : bestCopy;
                bestCsv = bestCsv == null || csv.rate() > bestCsv.rate() ? csv : bestCsv;
                bestRead = bestRead == null || read.rate() > bestRead.rate() ? read : bestRead;
            }
            results.add(bestCopy);
            results.add(bestCsv);
            results.add(bestRead);
            for (ExportFormat f : List.of(ExportFormat.JSONL, ExportFormat.JSON, ExportFormat.XLSX, ExportFormat.BRAT)) {
                results.add(export(ds, query, f, false));
                System.out.println(results.get(results.size() - 1));
            }
            results.add(export(ds, query, ExportFormat.CSV, true));
            String table = table(claims, results);
            System.out.println(table);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/export-benchmark.md"), table);
        }
    }

    private static void generate(DataSource ds, int claims) throws Exception {
        int perArticle = 100;
        int articles = Math.max(1, claims / perArticle);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // a throwaway database: skip the per-row span trigger (the generated spans are inside the text anyway)
            st.execute("set session_replication_role = replica");
            st.execute("insert into outlet (name) select 'Outlet ' || g from generate_series(1, 20) g");
            st.execute("insert into source (name, type, handles) select 'Source ' || g,"
                    + " (array['PERSON','GOVERNMENT','ORGANIZATION','MEDIA'])[1 + g % 4], array['@src' || g]"
                    + " from generate_series(1, 2000) g");
            // 40 sentences of 118 characters: every claim below is one sentence of its article
            st.execute("insert into article (title, outlet_id, url, published, raw_text, content_hash, extractor_version)"
                    + " select 'Article ' || g || ' on the state of the bridge', 1 + g % 20,"
                    + " 'https://news.example/' || g, date '2020-01-01' + g % 365,"
                    + " repeat('The ministry said on Monday that the bridge will reopen next week, officials reported, \"with \"\"care\"\"\", maybe. ', 40)"
                    + " || g, encode(sha256(('bench' || g)::bytea), 'hex'), 'bench'"
                    + " from generate_series(1, " + articles + ") g");
            st.execute("insert into claim (article_id, start_offset, end_offset, content, kind, source_start, source_end,"
                    + " source_text, source_name, source_type, source_id, cue_start, cue_end, cue_text, quote, hedges,"
                    + " status, verdict_rating, verdict_explanation, verdict_evidence, verdict_by, verdict_at)"
                    + " select a.id, (i % 40) * 118, (i % 40) * 118 + 117,"
                    + " 'The ministry said on Monday that the bridge will reopen next week, officials reported, \"with \"\"care\"\"\", maybe.',"
                    + " (array['TWEET','OFFICIAL_STATEMENT','MEDIA_REPORT','DOCUMENT','ANONYMOUS_SOURCE','NAMED_SOURCE','UNATTRIBUTED'])[1 + i % 7],"
                    + " case when i % 7 < 6 then (i % 40) * 118 + 4 end, case when i % 7 < 6 then (i % 40) * 118 + 12 end,"
                    + " case when i % 7 < 6 then 'ministry' end, case when i % 7 < 6 then 'Source ' || (1 + (a.id * 7 + i) % 2000) end,"
                    + " case when i % 7 < 6 then 'GOVERNMENT' end, case when i % 7 < 6 then 1 + (a.id * 7 + i) % 2000 end,"
                    + " case when i % 7 < 6 then (i % 40) * 118 + 13 end, case when i % 7 < 6 then (i % 40) * 118 + 17 end,"
                    + " case when i % 7 < 6 then 'said' end,"
                    + " (array['DIRECT','INDIRECT','MIXED','INDIRECT','INDIRECT','INDIRECT','NONE'])[1 + i % 7],"
                    + " case when i % 3 = 0 then array['maybe'] else '{}' end,"
                    + " (array['NEW','IN_REVIEW','CHECKED','PUBLISHED'])[1 + i % 4],"
                    + " case when i % 10 = 0 then 'MOSTLY_FALSE' end,"
                    + " case when i % 10 = 0 then '=1+1 is not what the report says; see the ministry''s own figures' end,"
                    + " case when i % 10 = 0 then array['https://evidence.example/' || a.id] else '{}' end,"
                    + " case when i % 10 = 0 then 'chuck' end, case when i % 10 = 0 then now() end"
                    + " from article a cross join generate_series(0, " + (perArticle - 1) + ") i");
            st.execute("analyze");
        }
    }

    private static Result copy(DataSource ds, ExportQuery query) throws Exception {
        try (Connection c = ds.getConnection()) {
            Sink sink = new Sink();
            long t = System.nanoTime();
            long rows = new CopyManager(c.unwrap(BaseConnection.class))
                    .copyOut("COPY (" + query.inlinedSql() + ") TO STDOUT WITH CSV", sink);
            return new Result("PostgreSQL COPY ... TO STDOUT WITH CSV", rows, sink.bytes, (System.nanoTime() - t) / 1e9,
                    List.of());
        }
    }

    private static Result export(DataSource ds, ExportQuery query, ExportFormat format, boolean sampleHeap)
            throws Exception {
        List<Long> heap = new ArrayList<>();
        LongConsumer progress = sampleHeap ? n -> {
            if (n % 100_000 == 0) {
                heap.add(usedAfterGc());
            }
        } : null;
        if (sampleHeap) {
            heap.add(usedAfterGc());
        }
        try (Connection c = ds.getConnection()) {
            Sink sink = new Sink();
            long t = System.nanoTime();
            long rows = ClaimExporter.export(c, query, format, new ClaimExporter.Options(fetchSize, false, "bench", "http://localhost/"), sink, progress);
            double s = (System.nanoTime() - t) / 1e9;
            if (sampleHeap) {
                heap.add(usedAfterGc());
            }
            return new Result("claimtrack " + format.fileName + (sampleHeap ? " (heap sampled: GC every 100k rows)" : ""),
                    rows, sink.bytes, s, heap);
        }
    }

    /** The cursor alone: rows read and mapped, nothing written (what the writers add comes on top). */
    private static Result readOnly(DataSource ds, ExportQuery query) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long t = System.nanoTime();
            long rows = query.forEach(c, fetchSize, row -> {
            });
            double s = (System.nanoTime() - t) / 1e9;
            c.rollback();
            return new Result("JDBC cursor alone, nothing written", rows, 0, s, List.of());
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long usedAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static String table(int claims, List<Result> results) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d claims, fetch size %d, Java %s, %d cores, max heap %d MiB,"
                + " load average at the end %.1f%n%n", claims, fetchSize,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), load()));
        s.append("| export | rows | MB out | seconds | rows/s | vs COPY | used heap after GC (MiB) |\n");
        s.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        double copyRate = results.get(0).rate();
        for (Result r : results) {
            s.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %,.0f | %.0f%% | %s |%n", r.what(), r.rows(),
                    r.bytes() / 1e6, r.seconds(), r.rate(), 100 * r.rate() / copyRate,
                    r.heapMiB().isEmpty() ? "" : r.heapMiB().toString()));
        }
        return s.toString();
    }
}
