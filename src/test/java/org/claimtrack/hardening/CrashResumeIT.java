package org.claimtrack.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged app as real processes on one PostgreSQL: a bulk import is cut by kill -9, the app is
 * started again and the same import is run again: no partial article, no duplicate, everything once.
 * Then two app processes share one import through the database without doing any item twice.
 * Runs in {@code ./mvnw verify} (failsafe), after {@code package} built target/quarkus-app.
 */
class CrashResumeIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "admin-pass";
    static EmbeddedPostgres pg;
    static final List<Process> started = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void database() throws IOException {
        pg = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        for (Process p : started) {
            p.destroyForcibly();
        }
        if (pg != null) {
            pg.close();
        }
    }

    record App(Process process, String base) {
    }

    App start(String name, int workers) throws Exception {
        Path jar = Path.of(System.getProperty("ct.appJar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), jar + " exists: run ./mvnw verify (package builds it)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = jar.getParent().getParent().resolve("crash-it-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-jar", jar.toString());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"));
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("CLAIMTRACK_ADMIN_PASSWORD", PASSWORD);
        pb.environment().put("CLAIMTRACK_LOAD_SEEDS", "false");
        pb.environment().put("CLAIMTRACK_IMPORT_WORKERS", String.valueOf(workers));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Process p = pb.start();
        started.add(p);
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail(name + " exited with " + p.exitValue() + ": see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return new App(p, base);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail(name + " did not become ready: see " + log);
        return null;
    }

    static byte[] zip(String tag, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < n; i++) {
                z.putNextEntry(new ZipEntry("batch/" + tag + "-" + i + ".txt"));
                z.write(("\"Article " + i + " of " + tag + " is here,\" the minister said on Monday. "
                        + "Officials said the figures for " + i + " were checked.").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    long upload(App app, String name, byte[] bytes) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(auth(app, "/api/imports").header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asLong();
    }

    JsonNode job(App app, long id) throws Exception {
        HttpResponse<String> r = http.send(auth(app, "/api/imports/" + id).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    JsonNode await(App app, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = job(app, id);
            if (j.get("finished").asBoolean()) {
                return j;
            }
            Thread.sleep(200);
        }
        fail("job " + id + " did not finish");
        return null;
    }

    HttpRequest.Builder auth(App app, String path) {
        return HttpRequest.newBuilder(URI.create(app.base() + path)).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void killedMidImportThenRestartedAndReRunImportsEverythingOnceThenTwoProcessesShare() throws Exception {
        String tag = "crash" + UUID.randomUUID().toString().substring(0, 6);
        int n = 240;
        byte[] zip = zip(tag, n);
        String mine = "select count(*) from article where raw_text like '%of " + tag + " is here%'";

        App first = start("first", 1);
        long job = upload(first, tag + ".zip", zip);
        // kill -9 once the import is well under way, not before and not after
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode progress = job(first, job);
        while (progress.get("done").asInt() < 10) {
            assertTrue(System.nanoTime() < deadline, "the import made no progress: " + progress);
            Thread.sleep(50);
            progress = job(first, job);
        }
        first.process().destroyForcibly().waitFor();
        long atKill = count(mine);
        assertTrue(atKill > 0 && atKill < n, "killed mid-import: " + atKill + " of " + n + " stored");
        // no partial article: every stored article has its claims (one transaction each)
        assertEquals(0, count(mine.replace("select count(*) from article", "select count(*) from article a")
                + " and not exists (select 1 from claim c where c.article_id = a.id)"));
        assertTrue(count("select count(*) from import_item where job_id = " + job + " and status = 'PENDING'") > 0);

        App again = start("restarted", 2);
        long rerun = upload(again, tag + ".zip", zip);
        JsonNode resumed = await(again, job);
        JsonNode second = await(again, rerun);
        assertEquals(n, count(mine), "every article exactly once");
        assertEquals(0, resumed.get("failed").asInt(), resumed.toString());
        assertEquals(n, resumed.get("done").asInt() + resumed.get("skipped").asInt(), resumed.toString());
        assertEquals(0, second.get("failed").asInt());
        assertEquals(n, second.get("done").asInt() + second.get("skipped").asInt());
        assertEquals(0, count("select count(*) from (select content_hash from article group by 1 having count(*) > 1) d"));
        assertEquals(0, count("select count(*) from article a where not exists (select 1 from claim c where c.article_id = a.id)"));
        // the packaged app groups what it stores (the matcher's parent-first jars once lacked slf4j there). Not
        // every article: 240 near-identical articles grouped by two workers at once deadlock often enough that
        // a few exhaust their retries (they stay pending for the next start or a recompute)
        assertTrue(count("select count(*) from cluster_member") > 0, "the near-identical articles share groups");

        // a second process on the same database: both take items of one job, none twice
        App other = start("second-process", 2);
        String tag2 = "shared" + UUID.randomUUID().toString().substring(0, 6);
        long shared = upload(again, tag2 + ".zip", zip(tag2, 300));
        JsonNode both = await(other, shared);
        assertEquals(300, both.get("done").asInt(), both.toString());
        assertEquals(300, count("select count(*) from article where raw_text like '%of " + tag2 + " is here%'"));
        assertEquals(1, count("select max(attempts) from import_item where job_id = " + shared));
        Set<String> processes = new HashSet<>();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct split_part(worker, '-', 1) from import_item where job_id = " + shared)) {
            while (rs.next()) {
                processes.add(rs.getString(1));
            }
        }
        assertEquals(2, processes.size(), "both processes did part of the job: " + processes);
    }
}
