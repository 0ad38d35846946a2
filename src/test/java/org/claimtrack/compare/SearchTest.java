package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchTest {

    @Test
    void findsArticlesAndClaimsByWordAndFilter() {
        String n = Fixtures.nonce();
        String outlet = "Search " + n;
        long a = Fixtures.article(outlet, LocalDate.of(2022, 6, 1), "Reports say the " + n + " reservoir is empty.",
                "The " + n + " dam was inspected.");
        long[] ids = Fixtures.claims(a,
                Spec.of("the " + n + " reservoir is empty", Kind.MEDIA_REPORT, null, "Reports", "say"),
                Spec.of("The " + n + " dam was inspected.")).stream().mapToLong(Long::longValue).toArray();
        as(TestUsers.VIEWER).queryParam("q", n).get("/api/search").then().statusCode(200)
                .body("articles.id", hasItem((int) a))
                .body("claims.claim.id", hasItem((int) ids[0]))
                .body("claims.claim.id", hasItem((int) ids[1]))
                .body("claims[0].outlet", equalTo(outlet));
        as(TestUsers.VIEWER).queryParam("q", n + " reservoir").queryParam("kind", "MEDIA_REPORT").get("/api/search")
                .then().statusCode(200).body("claims.size()", equalTo(1)).body("claims[0].claim.id", equalTo((int) ids[0]));
        as(TestUsers.VIEWER).queryParam("q", n).queryParam("kind", "UNATTRIBUTED").get("/api/search")
                .then().statusCode(200).body("claims.size()", equalTo(1)).body("claims[0].claim.id", equalTo((int) ids[1]));
        as(TestUsers.VIEWER).queryParam("q", n).queryParam("outlet", "nowhere " + n).get("/api/search")
                .then().statusCode(200).body("articles", empty()).body("claims", empty());
        as(TestUsers.VIEWER).queryParam("q", n).queryParam("from", "2023-01-01").get("/api/search")
                .then().statusCode(200).body("claims", empty());
        as(TestUsers.VIEWER).queryParam("q", "reservoirs " + n).get("/api/search")
                .then().statusCode(200).body("claims.claim.id", hasItem((int) ids[0])); // stemming: reservoirs ~ reservoir
    }

    @Test
    void badQueriesAreJsonErrors() {
        as(TestUsers.VIEWER).get("/api/search").then().statusCode(400).body("error", notNullValue());
        as(TestUsers.VIEWER).queryParam("q", "x").queryParam("verdict", "MAYBE").get("/api/search").then()
                .statusCode(400).body("error", notNullValue());
        as(TestUsers.VIEWER).queryParam("q", "x".repeat(600)).get("/api/search").then().statusCode(422)
                .body("error", notNullValue());
        io.restassured.RestAssured.given().queryParam("q", "x").get("/api/search").then().statusCode(401);
    }
}
