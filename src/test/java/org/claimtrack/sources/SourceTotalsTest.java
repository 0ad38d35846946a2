package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The source page's counts come from running totals (V7): they must equal a count over the claims. */
@QuarkusTest
class SourceTotalsTest {

    @Inject
    EntityManager em;

    @Test
    void totalsOnThePageEqualADirectCountAfterInsertMergeRejectAndSplit() {
        String n = Fixtures.nonce();
        long a = Fixtures.source("Ilse " + n, SourceType.PERSON);
        long b = Fixtures.source("I. " + n, SourceType.PERSON);
        String s1 = "Ilse " + n + " said the dam of " + n + " is safe.";
        String s2 = "Ilse " + n + " told reporters the bridge of " + n + " will close.";
        String s3 = "I. " + n + " said the port of " + n + " may reopen.";
        String s4 = "I. " + n + " tweeted the tunnel of " + n + " is finished.";
        long art1 = Fixtures.article("Outlet " + n, LocalDate.of(2024, 3, 1), s1, s2);
        long art2 = Fixtures.article("Other " + n, LocalDate.of(2024, 3, 2), s3, s4);
        long art3 = Fixtures.article("Other " + n, LocalDate.of(2024, 3, 3), s1);
        List<Long> c1 = Fixtures.claims(art1,
                Spec.of("the dam of " + n + " is safe", Kind.NAMED_SOURCE, a, "Ilse " + n, "said"),
                Spec.of("the bridge of " + n + " will close", Kind.OFFICIAL_STATEMENT, a, "Ilse " + n, "told reporters"));
        List<Long> c2 = Fixtures.claims(art2,
                Spec.of("the port of " + n + " may reopen", Kind.NAMED_SOURCE, b, "I. " + n, "said", "may"),
                Spec.of("the tunnel of " + n + " is finished", Kind.TWEET, b, "I. " + n, "tweeted"));
        List<Long> c3 = Fixtures.claims(art3,
                Spec.of("the dam of " + n + " is safe", Kind.NAMED_SOURCE, b, "Ilse " + n, "said"));
        // a verdict moves the claim from NONE to its rating
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update claim set verdict_rating = 'FALSE' where id = ?1").setParameter(1, c1.get(0)).executeUpdate());
        assertTotals(a, 2, 1);
        assertTotals(b, 3, 2);

        // merge: every claim of b moves to a, b and its totals are gone
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", a))
                .post("/api/sources/" + b + "/merge").then().statusCode(200);
        assertTotals(a, 5, 3);
        as(TestUsers.VIEWER).get("/api/sources/" + b).then().statusCode(404);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from source_kind_verdict where source_id = ?1)"
                        + " + (select count(*) from source_totals where source_id = ?1)")
                .setParameter(1, b).getSingleResult()).longValue()));

        // rejecting claims: they no longer count, nor does an article left without claims of the source
        as(TestUsers.CHECKER).delete("/api/claims/" + c1.get(0)).then().statusCode(200);
        as(TestUsers.CHECKER).delete("/api/claims/" + c3.get(0)).then().statusCode(200);
        assertTotals(a, 3, 2);

        // split: the tweet moves to a new source, its article stays credited to both
        int fresh = as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Ivo " + n, "type", "PERSON", "claims", List.of(c2.get(1))))
                .post("/api/sources/" + a + "/split").then().statusCode(200).extract().path("id");
        assertTotals(a, 2, 2);
        assertTotals(fresh, 1, 1);
    }

    /** The page's claim, article, kind and verdict counts equal a count over the source's claims. */
    private void assertTotals(long sourceId, int claims, int articles) {
        JsonPath page = as(TestUsers.VIEWER).get("/api/sources/" + sourceId).then().statusCode(200).extract().jsonPath();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> verdicts = new TreeMap<>();
        long[] direct = QuarkusTransaction.requiringNew().call(() -> {
            for (Object row : em.createNativeQuery("""
                    select kind, coalesce(verdict_rating, 'NONE'), count(*) from claim
                    where source_id = ?1 and status <> 'REJECTED' group by 1, 2""").setParameter(1, sourceId)
                    .getResultList()) {
                Object[] r = (Object[]) row;
                kinds.merge((String) r[0], ((Number) r[2]).longValue(), Long::sum);
                verdicts.merge((String) r[1], ((Number) r[2]).longValue(), Long::sum);
            }
            Object[] r = (Object[]) em.createNativeQuery("""
                    select count(*), count(distinct article_id) from claim
                    where source_id = ?1 and status <> 'REJECTED'""").setParameter(1, sourceId).getSingleResult();
            return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
        });
        assertEquals(claims, direct[0], "claims counted directly");
        assertEquals(articles, direct[1], "articles counted directly");
        assertEquals(direct[0], page.getLong("claimCount"));
        assertEquals(direct[1], page.getLong("articleCount"));
        assertEquals(kinds, longs(page.getMap("kinds")));
        assertEquals(verdicts, longs(page.getMap("verdicts")));
        assertEquals(direct[0], page.getList("claims").size());
        // the visit folded the rows of differences: one row per kind and verdict, one article row
        long extra = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select (select count(*) - count(distinct (kind, verdict)) from source_kind_verdict where source_id = ?1)
                     + (select greatest(count(*) - 1, 0) from source_totals where source_id = ?1)""")
                .setParameter(1, sourceId).getSingleResult()).longValue());
        assertEquals(0, extra, "rows left unfolded");
    }

    private static Map<String, Long> longs(Map<String, Object> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (((Number) v).longValue() != 0) {
                out.put(k, ((Number) v).longValue());
            }
        });
        return out;
    }
}
