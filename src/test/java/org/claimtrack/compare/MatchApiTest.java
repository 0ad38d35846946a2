package org.claimtrack.compare;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /api/match as spec/match-api.md says: score, same, conflict, signals; 4xx JSON for bad input. */
@QuarkusTest
class MatchApiTest {

    static JsonPath match(String a, String b) {
        return as(TestUsers.VIEWER).contentType("application/json").body(Map.of("a", a, "b", b)).post("/api/match")
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
    }

    @Test
    void theSpecsExampleIsTheSameClaimWithItsSignals() {
        JsonPath r = match("Iran fired more than a dozen ballistic missiles at two bases in Iraq.",
                "Tehran launched over 12 ballistic missiles against two Iraqi bases housing U.S. troops.");
        double score = r.getDouble("score");
        assertTrue(score >= 0 && score <= 1, "score " + score);
        assertTrue(r.getBoolean("same"), r.prettify());
        assertFalse(r.getBoolean("conflict"), r.prettify());
        assertTrue(r.getDouble("signals.lexical") < r.getDouble("signals.semantic"), "a paraphrase: " + r.prettify());
    }

    @Test
    void theIssuesParaphrasesMatchAndUnrelatedClaimsDoNot() {
        assertTrue(match("Iranian state TV said 80 American soldiers were killed in the strikes.",
                "Iranian state media claimed that 80 \"American terrorists\" were killed.").getBoolean("same"));
        JsonPath unrelated = match("The stock market rose sharply on Monday.",
                "Iran fired more than a dozen ballistic missiles at two bases in Iraq.");
        assertFalse(unrelated.getBoolean("same"));
        assertTrue(unrelated.getDouble("score") < 0.1, unrelated.prettify());
    }

    @Test
    void aCountAgainstNoOneHarmedIsAConflictAndNotTheSame() {
        JsonPath r = match("80 Americans were killed in the attack.", "No Americans were harmed in the attack.");
        assertTrue(r.getBoolean("conflict"), r.prettify());
        assertFalse(r.getBoolean("same"), r.prettify());
    }

    @Test
    void theDecisionIsSymmetric() {
        String a = "News agencies have reported that two unguided rockets hit the premises of the compound.";
        String b = "International news agencies reported that two unguided rockets hit the compound.";
        JsonPath ab = match(a, b);
        JsonPath ba = match(b, a);
        assertEquals(ab.getBoolean("same"), ba.getBoolean("same"));
        assertEquals(ab.getDouble("score"), ba.getDouble("score"), 1e-9);
        assertEquals(ab.getBoolean("conflict"), ba.getBoolean("conflict"));
    }

    @Test
    void badInputGetsA4xxJsonError() {
        String ok = "Iran fired missiles.";
        for (String body : new String[] {"", "not json", "[1, 2]", "{\"a\": \"" + ok + "\"}", "{\"b\": \"" + ok + "\"}",
                "{\"a\": \"\", \"b\": \"" + ok + "\"}", "{\"a\": \"   \", \"b\": \"" + ok + "\"}",
                "{\"a\": 5, \"b\": \"" + ok + "\"}", "{\"a\": null, \"b\": \"" + ok + "\"}", "{\"a\": \"" + ok}) {
            int status = as(TestUsers.VIEWER).contentType("application/json").body(body).post("/api/match").then()
                    .body("error", notNullValue()).extract().statusCode();
            assertTrue(status >= 400 && status < 500, body + " gave " + status);
        }
        String longText = "word ".repeat(2001);
        as(TestUsers.VIEWER).contentType("application/json").body(Map.of("a", longText, "b", ok)).post("/api/match")
                .then().statusCode(413).body("error", containsString("10000"));
        // exactly 10,000 characters is allowed
        as(TestUsers.VIEWER).contentType("application/json").body(Map.of("a", "x".repeat(10_000), "b", ok))
                .post("/api/match").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().contentType("application/json").body(Map.of("a", "x y", "b", "x y")).post("/api/match").then()
                .statusCode(401);
        as(TestUsers.CHECKER).contentType("application/json").body(Map.of("a", "Rockets hit the embassy.",
                "b", "Rockets hit the embassy.")).post("/api/match").then().statusCode(200).body("same", equalTo(true));
    }
}
