package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class ProfileTest {

    @Inject
    EntityManager em;

    /** One outlet, two articles: 4 claims of which 2 named (one source twice, one other), 1 anonymous, 1 unattributed. */
    private String outlet() {
        String n = Fixtures.nonce();
        String outlet = "Profile " + n;
        long s1 = Fixtures.source("Lena " + n, SourceType.PERSON);
        long s2 = Fixtures.source("Council of " + n, SourceType.GOVERNMENT);
        String t1 = "Lena " + n + " said the tram line opens in June.";
        String t2 = "Officials said the tram may cost more.";
        long a1 = Fixtures.article(outlet, LocalDate.of(2023, 3, 1), t1, t2);
        Fixtures.claims(a1, Spec.of("the tram line opens in June", Kind.NAMED_SOURCE, s1, "Lena " + n, "said"),
                Spec.of("the tram may cost more", Kind.ANONYMOUS_SOURCE, null, "Officials", "said", "may"));
        String t3 = "Council of " + n + " said fares stay the same.";
        String t4 = "Lena " + n + " said the depot is finished.";
        String t5 = "The weather was mild.";
        long a2 = Fixtures.article(outlet, LocalDate.of(2023, 3, 2), t3, t4, t5);
        Fixtures.claims(a2, Spec.of("fares stay the same", Kind.OFFICIAL_STATEMENT, s2, "Council of " + n, "said"),
                Spec.of("the depot is finished", Kind.NAMED_SOURCE, s1, "Lena " + n, "said"),
                Spec.of("The weather was mild."));
        return outlet;
    }

    @Test
    void sharesPerOutletAndArticleFromTheRunningTotalsAndTheArticleTableAgree() {
        String outlet = outlet();
        for (Map<String, String> q : new Map[] {Map.of("outlet", outlet),
            Map.of("outlet", outlet, "from", "2023-01-01", "to", "2023-12-31")}) {
            JsonPath p = as(TestUsers.VIEWER).queryParams(q).get("/api/profile").then().statusCode(200)
                    .body("outlets.size()", equalTo(1))
                    .body("outlets[0].outlet", equalTo(outlet))
                    .body("outlets[0].articles", equalTo(2))
                    .body("outlets[0].claims", equalTo(5))
                    .body("outlets[0].counts.NAMED_SOURCE", equalTo(2))
                    .body("outlets[0].shares.NAMED_SOURCE", equalTo(0.4f))
                    .body("outlets[0].shares.ANONYMOUS_SOURCE", equalTo(0.2f))
                    .body("outlets[0].shares.UNATTRIBUTED", equalTo(0.2f))
                    .body("outlets[0].shares.TWEET", equalTo(0.0f))
                    .body("outlets[0].namedSources", equalTo(2))
                    .body("outlets[0].hedged", equalTo(1))
                    .body("outlets[0].hedgedShare", equalTo(0.2f))
                    .body("total.namedSources", equalTo(2))
                    .body("articles.size()", equalTo(2))
                    .body("articles[0].claims", equalTo(3))
                    .body("articles[0].namedSources", equalTo(2))
                    .body("articles[1].shares.ANONYMOUS_SOURCE", equalTo(0.5f))
                    .extract().jsonPath();
            assertEquals(2, p.getInt("total.articles"), q.toString());
        }
    }

    @Test
    void aClaimFilterCountsTheMatchingClaims() {
        String outlet = outlet();
        as(TestUsers.VIEWER).queryParam("outlet", outlet).queryParam("kind", "NAMED_SOURCE").get("/api/profile")
                .then().statusCode(200).body("preAggregated", equalTo(false)).body("total.claims", equalTo(2))
                .body("total.namedSources", equalTo(1)).body("outlets[0].shares.NAMED_SOURCE", equalTo(1.0f));
        as(TestUsers.VIEWER).queryParam("outlet", outlet).queryParam("q", "tram").get("/api/profile")
                .then().statusCode(200).body("total.claims", equalTo(2));
    }

    @Test
    void rejectingAClaimAndMovingAnArticleKeepTheTotalsRight() {
        String outlet = outlet();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update claim set status = 'REJECTED' where kind = 'ANONYMOUS_SOURCE' and article_id in
                (select a.id from article a join outlet o on o.id = a.outlet_id where o.name = ?1)""")
                .setParameter(1, outlet).executeUpdate());
        as(TestUsers.VIEWER).queryParam("outlet", outlet).get("/api/profile").then().statusCode(200)
                .body("outlets[0].claims", equalTo(4)).body("outlets[0].hedged", equalTo(0));
        String other = outlet + " moved";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into outlet (name) values (?1)").setParameter(1, other).executeUpdate();
            em.createNativeQuery("""
                    update article set outlet_id = (select id from outlet where name = ?2)
                    where id = (select min(a.id) from article a join outlet o on o.id = a.outlet_id where o.name = ?1)""")
                    .setParameter(1, outlet).setParameter(2, other).executeUpdate();
        });
        as(TestUsers.VIEWER).queryParam("outlet", outlet).get("/api/profile").then().statusCode(200)
                .body("outlets[0].articles", equalTo(1)).body("outlets[0].claims", equalTo(3))
                .body("outlets[0].namedSources", equalTo(2));
        as(TestUsers.VIEWER).queryParam("outlet", other).get("/api/profile").then().statusCode(200)
                .body("outlets[0].articles", equalTo(1)).body("outlets[0].claims", equalTo(1))
                .body("outlets[0].namedSources", equalTo(1));
    }

    @Test
    void runningTotalsEqualARebuildFromScratch() {
        outlet();
        String before = as(TestUsers.VIEWER).queryParam("articles", 0).get("/api/profile").then().statusCode(200)
                .extract().asString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select profile_rebuild()").getSingleResult());
        String after = as(TestUsers.VIEWER).queryParam("articles", 0).get("/api/profile").then().statusCode(200)
                .extract().asString();
        assertEquals(after, before, "incremental maintenance matches a full rebuild");
    }

    @Test
    void badFiltersAre400() {
        as(TestUsers.VIEWER).queryParam("from", "March").get("/api/profile").then().statusCode(400)
                .body("error", notNullValue());
        as(TestUsers.VIEWER).queryParam("kind", "RUMOUR").get("/api/profile").then().statusCode(400)
                .body("error", notNullValue());
    }
}
