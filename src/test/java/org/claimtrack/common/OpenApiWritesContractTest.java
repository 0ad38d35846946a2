package org.claimtrack.common;

import static io.restassured.RestAssured.given;
import static org.claimtrack.common.ContractFixtures.json;
import static org.claimtrack.common.ContractFixtures.version;
import static org.claimtrack.testing.TestUsers.ADMIN;
import static org.claimtrack.testing.TestUsers.CHECKER;
import static org.claimtrack.testing.TestUsers.EDITOR;
import static org.claimtrack.testing.TestUsers.VIEWER;
import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.claimtrack.compare.ClusterService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Every operation of /q/openapi, reads and writes, called once with a valid request and once with a bad one
 * on fixtures of the test's own; each real answer must have a status the operation documents, a documented
 * media type and a body valid against the documented schema (the Error schema for errors). The table has one
 * entry per operation and the test fails when the document lists an operation the table lacks (or the other
 * way round), so a new route cannot go unchecked. Entries run in table order: later ones use what earlier
 * ones made.
 */
@QuarkusTest
class OpenApiWritesContractTest {

    static final String MISSING = "987654321";

    /** How to call one operation well and badly. */
    interface Call {
        Response on(ContractFixtures f) throws Exception;
    }

    record Op(String method, String path, Call valid, Call bad) {
        String key() {
            return method + " " + path;
        }
    }

    static Op op(String method, String path, Call valid, Call bad) {
        return new Op(method, path, valid, bad);
    }

