package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class ClusterTest {

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    /** Three outlets report one attack with different attribution; a fourth sentence is about something else. */
    record Story(long a1, long a2, long a3, long c1, long c2, long c3, long other1, long other2) {
    }

    /**
     * One event per story: stories that differed only in their nonce would be the same claim to the matcher,
     * and each story has a year of its own, so no story's articles fall in another's date window.
     */
    private static final List<String> EVENTS = List.of(
            // not the seeds' rocket sentence: seed 001 is undated, so its claims are candidates of every story
            "a landslide blocked the %s mountain pass after the storm",
            "a cargo ship carrying grain ran aground near the %s strait",
            "the %s dam burst after days of heavy rain and flooded three villages",
            "hackers stole the personal data of forty thousand %s bank customers",
            "a fire destroyed the main hall of the %s railway depot",
            "the %s border crossing was closed to all trucks for a week",
            "an earthquake of magnitude six shook the %s region before dawn",
            "the %s refinery halted production after a pipeline leak",
            "protesters blocked the %s highway for the second day running",
            "a passenger train derailed outside the %s junction, injuring twelve");

    private static final java.util.concurrent.atomic.AtomicInteger STORIES = new java.util.concurrent.atomic.AtomicInteger();

    private Story story(String n) {
        int k = STORIES.getAndIncrement();
        String fact1 = String.format(EVENTS.get(k % EVENTS.size()), n);
        String fact2 = fact1 + " overnight";
        int year = 1960 + 2 * k;
        // sentences on topics of their own, so that no other test's claim looks alike either
        String other = Fixtures.unrelated(n);
        String other2 = Fixtures.unrelated(n);
        long agency = Fixtures.source("Agence " + n, SourceType.MEDIA);
        long a1 = Fixtures.article("Daily " + n, LocalDate.of(year, 1, 4),
                "News agencies have reported that " + fact1 + ".", "Reportedly, " + other + ".");
        long a2 = Fixtures.article("Herald " + n, LocalDate.of(year, 1, 5),
                "International news agencies reported that " + fact1 + ".");
        long a3 = Fixtures.article("Courier " + n, LocalDate.of(year, 1, 6),
                "Media reports suggest that " + fact2 + ".", "Separately, " + other2 + ".");
        List<Long> k1 = Fixtures.claims(a1,
                Spec.of(fact1, Kind.MEDIA_REPORT, null, "News agencies", "have reported"),
                Spec.of(other, Kind.UNATTRIBUTED, null, null, null, "Reportedly"));
        List<Long> k2 = Fixtures.claims(a2,
                Spec.of(fact1, Kind.MEDIA_REPORT, agency, "International news agencies", "reported"));
        List<Long> k3 = Fixtures.claims(a3,
                Spec.of(fact2, Kind.MEDIA_REPORT, null, "Media reports", "suggest", "suggest"),
                Spec.of(other2));
        clusters.assignArticle(a1);
        clusters.assignArticle(a2);
        clusters.assignArticle(a3);
        return new Story(a1, a2, a3, k1.get(0), k2.get(0), k3.get(0), k1.get(1), k3.get(1));
    }

    private Long groupOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> r = em.createNativeQuery("select cluster_id from cluster_member where claim_id = ?1")
                    .setParameter(1, claimId).getResultList();
            return r.isEmpty() ? null : ((Number) r.get(0)).longValue();
        });
    }

    @Test
    void theSameStatementInThreeArticlesIsOneGroupAndOthersAreNot() {
        Story s = story(Fixtures.nonce());
        Long g = groupOf(s.c1());
        assertNotNull(g, "the attack sentence is grouped");
        assertEquals(g, groupOf(s.c2()));
        assertEquals(g, groupOf(s.c3()), "a near duplicate (one word more) joins the group");
        assertNull(groupOf(s.other1()), "an unrelated claim is in no group");
        assertNull(groupOf(s.other2()));
        as(TestUsers.VIEWER).get("/api/clusters/" + g).then().statusCode(200)
                .body("members", hasSize(3))
                .body("members.claim.kind", hasItem("MEDIA_REPORT"))
                .body("members.claim.cue.text", hasItem("suggest"))
                .body("members.claim.cue.text", hasItem("reported"))
                .body("members.claim.source.text", hasItem("International news agencies"))
                .body("members.claim.hedges.flatten()", hasItem("suggest"))
                .body("members.outlet", hasItem(org.hamcrest.Matchers.startsWith("Herald ")))
                .body("members[0].articleId", equalTo((int) s.a1()))
                .body("members[0].before", equalTo("News agencies have reported that"));
        as(TestUsers.VIEWER).queryParam("article", s.a3()).get("/api/clusters").then().statusCode(200)
                .body("id", hasItem(g.intValue()))
                .body("find { it.id == " + g + " }.claimIds", equalTo(List.of((int) s.c3())))
                .body("find { it.id == " + g + " }.articles", equalTo(3));
    }

    @Test
    void candidatesComeFromArticlesPublishedWithinTheWindowUnlessTheArticleHasNoDate() {
        String n = Fixtures.nonce();
        String fact = "the " + n + " ferry service to the northern islands resumes next week";
        long early = Fixtures.article("Early " + n, LocalDate.of(2019, 3, 1), "Officials said " + fact + ".");
        long late = Fixtures.article("Late " + n, LocalDate.of(2019, 9, 1), "Officials said " + fact + ".");
        long near = Fixtures.article("Near " + n, LocalDate.of(2019, 3, 20), "Officials said " + fact + ".");
        long undated = Fixtures.article("Undated " + n, null, "Officials said " + fact + ".");
        long c1 = Fixtures.claims(early, Spec.of(fact, Kind.ANONYMOUS_SOURCE, null, "Officials", "said")).get(0);
        long c2 = Fixtures.claims(late, Spec.of(fact, Kind.ANONYMOUS_SOURCE, null, "Officials", "said")).get(0);
        clusters.assignArticle(early);
        clusters.assignArticle(late);
        assertNull(groupOf(c1), "184 days apart: outside the 31-day window");
        assertNull(groupOf(c2));
        long c3 = Fixtures.claims(near, Spec.of(fact, Kind.ANONYMOUS_SOURCE, null, "Officials", "said")).get(0);
        clusters.assignArticle(near);
        assertNotNull(groupOf(c3), "19 days apart: grouped");
        assertEquals(groupOf(c1), groupOf(c3));
        assertNull(groupOf(c2));
        long c4 = Fixtures.claims(undated, Spec.of(fact, Kind.ANONYMOUS_SOURCE, null, "Officials", "said")).get(0);
        clusters.assignArticle(undated);
        assertNotNull(groupOf(c4), "an undated article is compared with every claim");
    }

    @Test
    void groupPageShowsEachOutletsAttribution() {
        String n = Fixtures.nonce();
        Story s = story(n);
        Long g = groupOf(s.c1());
        String html = as(TestUsers.VIEWER).get("/clusters/" + g).then().statusCode(200).extract().asString();
        for (String expected : List.of("Daily " + n, "Herald " + n, "Courier " + n, "have reported", "suggest",
                "International news agencies", "MEDIA_REPORT")) {
            org.junit.jupiter.api.Assertions.assertTrue(html.contains(expected), expected + " on the page");
        }
        as(TestUsers.VIEWER).get("/clusters").then().statusCode(200);
    }

    @Test
    void editorsConfirmSplitAndMergeAndRecomputeKeepsTheirWork() {
        Story s = story(Fixtures.nonce());
        long g = groupOf(s.c1());
        as(TestUsers.EDITOR).post("/api/clusters/" + g + "/confirm").then().statusCode(200)
                .body("confirmed", equalTo(true));
        int fresh = as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("claims", List.of(s.c3())))
                .post("/api/clusters/" + g + "/split").then().statusCode(200)
                .body("members", hasSize(1)).extract().path("id");
        assertEquals(fresh, groupOf(s.c3()).intValue());
        as(TestUsers.VIEWER).get("/api/clusters/" + g).then().body("members", hasSize(2));
        as(TestUsers.EDITOR).post("/api/clusters/recompute").then().statusCode(200).body("clusters", notNullValue());
        assertEquals(g, groupOf(s.c1()), "confirmed groups survive recomputation");
        assertEquals(fresh, groupOf(s.c3()).intValue(), "a split-off claim stays split off");
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", g))
                .post("/api/clusters/" + fresh + "/merge").then().statusCode(200).body("members", hasSize(3));
        as(TestUsers.VIEWER).get("/api/clusters/" + fresh).then().statusCode(404).body("error", notNullValue());
    }

    @Test
    void recomputeRegroupsAfterClaimsChange() {
        Story s = story(Fixtures.nonce());
        long g = groupOf(s.c1());
        // a changed extractor gives new spans: recompute forgets unconfirmed groups and builds them again
        as(TestUsers.EDITOR).post("/api/clusters/recompute").then().statusCode(200);
        Long again = groupOf(s.c1());
        assertNotNull(again);
        assertEquals(again, groupOf(s.c2()));
        assertEquals(again, groupOf(s.c3()));
        assertNull(groupOf(s.other1()), "regrouping the whole database leaves an unrelated claim alone");
        assertNull(groupOf(s.other2()));
        org.junit.jupiter.api.Assertions.assertTrue(g > 0);
    }

    @Test
    void errorsAreJson() {
        Story s = story(Fixtures.nonce());
        long g = groupOf(s.c1());
        as(TestUsers.VIEWER).get("/api/clusters/987654321").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", g))
                .post("/api/clusters/" + g + "/merge").then().statusCode(422).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", 987654321))
                .post("/api/clusters/" + g + "/merge").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("claims", List.of(s.other1())))
                .post("/api/clusters/" + g + "/split").then().statusCode(422).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("claims", List.of(s.c1(), s.c2(), s.c3())))
                .post("/api/clusters/" + g + "/split").then().statusCode(422).body("error", notNullValue());
        as(TestUsers.VIEWER).post("/api/clusters/" + g + "/confirm").then().statusCode(403).body("error", notNullValue());
        as(TestUsers.VIEWER).post("/api/clusters/recompute").then().statusCode(403).body("error", notNullValue());
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("into", g))
                .post("/api/clusters/" + g + "/merge").then().statusCode(403);
    }

    @Test
    void theSeedsAttackSentencesAreGroupedAcrossArticles() {
        // whatever spans the extractor gives, the Al-Balad/Green Zone sentences shared by the seeds group
        List<Map<String, Object>> groups = as(TestUsers.VIEWER).queryParam("q", "unguided rockets premises compound")
                .get("/api/clusters").then().statusCode(200).extract().jsonPath().getList("$");
        org.junit.jupiter.api.Assertions.assertTrue(groups.stream().anyMatch(g -> ((Number) g.get("articles")).intValue() >= 2
                && g.get("label").toString().contains("unguided rockets hit the premises of the compound")), groups.toString());
    }

    @Inject
    @io.quarkus.qute.Location("compare/claimGroupLink.html")
    io.quarkus.qute.Template groupLink;

    @Test
    @jakarta.enterprise.context.control.ActivateRequestContext
    void theReviewPageIncludeLinksAClaimToItsGroup() {
        Story s = story(Fixtures.nonce());
        long g = groupOf(s.c2());
        String html = groupLink.data("claimId", s.c2()).render();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("href=\"/clusters/" + g + "\""), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("2 others"), html);
        assertEquals("", groupLink.data("claimId", s.other1()).render().strip(), "no group, no link");
    }
}
