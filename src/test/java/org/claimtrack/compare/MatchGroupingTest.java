package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Grouping at ingest decides with the matcher: paraphrases group, conflicts are suggested, ids survive a regroup. */
@QuarkusTest
class MatchGroupingTest {

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    private Long groupOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> r = em.createNativeQuery("select cluster_id from cluster_member where claim_id = ?1")
                    .setParameter(1, claimId).getResultList();
            return r.isEmpty() ? null : ((Number) r.get(0)).longValue();
        });
    }

    /** each test has its own dates, months apart: the 31-day window keeps tests from matching each other's claims */
    private long claim(String outlet, LocalDate date, String text) {
        long a = Fixtures.article(outlet, date, text);
        return Fixtures.claims(a, Spec.of(text.substring(0, text.length() - 1), Kind.UNATTRIBUTED, null, null, null))
                .get(0);
    }

    private long articleOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select article_id from claim where id = ?1").setParameter(1, claimId)
                .getSingleResult()).longValue());
    }

    @Test
    void aRewordedClaimJoinsItsGroupWithItsScoreAsAPercentageAndItsSignals() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2021, 3, 8);
        long c1 = claim("Wire " + n, d, "Iranian state TV said 80 American soldiers were killed in the " + n + " strikes.");
        long c2 = claim("Gazette " + n, d.plusDays(1),
                "Iranian state media claimed that 80 \"American terrorists\" were killed in the " + n + " strikes.");
        clusters.assignArticle(articleOf(c1));
        clusters.assignArticle(articleOf(c2));
        Long g = groupOf(c1);
        assertNotNull(g, "the reworded claim is grouped");
        assertEquals(g, groupOf(c2));
        JsonPath detail = as(TestUsers.VIEWER).get("/api/clusters/" + g).then().statusCode(200).extract().jsonPath();
        String signals = String.valueOf(detail.getList("members.signals"));
        assertTrue(signals.contains("\"semantic\"") && signals.contains("\"lexical\""), signals);
        String html = as(TestUsers.VIEWER).get("/clusters/" + g).then().statusCode(200).extract().asString();
        assertTrue(html.matches("(?s).*class=\"match-score\">\\d{1,3} %.*"), "similarity as a percentage");
        QuarkusTransaction.requiringNew().run(() -> assertEquals(2L, ((Number) em
                .createNativeQuery("select count(*) from claim_embedding where claim_id in (?1, ?2)")
                .setParameter(1, c1).setParameter(2, c2).getSingleResult()).longValue(), "embeddings stored"));
    }

    @Inject
    MatchCandidates candidates;

    /** MatchKeysTest: these two share no trigram MinHash band and no name, only an embedding band. */
    private static final String ARMY = "The army withdrew its troops from the town.";
    private static final String SOLDIERS = "Soldiers were pulled out of the town by the military.";

    /** An article that is one unattributed sentence; its claim. */
    private static long sentence(String outlet, LocalDate d, String text) {
        return Fixtures.claims(Fixtures.article(outlet, d, text), Spec.of(text, Kind.UNATTRIBUTED, null, null, null)).get(0);
    }

    private String bandsOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select array_to_string(bands, ',') from claim_match_key where claim_id = ?1").setParameter(1, claimId)
                .getSingleResult());
    }

    private long entries(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim_match_entry where claim_id = ?1").setParameter(1, claimId).getSingleResult())
                .longValue());
    }

    /** The key lookup's candidates of a claim dated d, as grouping reads them. */
    private List<Long> keyCandidates(long claim, long article, String text, LocalDate d) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(MatchCandidates.INDEX_ONLY_SQL).getSingleResult();
            float[] v = candidates.embeddings(Map.of(claim, text)).get(claim);
            return candidates.candidateIds(claim, article, text, v, d.minusDays(31), d.plusDays(33));
        });
    }

    @Test
    void theKeyLookupFindsARewordedClaimThatSharesOnlyItsEmbeddingKeys() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2022, 8, 16);
        long c1 = sentence("Wire " + n, d, ARMY);
        long c2 = sentence("Gazette " + n, d.plusDays(2), SOLDIERS);
        clusters.assignArticle(articleOf(c1));
        List<Long> found = keyCandidates(c2, articleOf(c2), SOLDIERS, d);
        assertTrue(found.contains(c1), found.toString());
    }

    @Inject
    MatchKeyBackfill backfill;

    @Test
    void aClaimEmbeddedBeforeV17GetsItsKeysAtStartAndIsFoundByTheKeyLookup() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2022, 11, 3);
        long c1 = sentence("Wire " + n, d, ARMY);
        clusters.assignArticle(articleOf(c1));
        String bands = bandsOf(c1);
        // as before V17: the embedding is stored, the keys are not
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from claim_match_key where claim_id = ?1")
                .setParameter(1, c1).executeUpdate());
        assertEquals(0L, entries(c1), "the key lookup's entries go with the keys (V18 trigger)");
        assertTrue(backfill.backfill() >= 1);
        assertEquals(bands, bandsOf(c1), "the same bands as grouping stores");
        assertEquals(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select cardinality(keys) from claim_match_key where claim_id = ?1").setParameter(1, c1).getSingleResult())
                .longValue()), entries(c1), "one entry per key");
        assertEquals(0, backfill.backfill(), "nothing left to do");
        long c2 = sentence("Gazette " + n, d.plusDays(1), SOLDIERS);
        List<Long> found = keyCandidates(c2, articleOf(c2), SOLDIERS, d);
        assertTrue(found.contains(c1), found.toString());
    }

    @Test
    void undatedArticlesAreGroupedToo() {
        String n = Fixtures.nonce();
        long c1 = claim("Undated A " + n, null, "The " + n + " ministry said two unguided rockets hit the compound overnight.");
        long c2 = claim("Undated B " + n, null, "The " + n + " ministry said two unguided rockets hit the compound.");
        clusters.assignArticle(articleOf(c1));
        clusters.assignArticle(articleOf(c2));
        assertNotNull(groupOf(c1));
        assertEquals(groupOf(c1), groupOf(c2));
    }

    @Test
    void aConflictIsSuggestedNotMergedAndAnEditorConfirmsOrDismisses() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2021, 7, 9);
        long c1 = claim("Wire " + n, d, "80 Americans were killed in the " + n + " attack.");
        long c2 = claim("Gazette " + n, d, "No Americans were harmed in the " + n + " attack.");
        long c3 = claim("Courier " + n, d, "Officials said 80 Americans were killed in the " + n + " attack.");
        for (long c : List.of(c1, c3, c2)) {
            clusters.assignArticle(articleOf(c));
        }
        Long g = groupOf(c1);
        assertNotNull(g);
        assertNull(groupOf(c2), "a conflict is not merged");
        JsonPath detail = as(TestUsers.VIEWER).get("/api/clusters/" + g).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sugg = detail.getList("suggestions");
        assertEquals(1, sugg.size(), sugg.toString());
        assertEquals(true, sugg.get(0).get("conflict"));
        String html = as(TestUsers.VIEWER).get("/clusters/" + g).then().extract().asString();
        assertTrue(html.contains("Suggested") && html.contains("conflict"), "shown on the group page");
        long other = ((Number) sugg.get(0).get("otherClaimId")).longValue();
        as(TestUsers.VIEWER).post("/api/clusters/suggestions/" + c2 + "/" + other + "/dismiss").then().statusCode(403);
        as(TestUsers.EDITOR).post("/api/clusters/suggestions/" + c2 + "/" + other + "/dismiss").then().statusCode(200);
        as(TestUsers.EDITOR).post("/api/clusters/suggestions/" + c2 + "/" + other + "/confirm").then().statusCode(404);
        clusters.assignArticle(articleOf(c2));
        assertTrue(as(TestUsers.VIEWER).get("/api/clusters/" + g).then().extract().jsonPath().getList("suggestions")
                .isEmpty(), "a dismissed suggestion is not offered again");
    }

    @Test
    void confirmingASuggestionJoinsTheGroup() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2021, 11, 10);
        long c1 = claim("Wire " + n, d, "80 Americans were killed in the " + n + " attack.");
        long c3 = claim("Courier " + n, d, "Officials said 80 Americans were killed in the " + n + " attack.");
        long c2 = claim("Gazette " + n, d, "No Americans were harmed in the " + n + " attack.");
        for (long c : List.of(c1, c3, c2)) {
            clusters.assignArticle(articleOf(c));
        }
        long g = groupOf(c1);
        long other = ((Number) as(TestUsers.VIEWER).get("/api/clusters/" + g).then().extract().jsonPath()
                .getList("suggestions.otherClaimId").get(0)).longValue();
        as(TestUsers.EDITOR).post("/api/clusters/suggestions/" + c2 + "/" + other + "/confirm").then().statusCode(200);
        assertEquals(g, groupOf(c2));
    }

    @Test
    void regroupingKeepsTheGroupIds() {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2022, 3, 11);
        long c1 = claim("Wire " + n, d, "The " + n + " embassy was hit by three rockets on Sunday night, officials said.");
        long c2 = claim("Gazette " + n, d, "Three rockets hit the " + n + " embassy on Sunday night, officials said.");
        clusters.assignArticle(articleOf(c1));
        clusters.assignArticle(articleOf(c2));
        Long g = groupOf(c1);
        assertNotNull(g);
        as(TestUsers.EDITOR).post("/api/clusters/recompute").then().statusCode(200);
        assertEquals(g, groupOf(c1), "the same group id after a regroup");
        assertEquals(g, groupOf(c2));
        assertNotEquals(null, groupOf(c2));
    }
}