    /** One entry per operation of the document; add one with every new route. */
    static final List<Op> OPERATIONS = List.of(
            // reads
            op("GET", "/api/articles", f -> as(VIEWER).get("/api/articles?limit=5"),
                    f -> as(VIEWER).get("/api/articles?from=soon")),
            op("GET", "/api/articles/{id}", f -> as(VIEWER).get("/api/articles/" + f.article),
                    f -> as(VIEWER).get("/api/articles/" + MISSING)),
            op("GET", "/api/articles/{id}/history", f -> as(VIEWER).get("/api/articles/" + f.article + "/history"),
                    f -> as(VIEWER).get("/api/articles/" + MISSING + "/history")),
            op("GET", "/api/claims", f -> as(VIEWER).get("/api/claims?article=" + f.article),
                    f -> as(VIEWER).get("/api/claims?limit=0")),
            op("GET", "/api/claims/{id}", f -> as(VIEWER).get("/api/claims/" + f.dam),
                    f -> as(VIEWER).get("/api/claims/" + MISSING)),
            op("GET", "/api/claims/{id}/history", f -> as(VIEWER).get("/api/claims/" + f.dam + "/history"),
                    f -> as(VIEWER).get("/api/claims/" + MISSING + "/history")),
            op("GET", "/api/claims/{id}/comments", f -> as(VIEWER).get("/api/claims/" + f.dam + "/comments"),
                    f -> as(VIEWER).get("/api/claims/" + MISSING + "/comments")),
            op("GET", "/api/audit", f -> as(EDITOR).get("/api/audit?limit=5"), f -> as(EDITOR).get("/api/audit?limit=many")),
            op("GET", "/api/clusters", f -> as(VIEWER).get("/api/clusters?q=" + f.n),
                    f -> as(VIEWER).get("/api/clusters?limit=lots")),
            op("GET", "/api/clusters/{id}", f -> as(VIEWER).get("/api/clusters/" + f.group),
                    f -> as(VIEWER).get("/api/clusters/" + MISSING)),
            op("GET", "/api/profile", f -> as(VIEWER).get("/api/profile?q=" + f.n),
                    f -> as(VIEWER).get("/api/profile?kind=GOSSIP")),
            op("GET", "/api/search", f -> as(VIEWER).get("/api/search?q=" + f.n),
                    f -> as(VIEWER).get("/api/search?kind=GOSSIP")),
            op("GET", "/api/sources", f -> as(VIEWER).get("/api/sources?q=" + f.n),
                    f -> as(VIEWER).get("/api/sources?type=PLANET")),
            op("GET", "/api/sources/{id}", f -> as(VIEWER).get("/api/sources/" + f.sourceA),
                    f -> as(VIEWER).get("/api/sources/" + MISSING)),
            op("GET", "/api/imports", f -> as(EDITOR).get("/api/imports"), f -> as(VIEWER).get("/api/imports")),
            op("GET", "/api/imports/{id}", f -> as(EDITOR).get("/api/imports/" + f.job),
                    f -> as(EDITOR).get("/api/imports/" + MISSING)),
            op("GET", "/api/tokens", f -> as(VIEWER).get("/api/tokens"), f -> given().get("/api/tokens")),
            op("GET", "/api/users", f -> as(ADMIN).get("/api/users"), f -> as(VIEWER).get("/api/users")),
            op("GET", "/api/users/{username}", f -> as(ADMIN).get("/api/users/" + f.user),
                    f -> as(ADMIN).get("/api/users/nobody" + f.n)),
            export("claims.csv"), export("claims.xlsx"), export("claims.json"), export("claims.jsonl"),
            export("claimreview.jsonld"), export("brat.zip"),

            // extraction and matching
            op("POST", "/api/extract", f -> as(VIEWER).contentType("text/plain").body("The mayor said the ferry runs.")
                    .post("/api/extract"), f -> as(VIEWER).contentType("text/plain").body("").post("/api/extract")),
            op("POST", "/api/match", f -> json(VIEWER, Map.of("a", "The ferry runs.", "b", "The ferry is running."))
                    .post("/api/match"), f -> json(VIEWER, Map.of("a", "The ferry runs.")).post("/api/match")),

            // articles and their claims
            op("POST", "/api/articles", f -> json(EDITOR, Map.of("text", "The mayor of " + f.n + " said the ferry runs.",
                    "title", "Ingested " + f.n, "outlet", "Contract " + f.n)).post("/api/articles"),
                    f -> json(EDITOR, "{\"text\": ").post("/api/articles")),
            op("PATCH", "/api/articles/{id}", f -> json(EDITOR, Map.of("byline", "Ana Reyes")).patch("/api/articles/" + f.article),
                    f -> json(EDITOR, Map.of("colour", "red")).patch("/api/articles/" + f.article)),
            op("POST", "/api/articles/{articleId}/claims", f -> json(CHECKER, Map.of("start", f.at("The market"),
                    "end", f.at("The market") + 10, "kind", "UNATTRIBUTED")).post("/api/articles/" + f.article + "/claims"),
                    f -> json(CHECKER, Map.of("start", 5, "end", 5, "kind", "UNATTRIBUTED"))
                            .post("/api/articles/" + f.article + "/claims")),
            op("PATCH", "/api/claims/{id}", f -> json(CHECKER, Map.of("kind", "OFFICIAL_STATEMENT", "version", version(f.dam)))
                    .patch("/api/claims/" + f.dam), f -> json(CHECKER, Map.of("colour", "red", "version", version(f.dam)))
                            .patch("/api/claims/" + f.dam)),
            op("PUT", "/api/claims/{id}/verdict", f -> json(CHECKER, Map.of("rating", "MOSTLY_FALSE", "explanation",
                    "Inspectors differ.", "evidence", List.of("http://example.org/dam"), "version", version(f.dam)))
                    .put("/api/claims/" + f.dam + "/verdict"),
                    f -> json(CHECKER, Map.of("rating", "MAYBE", "version", version(f.dam))).put("/api/claims/" + f.dam + "/verdict")),
            op("POST", "/api/claims/{id}/publish", f -> json(CHECKER, "{}").post("/api/claims/" + f.dam + "/publish"),
                    f -> json(CHECKER, "{}").post("/api/claims/" + f.tunnel + "/publish")),
            // a verdict published on one member of the group travels to another (issue 16 item 4)
            op("POST", "/api/claims/{id}/reuse-verdict", f -> {
                json(CHECKER, Map.of("rating", "FALSE", "explanation", "The barge floated.", "version", version(f.groupedFirst)))
                        .put("/api/claims/" + f.groupedFirst + "/verdict").then().statusCode(200);
                json(CHECKER, "{}").post("/api/claims/" + f.groupedFirst + "/publish").then().statusCode(200);
                return json(CHECKER, Map.of("from", f.groupedFirst, "version", version(f.groupedSecond)))
                        .post("/api/claims/" + f.groupedSecond + "/reuse-verdict");
            }, f -> json(CHECKER, Map.of("from", f.dam, "version", version(f.groupedSecond)))
                    .post("/api/claims/" + f.groupedSecond + "/reuse-verdict")),
            op("POST", "/api/claims/{id}/comments", f -> json(CHECKER, Map.of("text", "Checked with @" + EDITOR))
                    .post("/api/claims/" + f.dam + "/comments"), f -> json(CHECKER, "{}").post("/api/claims/" + f.dam + "/comments")),
            op("POST", "/api/claims/{id}/split", f -> {
                Response r = json(CHECKER, Map.of("at", f.at("next week"), "version", version(f.bridge)))
                        .post("/api/claims/" + f.bridge + "/split");
                f.made.put("part1", r.jsonPath().getLong("[0].id"));
                f.made.put("part2", r.jsonPath().getLong("[1].id"));
                return r;
            }, f -> json(CHECKER, Map.of("at", f.at("Ivo"), "version", version(f.port))).post("/api/claims/" + f.port + "/split")),
            op("POST", "/api/claims/{id}/merge", f -> json(CHECKER, Map.of("with", f.made("part2"),
                    "version", version(f.made("part1")))).post("/api/claims/" + f.made("part1") + "/merge"),
                    f -> json(CHECKER, Map.of("with", f.port, "version", version(f.port))).post("/api/claims/" + f.port + "/merge")),
            op("POST", "/api/claims/bulk", f -> json(CHECKER, Map.of("ids", List.of(f.school), "status", "IN_REVIEW"))
                    .post("/api/claims/bulk"), f -> json(CHECKER, Map.of("ids", "all")).post("/api/claims/bulk")),
            op("DELETE", "/api/claims/{id}", f -> as(CHECKER).delete("/api/claims/" + f.market),
                    f -> as(CHECKER).delete("/api/claims/" + MISSING)),
            op("POST", "/api/claims/{id}/undo", f -> as(CHECKER).post("/api/claims/" + f.market + "/undo"),
                    f -> as(CHECKER).post("/api/claims/" + MISSING + "/undo")),
            op("DELETE", "/api/articles/{id}", f -> as(EDITOR).delete("/api/articles/" + f.doomedArticle),
                    f -> as(EDITOR).delete("/api/articles/" + MISSING)),

            // sources and groups
            op("POST", "/api/sources/{id}/merge", f -> json(EDITOR, Map.of("into", f.sourceA)).post("/api/sources/" + f.sourceB + "/merge"),
                    f -> json(EDITOR, Map.of("into", Long.parseLong(MISSING))).post("/api/sources/" + f.sourceA + "/merge")),
            op("POST", "/api/sources/{id}/split", f -> json(EDITOR, Map.of("name", "Ivo " + f.n, "type", "PERSON",
                    "claims", List.of(f.port))).post("/api/sources/" + f.sourceA + "/split"),
                    f -> json(EDITOR, Map.of("name", "Nobody " + f.n, "claims", List.of(Long.parseLong(MISSING))))
                            .post("/api/sources/" + f.sourceA + "/split")),
            // the merge above is recorded and can be undone (issue 17 item 5)
            op("GET", "/api/sources/{id}/merges", f -> {
                Response r = as(VIEWER).get("/api/sources/" + f.sourceA + "/merges");
                f.made.put("merge", r.jsonPath().getLong("[0].id"));
                return r;
            }, f -> as(VIEWER).get("/api/sources/" + MISSING + "/merges")),
            op("POST", "/api/sources/{id}/merges/{mergeId}/undo",
                    f -> as(EDITOR).post("/api/sources/" + f.sourceA + "/merges/" + f.made("merge") + "/undo"),
                    f -> as(EDITOR).post("/api/sources/" + f.sourceA + "/merges/" + f.made("merge") + "/undo")),
            // attribution drift (issue 16 item 5): the group of three has its drift rows
            op("GET", "/api/drift", f -> as(VIEWER).get("/api/drift?flag=ALL&limit=5"),
                    f -> as(VIEWER).get("/api/drift?flag=NOPE")),
            op("GET", "/api/drift/{groupId}", f -> as(VIEWER).get("/api/drift/" + f.group),
                    f -> as(VIEWER).get("/api/drift/" + MISSING)),
            op("POST", "/api/clusters/{id}/confirm", f -> as(EDITOR).post("/api/clusters/" + f.group + "/confirm"),
                    f -> as(EDITOR).post("/api/clusters/" + MISSING + "/confirm")),
            op("POST", "/api/clusters/{id}/split", f -> {
                Response r = json(EDITOR, Map.of("claims", List.of(f.groupedThird))).post("/api/clusters/" + f.group + "/split");
                f.made.put("group2", r.jsonPath().getLong("id"));
                return r;
            }, f -> json(EDITOR, Map.of("claims", List.of(f.outsider))).post("/api/clusters/" + f.group + "/split")),
            op("POST", "/api/clusters/{id}/merge", f -> json(EDITOR, Map.of("into", f.group))
                    .post("/api/clusters/" + f.made("group2") + "/merge"),
                    f -> json(EDITOR, Map.of("into", f.group)).post("/api/clusters/" + f.group + "/merge")),
            op("POST", "/api/clusters/suggestions/{claim}/{other}/confirm",
                    f -> as(EDITOR).post("/api/clusters/suggestions/" + f.suggestion1[0] + "/" + f.suggestion1[1] + "/confirm"),
                    f -> as(EDITOR).post("/api/clusters/suggestions/" + MISSING + "/" + f.dam + "/confirm")),
            op("POST", "/api/clusters/suggestions/{claim}/{other}/dismiss",
                    f -> as(EDITOR).post("/api/clusters/suggestions/" + f.suggestion2[0] + "/" + f.suggestion2[1] + "/dismiss"),
                    f -> as(EDITOR).post("/api/clusters/suggestions/" + MISSING + "/" + f.dam + "/dismiss")),
            op("POST", "/api/clusters/recompute", f -> as(EDITOR).post("/api/clusters/recompute"),
                    f -> as(VIEWER).post("/api/clusters/recompute")),

            // imports
            op("POST", "/api/import/brat", f -> as(EDITOR).contentType("application/zip").body(f.bratZip()).post("/api/import/brat"),
                    f -> as(EDITOR).contentType("text/plain").body("not a zip").post("/api/import/brat")),
            op("POST", "/api/imports", f -> json(EDITOR, Map.of("urls", List.of(f.url("second")))).post("/api/imports"),
                    f -> json(EDITOR, Map.of("urls", "everything")).post("/api/imports")),
            op("POST", "/api/imports/url", f -> json(EDITOR, Map.of("url", f.url("third"))).post("/api/imports/url"),
                    f -> json(EDITOR, Map.of("url", "no address")).post("/api/imports/url")),

            // tokens and users
            op("POST", "/api/tokens", f -> {
                Response r = json(VIEWER, Map.of("name", "contract " + f.n)).post("/api/tokens");
                f.made.put("token", r.jsonPath().getLong("id"));
                return r;
            }, f -> json(VIEWER, "{}").post("/api/tokens")),
            op("DELETE", "/api/tokens/{id}", f -> as(VIEWER).delete("/api/tokens/" + f.made("token")),
                    f -> as(VIEWER).delete("/api/tokens/" + MISSING)),
            op("POST", "/api/users", f -> json(ADMIN, Map.of("username", "new" + f.n, "password", "first-passphrase",
                    "role", "viewer")).post("/api/users"),
                    f -> json(ADMIN, Map.of("username", "short" + f.n, "password", "short", "role", "viewer")).post("/api/users")),
            op("PUT", "/api/users/{username}/role", f -> json(ADMIN, Map.of("role", "checker")).put("/api/users/" + f.user + "/role"),
                    f -> json(ADMIN, Map.of("role", "king")).put("/api/users/" + f.user + "/role")),
            op("PUT", "/api/users/{username}/password", f -> json(ADMIN, Map.of("password", "second-passphrase"))
                    .put("/api/users/" + f.user + "/password"),
                    f -> json(ADMIN, Map.of("password", "x")).put("/api/users/" + f.user + "/password")),
            op("PUT", "/api/users/{username}/disabled", f -> json(ADMIN, Map.of("disabled", true))
                    .put("/api/users/" + f.user + "/disabled"),
                    f -> json(ADMIN, Map.of("disabled", true)).put("/api/users/nobody" + f.n + "/disabled")));

