package org.claimtrack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 4: a second start on the same CLAIMTRACK_DB_DIR refuses, naming the running instance,
 * and leaves its PostgreSQL serving; a postgres whose JVM was killed is an orphan and is taken over;
 * a JVM stopped with SIGTERM takes its postgres with it. The first instance is a second JVM (a
 * subprocess); everything talks over loopback only.
 */
class SecondStartTest {

    record Child(Process process, long postmaster, int port) {
    }

    static Child startChild(Path data) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PgOwnerMain.class.getName(), data.toString());
        pb.environment().remove("CLAIMTRACK_DB_DIR");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                String[] f = line.split(" ");
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-output");
                drain.setDaemon(true);
                drain.start();
                return new Child(p, Long.parseLong(f[1]), Integer.parseInt(f[2]));
            }
        }
        p.destroyForcibly();
        fail("the child did not start its postgres:\n" + seen);
        return null;
    }

    static int selectOne(int port) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
                "postgres"); ResultSet rs = c.createStatement().executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static boolean gone(long pid, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void aSecondStartRefusesAndTheFirstKeepsServingThenSigtermStopsItsPostgres(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("pgdata");
        Child first = startChild(data);
        try {
            assertEquals(1, selectOne(first.port()));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedPostgresConfigSource.startOn(data));
            String msg = refused.getMessage();
            assertTrue(msg.contains("pid " + first.process().pid()) && msg.contains("port " + first.port()),
                    "names the running instance: " + msg);
            assertTrue(ProcessHandle.of(first.postmaster()).map(ProcessHandle::isAlive).orElse(false),
                    "the running postgres was not stopped");
            assertEquals(1, selectOne(first.port()), "and it still serves");
        } finally {
            first.process().destroy(); // SIGTERM
            assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "the JVM ends on SIGTERM");
        }
        assertTrue(gone(first.postmaster(), 30), "SIGTERM to the JVM stops its postgres too");
    }

    @Test
    void anOrphanLeftByAKilledJvmIsTakenOver(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("pgdata");
        Child killed = startChild(data);
        killed.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        killed.process().waitFor(30, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.of(killed.postmaster()).map(ProcessHandle::isAlive).orElse(false),
                "its postgres outlives it (an orphan)");
        try (EmbeddedPostgresConfigSource.Running again = EmbeddedPostgresConfigSource.startOn(data)) {
            assertTrue(gone(killed.postmaster(), 5), "the orphan was stopped");
            assertEquals(1, selectOne(again.pg().getPort()));
            assertTrue(Files.readString(PgDataOwner.fileFor(data)).contains("pid " + ProcessHandle.current().pid()));
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "closing stops the server");
    }
}
