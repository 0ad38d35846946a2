package org.claimtrack.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Issue 19, item 3 end to end: the size cap and the per-user limit of POST /api/extract. */
@QuarkusTest
class ExtractLimitsTest {

    @Inject
    ExtractGate gate;

    @Inject
    ExtractLimits limits;

    @Test
    void aTextOverTheSynchronousLimitIs413PointingToImportJobs() {
        String sentence = "The minister said the bridge would reopen on Monday. ";
        String big = sentence.repeat(limits.maxSyncBytes() / sentence.length() + 2);
        TestUsers.as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(big.getBytes(StandardCharsets.UTF_8))
                .post("/api/extract").then().statusCode(413).body("error", containsString("POST /api/imports"))
                .body("limit", equalTo(limits.maxSyncBytes())).body("importJobs", equalTo("/api/imports"));
        TestUsers.as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(sentence)
                .post("/api/extract").then().statusCode(200).body("claims.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aUserRunningTheLimitAlreadyGets429WithRetryAfter() {
        var held = new java.util.ArrayList<java.util.concurrent.atomic.AtomicInteger>();
        for (int i = 0; i < limits.perUser(); i++) {
            held.add(gate.enter(TestUsers.CHECKER));
        }
        try {
            TestUsers.as(TestUsers.CHECKER).contentType("text/plain; charset=utf-8").body("The mayor said it rained.")
                    .post("/api/extract").then().statusCode(429).header("Retry-After", equalTo("5"))
                    .body("error", containsString("extractions already"));
            TestUsers.as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body("The mayor said it rained.")
                    .post("/api/extract").then().statusCode(200);
        } finally {
            held.forEach(gate::leave);
        }
        TestUsers.as(TestUsers.CHECKER).contentType("text/plain; charset=utf-8").body("The mayor said it rained.")
                .post("/api/extract").then().statusCode(200);
    }
}