    static Op export(String file) {
        return op("GET", "/api/export/" + file, f -> as(VIEWER).get("/api/export/" + file + "?q=" + f.n),
                f -> as(VIEWER).get("/api/export/" + file + "?kind=GOSSIP"));
    }

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    @Test
    void everyOperationOfTheDocumentIsInTheTable() {
        Set<String> table = new TreeSet<>();
        OPERATIONS.forEach(o -> assertTrue(table.add(o.key()), "one entry per operation: " + o.key()));
        Set<String> missing = new TreeSet<>(OpenApiSchemas.operations());
        missing.removeAll(table);
        assertTrue(missing.isEmpty(), "operations of the document without an entry in OPERATIONS: " + missing);
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(OpenApiSchemas.operations());
        assertTrue(stale.isEmpty(), "entries for operations the document does not list: " + stale);
    }

    @Test
    void everyOperationAnswersAValidAndABadRequestAsDocumented() throws Exception {
        ContractFixtures f = new ContractFixtures(clusters, em);
        List<String> faults = new ArrayList<>();
        try {
            for (Op o : OPERATIONS) {
                var op = OpenApiSchemas.operation(o.method(), o.path());
                if (op.isMissingNode()) {
                    continue; // the other test names it
                }
                call(o, "valid", o.valid(), f, op, faults);
                call(o, "bad", o.bad(), f, op, faults);
            }
        } finally {
            f.web.stop(0);
        }
        assertTrue(faults.isEmpty(), faults.size() + " answers disagree with the document:\n" + String.join("\n", faults));
    }

    private static void call(Op o, String which, Call c, ContractFixtures f, com.fasterxml.jackson.databind.JsonNode op,
            List<String> faults) {
        String where = o.key() + " (" + which + ")";
        try {
            Response r = c.on(f);
            int s = r.statusCode();
            if (which.equals("valid") ? s >= 400 : s < 400 || s >= 500) {
                faults.add(where + ": answered " + s + " " + r.asString());
            }
            OpenApiSchemas.validate(op, r, where);
        } catch (AssertionError | Exception e) {
            faults.add(e.getMessage() == null ? where + ": " + e : e.getMessage());
        }
    }
}
