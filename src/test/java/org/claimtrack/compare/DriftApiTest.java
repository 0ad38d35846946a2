package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrack.compare.DriftFixtures.Made;
import org.claimtrack.compare.DriftFixtures.V;
import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * GET /api/drift and /api/drift/{groupId} on groups made directly (articles, claims and members as
 * rows: the flags depend on the kinds, hedges and quotes, not on what the extractor or matcher make
 * of a text), each flag, the filters, bad parameters, and the triggers that keep the flags current.
 */
@QuarkusTest
class DriftApiTest {

    @Inject
    EntityManager em;

    @Inject
    ClusterService clusters;

    private Made group(String n, V... versions) {
        return DriftFixtures.group(em, n, versions);
    }

    private void sql(String statement, Object... params) {
        DriftFixtures.sql(em, statement, params);
    }

    private static JsonPath detail(long group) {
        return as(TestUsers.VIEWER).get("/api/drift/" + group).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> listed(String query) {
        return as(TestUsers.VIEWER).get("/api/drift?" + query).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    private static final LocalDate D = LocalDate.of(2031, 3, 1);

    @Test
    void attributionDroppedAndKindChangedAndTheFirstCarrierWithUndatedLast() {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, null, Kind.ANONYMOUS_SOURCE, "INDIRECT"),
                new V("Herald " + n, D.plusDays(1), Kind.OFFICIAL_STATEMENT, "INDIRECT"),
                new V("Courier " + n, D.plusDays(2), Kind.UNATTRIBUTED, "NONE"),
                new V("Daily " + n, D, Kind.ANONYMOUS_SOURCE, "INDIRECT"));
        JsonPath d = detail(m.group());
        assertEquals(List.of("ATTRIBUTION_DROPPED", "KIND_CHANGED"), d.getList("flags"));
        // carrier order: by date, the undated article last
        assertEquals(List.of("Daily " + n, "Herald " + n, "Courier " + n, "Wire " + n), d.getList("versions.outlet"));
        assertEquals(List.of(true, false, false, false), d.getList("versions.firstCarrier"));
        assertEquals(m.claims().get(3), d.getLong("firstCarrier.claimId"));
        assertEquals(D.toString(), d.getString("firstCarrier.published"));
        assertEquals(List.of(), d.getList("versions[0].flags"));
        assertEquals(List.of("KIND_CHANGED"), d.getList("versions[1].flags"), "official where the first said anonymous");
        assertEquals(List.of("ATTRIBUTION_DROPPED"), d.getList("versions[2].flags"), "stated as the article's own");
        assertEquals(List.of(), d.getList("versions[3].flags"), "anonymous like the first");
        assertEquals("Officials", d.getString("versions[0].sourceText"));
        assertEquals("said", d.getString("versions[0].cue"));
        assertEquals("ANONYMOUS_SOURCE", d.getString("versions[0].kind"));

        JsonPath list = as(TestUsers.VIEWER).get("/api/drift?outlet=Courier " + n).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(m.group()), list.getList("id", Long.class));
        assertEquals(4, list.getInt("[0].members"));
        assertEquals("Daily " + n, list.getString("[0].firstCarrier.outlet"));
        assertEquals(List.of("Daily " + n, "Herald " + n, "Courier " + n, "Wire " + n), list.getList("[0].outlets"));
    }

    @Test
    void hedgesDroppedAndAddedFollowTheCarrierOrder() {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, D, Kind.NAMED_SOURCE, "INDIRECT", "may"),
                new V("Herald " + n, D.plusDays(1), Kind.NAMED_SOURCE, "INDIRECT"),
                new V("Courier " + n, D.plusDays(2), Kind.NAMED_SOURCE, "INDIRECT", "reportedly"));
        JsonPath d = detail(m.group());
        assertEquals(List.of("HEDGE_DROPPED", "HEDGE_ADDED"), d.getList("flags"));
        assertEquals(List.of("HEDGE_DROPPED"), d.getList("versions[1].flags"));
        assertEquals(List.of("HEDGE_ADDED"), d.getList("versions[2].flags"), "hedged again after an unhedged one");
        assertEquals(List.of("reportedly"), d.getList("versions[2].hedges"));

        String o = Fixtures.nonce();
        Made added = group(o, new V("Wire " + o, D, Kind.NAMED_SOURCE, "INDIRECT"),
                new V("Herald " + o, D.plusDays(1), Kind.NAMED_SOURCE, "INDIRECT", "allegedly"));
        assertEquals(List.of("HEDGE_ADDED"), detail(added.group()).getList("flags"));
    }

    @Test
    void aQuotationTurnedIntoAParaphraseButNotTheReverse() {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, D, Kind.NAMED_SOURCE, "DIRECT"),
                new V("Herald " + n, D.plusDays(1), Kind.NAMED_SOURCE, "INDIRECT"));
        JsonPath d = detail(m.group());
        assertEquals(List.of("QUOTE_TO_PARAPHRASE"), d.getList("flags"));
        assertEquals(List.of("DIRECT", "INDIRECT"), d.getList("versions.quote"));

        String o = Fixtures.nonce();
        Made reverse = group(o, new V("Wire " + o, D, Kind.NAMED_SOURCE, "INDIRECT"),
                new V("Herald " + o, D.plusDays(1), Kind.NAMED_SOURCE, "DIRECT"));
        assertEquals(List.of(), detail(reverse.group()).getList("flags"));
        // a group without drift: listed under ALL, not under the default (at least one flag)
        assertEquals(List.of(), listed("outlet=Wire " + o));
        assertEquals(List.of(reverse.group()), listed("outlet=Wire " + o + "&flag=ALL"));
    }

    @Test
    void aConflictSuggestionFlagsTheGroupAndDismissingItClearsTheFlag() {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, D, Kind.NAMED_SOURCE, "INDIRECT"),
                new V("Herald " + n, D.plusDays(1), Kind.NAMED_SOURCE, "INDIRECT"));
        long other = Fixtures.article("Courier " + n, D.plusDays(1), "The " + n + " bridge was never closed.");
        long claim = Fixtures.claims(other, Spec.of("The " + n + " bridge was never closed")).get(0);
        sql("insert into claim_suggestion (claim_id, other_claim_id, score, conflict) values (?1, ?2, 0.7, true)",
                claim, m.claims().get(1));
        JsonPath d = detail(m.group());
        assertEquals(List.of("CONFLICT"), d.getList("flags"));
        assertEquals(List.of("CONFLICT"), d.getList("versions[1].flags"));
        assertEquals(claim, d.getLong("conflicts[0].claimId"));
        assertEquals(m.claims().get(1), d.getLong("conflicts[0].memberClaimId"));
        assertEquals("Courier " + n, d.getString("conflicts[0].outlet"));
        assertEquals(70, d.getInt("conflicts[0].percent"));
        assertEquals(List.of(m.group()), listed("flag=CONFLICT&outlet=Herald " + n));

        as(TestUsers.EDITOR).post("/api/clusters/suggestions/" + claim + "/" + m.claims().get(1) + "/dismiss")
                .then().statusCode(200);
        assertEquals(List.of(), detail(m.group()).getList("flags"));
        assertEquals(List.of(), listed("flag=CONFLICT&outlet=Herald " + n));
    }

    /** The matcher's conflict ("80 killed" / "no one harmed") at ingest-time grouping: flagged, never merged. */
    @Test
    void groupingKeepsAConflictingClaimOutOfTheGroupAndFlagsIt() {
        String n = Fixtures.nonce();
        LocalDate day = LocalDate.of(1931, 5, 4);
        String killed = "80 " + n + " soldiers were killed in the missile strike on the Ain al-Asad base";
        String harmed = "no " + n + " soldiers were harmed in the missile strike on the Ain al-Asad base";
        long a1 = Fixtures.article("Wire " + n, day, "State television said " + killed + ".");
        long a2 = Fixtures.article("Herald " + n, day.plusDays(1), killed + ".");
        long a3 = Fixtures.article("Courier " + n, day.plusDays(1), "The Pentagon said " + harmed + ".");
        long c1 = Fixtures.claims(a1, Spec.of(killed, Kind.MEDIA_REPORT, null, "State television", "said")).get(0);
        long c2 = Fixtures.claims(a2, Spec.of(killed)).get(0);
        long c3 = Fixtures.claims(a3, Spec.of(harmed, Kind.OFFICIAL_STATEMENT, null, "The Pentagon", "said")).get(0);
        clusters.assignArticle(a1);
        clusters.assignArticle(a2);
        clusters.assignArticle(a3);
        Long g = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select cluster_id from cluster_member where claim_id = ?1").setParameter(1, c1).getSingleResult()).longValue());
        Long g2 = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select cluster_id from cluster_member where claim_id = ?1").setParameter(1, c2).getSingleResult()).longValue());
        assertEquals(g, g2, "the two '80 killed' claims are one group");
        JsonPath d = detail(g);
        assertEquals(List.of(c1, c2), d.getList("versions.claimId", Long.class), "the conflicting claim is no member");
        assertTrue(d.getList("flags").contains("ATTRIBUTION_DROPPED"), d.prettify());
        assertTrue(d.getList("flags").contains("CONFLICT"), d.prettify());
        assertTrue(d.getList("conflicts.claimId", Long.class).contains(c3), d.prettify());
    }

    @Test
    void theFlagsFollowClaimEditsSplitsAndOutletMoves() {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, D, Kind.NAMED_SOURCE, "INDIRECT", "may"),
                new V("Herald " + n, D.plusDays(1), Kind.NAMED_SOURCE, "INDIRECT"),
                new V("Courier " + n, D.plusDays(2), Kind.NAMED_SOURCE, "INDIRECT", "may"));
        assertEquals(List.of("HEDGE_DROPPED", "HEDGE_ADDED"), detail(m.group()).getList("flags"));
        sql("update claim set hedges = '{may}' where id = ?1", m.claims().get(1));
        assertEquals(List.of(), detail(m.group()).getList("flags"), "the edit reached the drift rows");
        sql("update claim set quote = 'DIRECT' where id = ?1", m.claims().get(0));
        assertEquals(List.of("QUOTE_TO_PARAPHRASE"), detail(m.group()).getList("flags"));
        // the outlet moved: the list filter follows
        sql("update article set outlet_id = (select outlet_id from article where id = ?1) where id = ?2",
                m.articles().get(0), m.articles().get(2));
        assertEquals(List.of(), listed("outlet=Courier " + n));
        assertEquals(List.of(m.group()), listed("outlet=Wire " + n));
        // split off the first: the rest has a new first carrier and no quotation before it
        clusters.split(m.group(), List.of(m.claims().get(0)));
        JsonPath d = detail(m.group());
        assertEquals(m.claims().get(1), d.getLong("firstCarrier.claimId"));
        assertEquals(List.of(), d.getList("flags"));
        // a rejected claim is no member: a group left with one is no drift group
        sql("update claim set status = 'REJECTED' where id = ?1", m.claims().get(2));
        as(TestUsers.VIEWER).get("/api/drift/" + m.group()).then().statusCode(404);
    }

    @Test
    void filtersByFlagOutletAndDateRangeAndPages() {
        String n = Fixtures.nonce();
        String shared = "Gazette " + n;
        Made early = group(n + "a", new V(shared, D.minusDays(40), Kind.NAMED_SOURCE, "DIRECT"),
                new V("Wire " + n, D.minusDays(39), Kind.NAMED_SOURCE, "INDIRECT"));
        Made late = group(n + "b", new V(shared, D, Kind.ANONYMOUS_SOURCE, "INDIRECT"),
                new V("Herald " + n, D.plusDays(1), Kind.UNATTRIBUTED, "NONE"));
        assertEquals(List.of(late.group(), early.group()), listed("outlet=" + shared), "newest first");
        assertEquals(List.of(late.group()), listed("outlet=" + shared + "&flag=attribution_dropped"));
        assertEquals(List.of(early.group()), listed("outlet=" + shared + "&flag=QUOTE_TO_PARAPHRASE"));
        assertEquals(List.of(), listed("outlet=" + shared + "&flag=HEDGE_ADDED"));
        assertEquals(List.of(early.group()), listed("outlet=" + shared + "&to=" + D.minusDays(1)));
        assertEquals(List.of(late.group()), listed("outlet=" + shared + "&from=" + D.minusDays(1) + "&to=" + D));
        // the outlet's own first date: Herald carried the late group on D + 1
        assertEquals(List.of(), listed("outlet=Herald " + n + "&to=" + D));
        assertEquals(List.of(late.group()), listed("outlet=Herald " + n + "&from=" + D.plusDays(1)));
        assertEquals(List.of(late.group()), listed("outlet=" + shared + "&limit=1"));
        assertEquals(List.of(early.group()), listed("outlet=" + shared + "&limit=1&offset=1"));
        assertEquals(List.of(), listed("outlet=" + shared + "&limit=1&offset=2"));
        // no outlet filter: the groups are in the whole list with the same flags
        JsonPath all = as(TestUsers.VIEWER).get("/api/drift?flag=KIND_CHANGED&from=" + D.minusDays(40) + "&to=" + D
                + "&limit=1000").then().statusCode(200).extract().jsonPath();
        assertFalse(all.getList("id", Long.class).contains(late.group()), "no kind change in the late group");
        assertTrue(listed("from=" + D + "&to=" + D + "&limit=1000").contains(late.group()));
    }

    @Test
    void badParametersAreClear4xxAndViewersAndOnlyLoggedInUsersRead() {
        as(TestUsers.VIEWER).get("/api/drift?flag=BOGUS").then().statusCode(400).body("error", containsString("flag must be one of"));
        as(TestUsers.VIEWER).get("/api/drift?flag=CONFLICT&flag=HEDGE_ADDED").then().statusCode(400)
                .body("error", containsString("once"));
        as(TestUsers.VIEWER).get("/api/drift?from=2020-13-01").then().statusCode(400).body("error", containsString("from"));
        as(TestUsers.VIEWER).get("/api/drift?to=yesterday").then().statusCode(400).body("error", containsString("to"));
        as(TestUsers.VIEWER).get("/api/drift?from=2020-02-01&to=2020-01-01").then().statusCode(400)
                .body("error", containsString("after"));
        as(TestUsers.VIEWER).get("/api/drift?from=0000-01-01").then().statusCode(400);
        as(TestUsers.VIEWER).get("/api/drift?outlet=No such outlet " + Fixtures.nonce()).then().statusCode(400)
                .body("error", containsString("no outlet"));
        as(TestUsers.VIEWER).get("/api/drift?outlet=%00").then().statusCode(400);
        as(TestUsers.VIEWER).get("/api/drift?limit=ten").then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        as(TestUsers.VIEWER).get("/api/drift/999999999").then().statusCode(404).body("error", containsString("no group"));
        as(TestUsers.VIEWER).get("/api/drift/abc").then().statusCode(404);
        as(TestUsers.VIEWER).get("/api/drift?limit=0&offset=-5").then().statusCode(400)
                .body("error", containsString("limit must be between 1 and 1000"));
        as(TestUsers.VIEWER).get("/api/drift").then().statusCode(200);
        RestAssured.given().get("/api/drift").then().statusCode(401);
        as(TestUsers.VIEWER).get("/drift?flag=BOGUS").then().statusCode(400);
    }

    @Test
    void theExportsCarryTheGroupAndItsFlags() throws Exception {
        String n = Fixtures.nonce();
        Made m = group(n, new V("Wire " + n, D, Kind.ANONYMOUS_SOURCE, "INDIRECT"),
                new V("Herald " + n, D.plusDays(1), Kind.UNATTRIBUTED, "NONE"));
        String csv = new String(as(TestUsers.VIEWER).get("/api/export/claims.csv?article=" + m.articles().get(1))
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertEquals(List.of("group_id", "group_flags", "claim_drift"), header.subList(header.size() - 3, header.size()),
                "the new columns come last");
        assertEquals(String.valueOf(m.group()), rows.get(0).get("group_id"));
        assertEquals("ATTRIBUTION_DROPPED", rows.get(0).get("group_flags"));
        assertEquals("ATTRIBUTION_DROPPED", rows.get(0).get("claim_drift"));
        JsonPath json = as(TestUsers.VIEWER).get("/api/export/claims.json?article=" + m.articles().get(0))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(m.group(), json.getLong("[0].groupId"));
        assertEquals(List.of("ATTRIBUTION_DROPPED"), json.getList("[0].groupFlags"));
        assertEquals(List.of(), json.getList("[0].claimDrift"), "the first carrier drifted from nothing");
        // a claim in no group: empty cells
        long lone = Fixtures.article("Wire " + n, D, "A lone " + n + " claim.");
        Fixtures.claims(lone, Spec.of("A lone " + n + " claim"));
        Map<String, Object> row = as(TestUsers.VIEWER).get("/api/export/claims.json?article=" + lone)
                .then().statusCode(200).extract().jsonPath().getMap("[0]");
        assertNotNull(row);
        assertEquals(null, row.get("groupId"));
        assertNotEquals(null, row.get("groupFlags"));
    }
}
