package org.claimtrack.common;

import static org.claimtrack.testing.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.compare.ClusterService;
import org.claimtrack.compare.Fixtures;
import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;

/**
 * What the write-contract test acts on, made for it alone: an article with six claims of two sources, a
 * second article to delete, a group of three claims and two open suggestions, a user, an import job, and a
 * local web server whose page the URL imports fetch. Operations that make something (a split's parts, a
 * token) put its id into {@link #made} for the operations after them.
 */
final class ContractFixtures {

    final String n = Fixtures.nonce();
    final long article;
    final long doomedArticle;
    final String text;
    /** dam and bridge (source A), port and tunnel (source B), market, school (unattributed). */
    final long dam, bridge, port, tunnel, market, school;
    final long sourceA, sourceB;
    final long group, groupedFirst, groupedSecond, groupedThird, outsider;
    final long[] suggestion1, suggestion2;
    final String user;
    final long job;
    final HttpServer web;
    final Map<String, Object> made = new HashMap<>();

    ContractFixtures(ClusterService clusters, EntityManager em) throws IOException {
        sourceA = Fixtures.source("Ilse " + n, SourceType.PERSON);
        sourceB = Fixtures.source("Ivo " + n, SourceType.PERSON);
        text = "Ilse " + n + " said the dam of " + n + " is safe. Ilse " + n + " said the bridge of " + n
                + " will close next week. Ivo " + n + " said the port of " + n + " may reopen. Ivo " + n
                + " said the tunnel of " + n + " is finished. The market of " + n + " opened. The school of " + n
                + " closed.";
        article = Fixtures.article("Contract " + n, LocalDate.of(2023, 5, 2), text);
        List<Long> c = Fixtures.claims(article,
                Spec.of("the dam of " + n + " is safe", Kind.NAMED_SOURCE, sourceA, "Ilse " + n, "said"),
                Spec.of("the bridge of " + n + " will close next week", Kind.NAMED_SOURCE, sourceA, "Ilse " + n, "said"),
                Spec.of("the port of " + n + " may reopen", Kind.NAMED_SOURCE, sourceB, "Ivo " + n, "said", "may"),
                Spec.of("the tunnel of " + n + " is finished", Kind.NAMED_SOURCE, sourceB, "Ivo " + n, "said"),
                Spec.of("The market of " + n + " opened."), Spec.of("The school of " + n + " closed."));
        dam = c.get(0);
        bridge = c.get(1);
        port = c.get(2);
        tunnel = c.get(3);
        market = c.get(4);
        school = c.get(5);
        doomedArticle = Fixtures.article("Contract " + n, LocalDate.of(2023, 5, 3), "A note on " + n + " to delete.");

        // one event in three outlets: a group of three
        String fact = "a barge carrying " + n + " sank in the canal near the old lock";
        long[] grouped = new long[3];
        String[] outlets = {"Daily ", "Herald ", "Courier "};
        for (int i = 0; i < 3; i++) {
            long a = Fixtures.article(outlets[i] + n, LocalDate.of(1931, 2, 3 + i), "News agencies reported that " + fact + ".");
            grouped[i] = Fixtures.claims(a, Spec.of(fact, Kind.MEDIA_REPORT, null, "News agencies", "reported")).get(0);
            clusters.assignArticle(a);
        }
        groupedFirst = grouped[0];
        groupedSecond = grouped[1];
        groupedThird = grouped[2];
        group = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select cluster_id from cluster_member where claim_id = ?1").setParameter(1, grouped[0]).getSingleResult())
                .longValue());
        outsider = school;
        suggestion1 = new long[] {market, dam};
        suggestion2 = new long[] {school, dam};
        QuarkusTransaction.requiringNew().run(() -> {
            for (long[] s : List.of(suggestion1, suggestion2)) {
                em.createNativeQuery("insert into claim_suggestion (claim_id, other_claim_id, score) values (?1, ?2, 0.5)")
                        .setParameter(1, s[0]).setParameter(2, s[1]).executeUpdate();
            }
        });

        user = "contract" + n;
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", user, "password", "first-passphrase",
                "role", "viewer")).post("/api/users").then().statusCode(201);

        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", x -> {
            byte[] page = ("<html><head><title>Story " + n + "</title></head><body><article><h1>Story " + n
                    + "</h1><p>The mayor of " + n + " said the ferry " + x.getRequestURI().getPath().replace("/", "")
                    + " will run again in spring.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        web.start();
        job = as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("urls", List.of(url("first"))))
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    String url(String page) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/" + page + n;
    }

    /** The claim's current version, for the writes that name the version they change. */
    static int version(long claim) {
        return as(TestUsers.VIEWER).get("/api/claims/" + claim).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    /** Code-point offset of a word in the article's text. */
    int at(String needle) {
        int i = text.indexOf(needle);
        return text.codePointCount(0, i);
    }

    long made(String key) {
        Object v = made.get(key);
        if (v == null) {
            throw new AssertionError("an earlier operation made no " + key);
        }
        return ((Number) v).longValue();
    }

    static RequestSpecification json(String user, Object body) {
        RequestSpecification r = as(user).contentType(ContentType.JSON);
        return body instanceof String s ? r.body(s) : r.body(body);
    }

    /** A brat archive of one document with one annotated claim. */
    byte[] bratZip() throws IOException {
        String doc = "The harbour master of " + n + " said the pier is unsafe.";
        int s = doc.indexOf("the pier");
        String ann = "T1\tSource 0 " + ("The harbour master of " + n).length() + "\tThe harbour master of " + n + "\n"
                + "T2\tContent " + s + " " + doc.indexOf('.') + "\t" + doc.substring(s, doc.indexOf('.')) + "\n"
                + "T3\tAttribution " + doc.indexOf("said") + " " + (doc.indexOf("said") + 4) + "\tsaid\n"
                + "E1\tAttribution:T3 Content:T2 Source:T1\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : Map.of("contract" + n + ".txt", doc, "contract" + n + ".ann", ann).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
