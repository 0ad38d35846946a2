package org.claimtrack.compare;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** The API's date-range profile (per-day and per-month totals) against a count over the claims themselves. */
    private void assertRangeEqualsDirectCount(String outlet, String from, String to) {
        Map<String, String> q = new java.util.HashMap<>();
        if (from != null) {
            q.put("from", from);
        }
        if (to != null) {
            q.put("to", to);
        }
        JsonPath all = as(TestUsers.VIEWER).queryParams(q).queryParam("articles", 0).get("/api/profile").then()
                .statusCode(200).body("preAggregated", equalTo(true)).extract().jsonPath();
        assertEquals(direct(null, from, to), row(all, "total"), "whole corpus " + q);
        JsonPath one = as(TestUsers.VIEWER).queryParams(q).queryParam("outlet", outlet).queryParam("articles", 0)
                .get("/api/profile").then().statusCode(200).extract().jsonPath();
        List<Long> expected = direct(outlet, from, to);
        assertEquals(expected, row(one, "total"), outlet + " " + q);
        if (expected.get(0) > 0) {
            assertEquals(expected, row(one, "outlets[0]"), outlet + " " + q);
        }
    }

    private static List<Long> row(JsonPath p, String at) {
        List<Long> out = new java.util.ArrayList<>(List.of(p.getLong(at + ".articles"), p.getLong(at + ".claims")));
        for (Kind k : ProfileService.COLUMNS.keySet()) {
            out.add(p.getLong(at + ".counts." + k.name()));
        }
        out.add(p.getLong(at + ".hedged"));
        out.add(p.getLong(at + ".namedSources"));
        return out;
    }

    private List<Long> direct(String outlet, String from, String to) {
        StringBuilder sql = new StringBuilder("select count(distinct c.article_id), count(*)");
        for (Kind k : ProfileService.COLUMNS.keySet()) {
            sql.append(", count(*) filter (where c.kind = '").append(k.name()).append("')");
        }
        sql.append(", count(*) filter (where cardinality(c.hedges) > 0), count(distinct c.source_id)"
                + " from claim c join article a on a.id = c.article_id left join outlet o on o.id = a.outlet_id"
                + " where c.status <> 'REJECTED' and a.published is not null");
        if (outlet != null) {
            sql.append(" and o.name = :outlet");
        }
        if (from != null) {
            sql.append(" and a.published >= cast(:from as date)");
        }
        if (to != null) {
            sql.append(" and a.published <= cast(:to as date)");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql.toString());
            if (outlet != null) {
                query.setParameter("outlet", outlet);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            Object[] r = (Object[]) query.getSingleResult();
            List<Long> out = new java.util.ArrayList<>();
            for (Object o : r) {
                out.add(((Number) o).longValue());
            }
            return out;
        });
    }

    @Test
    void dateRangeProfileFromPerDayAndPerMonthTotalsEqualsADirectCount() {
        String n = Fixtures.nonce();
        String outlet = "Range " + n;
        long s1 = Fixtures.source("Mira " + n, SourceType.PERSON);
        long s2 = Fixtures.source("Board of " + n, SourceType.GOVERNMENT);
        long[] articles = new long[5];
        LocalDate[] dates = {LocalDate.of(2021, 1, 30), LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 15),
            LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 2)};
        for (int i = 0; i < dates.length; i++) {
            String t1 = "Mira " + n + " said the canal " + i + " reopens.";
            String t2 = "Board of " + n + " said tolls " + i + " may rise.";
            String t3 = "Boats " + i + " were counted.";
            articles[i] = Fixtures.article(outlet, dates[i], t1, t2, t3);
            Fixtures.claims(articles[i],
                    Spec.of("the canal " + i + " reopens", Kind.NAMED_SOURCE, i % 2 == 0 ? s1 : s2, "Mira " + n, "said"),
                    Spec.of("tolls " + i + " may rise", Kind.OFFICIAL_STATEMENT, i < 2 ? s2 : null, "Board of " + n,
                            "said", "may"),
                    Spec.of("Boats " + i + " were counted."));
        }
        String[][] ranges = {{"2021-01-30", "2021-04-02"}, {"2021-01-31", "2021-03-31"}, {"2021-02-01", "2021-02-28"},
            {"2021-02-02", "2021-04-01"}, {"2021-02-15", "2021-02-15"}, {"2021-01-01", "2021-12-31"},
            {"2021-02-10", null}, {null, "2021-02-10"}, {"2021-03-01", "2021-03-30"}};
        for (String[] r : ranges) {
            assertRangeEqualsDirectCount(outlet, r[0], r[1]);
        }
        // the totals follow a rejected claim, an article moved to another month, and a deleted article
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update claim set status = 'REJECTED' where article_id = ?1 and kind = 'NAMED_SOURCE'")
                    .setParameter(1, articles[0]).executeUpdate();
            em.createNativeQuery("update article set published = date '2021-03-05' where id = ?1")
                    .setParameter(1, articles[2]).executeUpdate();
            em.createNativeQuery("delete from article where id = ?1").setParameter(1, articles[3]).executeUpdate();
        });
        for (String[] r : ranges) {
            assertRangeEqualsDirectCount(outlet, r[0], r[1]);
        }
        // and a rebuild from scratch gives the same totals
        String before = as(TestUsers.VIEWER).queryParam("from", "2021-01-15").queryParam("to", "2021-03-20")
                .queryParam("articles", 0).get("/api/profile").then().statusCode(200).extract().asString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select profile_rebuild()").getSingleResult());
        assertEquals(before, as(TestUsers.VIEWER).queryParam("from", "2021-01-15").queryParam("to", "2021-03-20")
                .queryParam("articles", 0).get("/api/profile").then().statusCode(200).extract().asString());
    }

    @Inject
    ProfileService profiles;

    @Test
    void aTopicProfileCoversTheNewestMatchesUpToTheLimitAndSaysSo() {
        String n = Fixtures.nonce();
        String outlet = "Topic " + n;
        long[] ids = new long[3];
        LocalDate[] dates = {LocalDate.of(2018, 5, 1), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 3)};
        for (int i = 0; i < 3; i++) {
            String t = "The " + n + " orchard " + i + " flowered early.";
            ids[i] = Fixtures.article(outlet, dates[i], t);
            Fixtures.claims(ids[i], Spec.of(t));
        }
        ProfileService.Profile all = QuarkusTransaction.requiringNew()
                .call(() -> profiles.profile(new org.claimtrack.review.ClaimFilter(), n, 10, 5));
        assertEquals(3, all.total().articles());
        assertEquals(false, all.topicLimited());
        ProfileService.Profile two = QuarkusTransaction.requiringNew()
                .call(() -> profiles.profile(new org.claimtrack.review.ClaimFilter(), n, 10, 2));
        assertEquals(true, two.topicLimited());
        assertEquals(2, two.total().articles());
        assertEquals(List.of(ids[2], ids[1]), two.articles().stream().map(ProfileService.Row::articleId).toList(),
                "the newest two matches");
        as(TestUsers.VIEWER).queryParam("topic", n).get("/api/profile").then().statusCode(200)
                .body("topicLimited", equalTo(false)).body("topicLimit", equalTo(500))
                .body("total.articles", equalTo(3));
        String html = as(TestUsers.VIEWER).queryParam("topic", n).get("/profile").then().statusCode(200).extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("topic-limited"), "no note when every match counts");
    }

    @Test
    void badFiltersAre400() {
        as(TestUsers.VIEWER).queryParam("from", "March").get("/api/profile").then().statusCode(400)
                .body("error", notNullValue());
        as(TestUsers.VIEWER).queryParam("kind", "RUMOUR").get("/api/profile").then().statusCode(400)
                .body("error", notNullValue());
    }
}
