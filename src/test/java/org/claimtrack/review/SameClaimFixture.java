package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;

import java.time.LocalDate;
import java.util.Map;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.testing.TestUsers;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * The same claim in three articles (a checked one, one to check, one whose claim is grouped but never
 * rated) and a claim of a fourth article in no group; groups and suggestions written directly, so the
 * matcher's thresholds do not decide what the tests see.
 */
record SameClaimFixture(String nonce, long checkedArticle, long checked, long article, long claim, long unratedArticle,
        long unrated, long loneArticle, long lone, long group) {

    static final String EXPLANATION = "The ministry figures show no such strikes.";

    static SameClaimFixture create() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2023, 5, 4);
        long a1 = Fixtures.article("Wire " + n, d, "Officials said 80 soldiers were killed in the " + n + " strikes.");
        long c1 = Fixtures.claims(a1, Fixtures.Spec.of("80 soldiers were killed in the " + n + " strikes")).get(0);
        long a2 = Fixtures.article("Gazette " + n, d.plusDays(1), "State TV claimed 80 troops died in the " + n + " strikes.");
        long c2 = Fixtures.claims(a2, Fixtures.Spec.of("80 troops died in the " + n + " strikes")).get(0);
        long a3 = Fixtures.article("Courier " + n, d.plusDays(2), "Eighty soldiers were killed in the " + n + " strikes.");
        long c3 = Fixtures.claims(a3, Fixtures.Spec.of("Eighty soldiers were killed in the " + n + " strikes")).get(0);
        long a4 = Fixtures.article("Herald " + n, d, "A checked claim of no group " + n + " stands alone.");
        long c4 = Fixtures.claims(a4, Fixtures.Spec.of("A checked claim of no group " + n + " stands alone")).get(0);
        long g = group(c1, c2, c3);
        verdict(c1, "FALSE", EXPLANATION, "https://figures.example/" + n);
        verdict(c4, "TRUE", "alone", null);
        return new SameClaimFixture(n, a1, c1, a2, c2, a3, c3, a4, c4, g);
    }

    /** A confirmed group of the claims. */
    static long group(long... claims) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            long g = ((Number) em.createNativeQuery("insert into claim_cluster (label, confirmed) values ('test', true) returning id")
                    .getSingleResult()).longValue();
            for (long c : claims) {
                em.createNativeQuery("insert into cluster_member (claim_id, cluster_id, similarity, confirmed) values (?1, ?2, 1, true)")
                        .setParameter(1, c).setParameter(2, g).executeUpdate();
            }
            return g;
        });
    }

    /** A suggested match of claim to other, as grouping records one. */
    static void suggest(long claim, long other, double score) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "insert into claim_suggestion (claim_id, other_claim_id, score, signals) values (?1, ?2, ?3, ?4)")
                .setParameter(1, claim).setParameter(2, other).setParameter(3, (float) score)
                .setParameter(4, "{\"semantic\": 0.812, \"lexical\": 0.402}").executeUpdate());
    }

    static void verdict(long claim, String rating, String explanation, String evidence) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("rating", rating, "explanation", explanation,
                "version", ReviewFixtures.version(claim)));
        if (evidence != null) {
            body.put("evidence", java.util.List.of(evidence));
        }
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(body).put("/api/claims/" + claim + "/verdict")
                .then().statusCode(200);
    }
}
