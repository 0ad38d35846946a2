package org.claimtrack.hardening;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.common.UploadGate;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Heap exhaustion by small uploads (issue 19, item 10): zip bombs are refused while inflating, at
 * the entry's own limit; concurrent uploads are bounded (429 with Retry-After); a JSON Lines upload
 * makes at most max-items items; a job's items come a page at a time.
 */
@QuarkusTest
class ZipBombTest {

    static final int MIB = 1 << 20;

    @Inject
    UploadGate gate;

    /** One entry of {@code mib} MiB of zeros (a few hundred KB zipped), plus a small .ann for brat. */
    static byte[] bomb(String entry, int mib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[MIB];
            for (int i = 0; i < mib; i++) {
                z.write(zeros);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("bomb.ann"));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static int brat(byte[] zip) {
        return TestUsers.as(TestUsers.EDITOR).contentType("application/zip").body(zip).post("/api/import/brat")
                .then().extract().statusCode();
    }

    static int upload(String name, byte[] bytes) {
        return TestUsers.as(TestUsers.EDITOR).multiPart("files", name, bytes, "application/octet-stream")
                .post("/api/imports").then().extract().statusCode();
    }

    @Test
    void bombsAreRefusedWhileInflatingEvenTwelveAtOnce() throws Exception {
        byte[] bratBomb = bomb("bomb.txt", 110);
        byte[] importBomb = bomb("bomb.txt", 110);
        assertTrue(bratBomb.length < 200_000, "small: " + bratBomb.length);
        TestUsers.as(TestUsers.EDITOR).contentType("application/zip").body(bratBomb).post("/api/import/brat").then()
                .statusCode(413).body("error", containsString("bomb.txt is larger than"));
        TestUsers.as(TestUsers.EDITOR).multiPart("files", "bomb.zip", importBomb, "application/zip")
                .post("/api/imports").then().statusCode(413).body("error", containsString("zip bomb"));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> brat(bratBomb)));
                answers.add(pool.submit(() -> upload("bomb.zip", importBomb)));
            }
            for (Future<Integer> a : answers) {
                int status = a.get();
                assertTrue(status == 413 || status == 429, "a bomb is 413, or 429 while others unpack: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        // and the server is fine afterwards
        TestUsers.as(TestUsers.VIEWER).get("/api/articles?limit=1").then().statusCode(200);
    }

    @Test
    void oneUploadTooManyIs429WithRetryAfter() {
        List<UploadGate.Permit> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                taken.add(gate.enter());
            }
            TestUsers.as(TestUsers.EDITOR).multiPart("files", "a.txt", "Some text.".getBytes(StandardCharsets.UTF_8),
                    "text/plain").post("/api/imports").then().statusCode(429).header("Retry-After", "5")
                    .body("error", containsString("too many uploads"));
            TestUsers.as(TestUsers.EDITOR).contentType("application/zip").body(new byte[] {1, 2})
                    .post("/api/import/brat").then().statusCode(429).header("Retry-After", "5");
        } finally {
            taken.forEach(UploadGate.Permit::close);
        }
        TestUsers.as(TestUsers.EDITOR).contentType("application/zip").body(new byte[] {1, 2})
                .post("/api/import/brat").then().statusCode(422); // the place is free again: read, and not a zip
    }

    @Test
    void jsonLinesMakeAtMostMaxItemsAndJobsComeAPageAtATime() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            many.append("{\"text\":\"t\"}\n");
        }
        TestUsers.as(TestUsers.EDITOR).multiPart("files", "many.jsonl", many.toString().getBytes(StandardCharsets.UTF_8),
                "application/octet-stream").post("/api/imports").then().statusCode(413)
                .body("error", containsString("at most 10000"));

        // 250 items, all but one failing on upload (nothing for the workers to do)
        StringBuilder lines = new StringBuilder("{\"text\": \"The page test " + System.nanoTime() + ", they said.\"}\n");
        for (int i = 0; i < 249; i++) {
            lines.append("not json ").append(i).append('\n');
        }
        long id = TestUsers.as(TestUsers.EDITOR).multiPart("files", "pages.jsonl",
                lines.toString().getBytes(StandardCharsets.UTF_8), "application/octet-stream").post("/api/imports")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath page = TestUsers.as(TestUsers.EDITOR).queryParam("limit", 10).queryParam("offset", 20)
                .get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(250, page.getInt("total"));
        assertEquals(10, page.getList("items").size());
        assertEquals(21, page.getInt("items[0].seq"));
        assertEquals(250, TestUsers.as(TestUsers.EDITOR).queryParam("limit", 1000).get("/api/imports/" + id).then()
                .statusCode(200).extract().jsonPath().getList("items").size(), "all 250 fit in the largest page");
        TestUsers.as(TestUsers.EDITOR).queryParam("limit", 5000).get("/api/imports/" + id).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("limit must be between 1 and 1000, not 5000"));
        String first = TestUsers.as(TestUsers.EDITOR).get("/imports/" + id).then().statusCode(200).extract().asString();
        assertTrue(first.contains("Page 1 of 2") && first.contains("?page=2"), "the job page pages");
        assertEquals(200, first.split("<tr class=\"item-").length - 1);
        String second = TestUsers.as(TestUsers.EDITOR).get("/imports/" + id + "?page=2").then().statusCode(200)
                .extract().asString();
        assertEquals(50, second.split("<tr class=\"item-").length - 1);
        assertTrue(second.contains("?page=1"));
    }
}
