package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
    void claimsComeNewestFirstAcrossTheDateWindowsAndFollowTheirArticlesDate() {
        String n = Fixtures.nonce();
        LocalDate[] dates = {LocalDate.of(2001, 5, 1), LocalDate.of(2023, 6, 1), null, LocalDate.of(2023, 6, 3)};
        long[] claims = new long[dates.length];
        for (int i = 0; i < dates.length; i++) {
            String t = "The " + n + " lantern " + i + " was lit.";
            long a = Fixtures.article("Lantern " + n, dates[i], t);
            claims[i] = Fixtures.claims(a, Spec.of(t)).get(0);
        }
        as(TestUsers.VIEWER).queryParam("q", n).get("/api/search").then().statusCode(200)
                .body("claims.claim.id", equalTo(List.of((int) claims[3], (int) claims[1], (int) claims[0],
                        (int) claims[2])))
                .body("articles.size()", equalTo(4));
        as(TestUsers.VIEWER).queryParam("q", n).queryParam("limit", 2).get("/api/search").then().statusCode(200)
                .body("claims.claim.id", equalTo(List.of((int) claims[3], (int) claims[1])));
        // the oldest article is re-dated: its claim (a copy of the date, kept by trigger) moves to the front
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update article set published = date '2024-01-01' where id = (select article_id from claim where id = ?1)")
                .setParameter(1, claims[0]).executeUpdate());
        as(TestUsers.VIEWER).queryParam("q", n).queryParam("limit", 2).get("/api/search").then().statusCode(200)
                .body("claims.claim.id", equalTo(List.of((int) claims[0], (int) claims[3])));
    }

    @Inject
    EntityManager em;

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
