package org.claimtrack.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * 20 clients change verdicts and corrections of the same claims at once for a bounded time
 * (system property {@code ct.concurrency.seconds}, default 10; the issue asks for 30 in a long run):
 * every save is applied or refused with 409, no applied save is lost, and the history replays to
 * the final state.
 *
 * <p>Written against the Claims section of http-api.md ({@code PATCH /api/claims/{id}},
 * {@code PUT /api/claims/{id}/verdict} with {@code version}, {@code GET /api/claims/{id}/history}),
 * which the review branch implements: until that is merged the test is skipped (aborted) with a
 * message, never passed vacuously.
 */
@QuarkusTest
class ConcurrentReviewTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] RATINGS = {"TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"};
    static final String[] QUOTES = {"DIRECT", "INDIRECT", "MIXED", "NONE"};

    record Save(long claim, String kind, String tag, int resultingVersion) {
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void parallelVerdictsAndCorrectionsAreAppliedOrRefusedNeverLost() throws Exception {
        String openapi = TestUsers.as(TestUsers.VIEWER).get("/q/openapi?format=json").asString();
        Assumptions.assumeTrue(openapi.contains("\"/api/claims/{id}/verdict\"") && openapi.contains("\"/api/claims/{id}/history\""),
                "the review API (PUT /api/claims/{id}/verdict, history) is not merged yet: run this suite after merging branch review");
        int seconds = Integer.getInteger("ct.concurrency.seconds", 10);
        int clients = 20;

        String u = UUID.randomUUID().toString().substring(0, 8);
        article = TestUsers.as(TestUsers.EDITOR).contentType("text/plain")
                .body("Concurrency article " + u + " opens here. The second sentence is a claim. The third one too.")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonNode a = JSON.readTree(get("/api/articles/" + article, TestUsers.CHECKER).body());
        List<Long> claims = new ArrayList<>();
        a.get("claims").forEach(c -> claims.add(c.get("id").asLong()));
        assertTrue(claims.size() >= 3, a.toString());
        List<Long> targets = claims.subList(0, 3);
        Map<Long, Integer> initialVersion = new java.util.HashMap<>();
        for (long id : targets) {
            initialVersion.put(id, claim(id).get("version").asInt());
        }

        List<Save> applied = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Random rnd = new Random(client);
                String user = client % 2 == 0 ? TestUsers.CHECKER : TestUsers.EDITOR;
                int n = 0;
                while (System.nanoTime() < deadline && unexpected.size() < 10) {
                    long id = targets.get(rnd.nextInt(targets.size()));
                    String tag = "c" + client + "-" + (n++);
                    try {
                        int version = claim(id).get("version").asInt();
                        HttpResponse<String> r;
                        String kind;
                        if (rnd.nextBoolean()) {
                            kind = "verdict";
                            r = send("PUT", "/api/claims/" + id + "/verdict", user, Map.of(
                                    "rating", RATINGS[rnd.nextInt(RATINGS.length)], "explanation", tag,
                                    "evidence", List.of("https://evidence.example/" + tag), "version", version));
                        } else {
                            kind = "patch";
                            r = send("PATCH", "/api/claims/" + id, user, Map.of(
                                    "quote", QUOTES[rnd.nextInt(QUOTES.length)], "version", version));
                        }
                        if (r.statusCode() == 200) {
                            int resulting = JSON.readTree(r.body()).get("version").asInt();
                            // a correction that sets the value the claim already has changes nothing: no new version
                            if (resulting != version) {
                                applied.add(new Save(id, kind, tag, resulting));
                            } else if (!kind.equals("patch")) {
                                unexpected.add("verdict " + id + " answered 200 without a new version");
                            }
                        } else if (r.statusCode() == 409) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(kind + " " + id + " -> " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        unexpected.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(seconds + 120L, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(List.of(), unexpected, "every save is applied (200) or refused (409)");
        assertTrue(applied.size() > 0 && refused.get() > 0, "both outcomes happened: " + applied.size() + " applied, "
                + refused.get() + " refused");

        for (long id : targets) {
            List<Save> mine = applied.stream().filter(s -> s.claim() == id)
                    .sorted(Comparator.comparingInt(Save::resultingVersion)).toList();
            JsonNode now = claim(id);
            // each applied save moved the version by exactly one: none was lost or merged away
            assertEquals(initialVersion.get(id) + mine.size(), now.get("version").asInt(), "claim " + id);
            for (int i = 0; i < mine.size(); i++) {
                assertEquals(initialVersion.get(id) + i + 1, mine.get(i).resultingVersion(), "claim " + id + " save " + i);
            }
            // the history has one entry per applied save, in order, and its last verdict is the claim's verdict
            JsonNode history = JSON.readTree(get("/api/claims/" + id + "/history", TestUsers.VIEWER).body());
            List<String> verdictTags = new ArrayList<>();
            for (JsonNode h : history) {
                String after = h.get("after") == null ? "" : h.get("after").toString();
                for (Save s : mine) {
                    if (s.kind().equals("verdict") && after.contains("\"" + s.tag() + "\"")) {
                        verdictTags.add(s.tag());
                    }
                }
            }
            List<String> expected = mine.stream().filter(s -> s.kind().equals("verdict")).map(Save::tag).toList();
            assertEquals(expected, verdictTags.stream().distinct().toList(), "verdicts in the history of claim " + id);
            if (!expected.isEmpty()) {
                assertTrue(now.toString().contains("\"" + expected.get(expected.size() - 1) + "\""),
                        "the final verdict is the last applied one: " + now);
            }
            int changes = 0;
            for (JsonNode h : history) {
                if (h.get("before") != null && !h.get("before").isNull()) {
                    changes++;
                }
            }
            assertTrue(changes >= mine.size(), "claim " + id + ": " + changes + " history changes for " + mine.size() + " saves");
        }
    }

    long article;

    /** The claim as its article shows it (id, version, verdict), per http-api.md. */
    JsonNode claim(long id) throws Exception {
        HttpResponse<String> r = get("/api/articles/" + article, TestUsers.VIEWER);
        for (JsonNode c : JSON.readTree(r.body()).get("claims")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("claim " + id + " not in article " + article + ": " + r.statusCode());
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String user, Object body) throws Exception {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8)));
    }
}
