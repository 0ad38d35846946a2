package org.claimtrack.imports;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.testing.TestUsers;

import io.restassured.path.json.JsonPath;

/** Test helpers: waiting for a job (bounded), building zips. */
public final class Jobs {

    private Jobs() {
    }

    /** Polls the job until it has no pending item; fails after 90 s. */
    public static JsonPath await(long id) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            JsonPath job = TestUsers.as(TestUsers.EDITOR).get("/api/imports/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if (job.getBoolean("finished")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                fail("import job " + id + " did not finish: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
