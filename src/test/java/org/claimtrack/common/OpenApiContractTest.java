package org.claimtrack.common;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * /q/openapi as a typed client reads it: public, only /api, an operationId and a description on every
 * operation, the error schema on every error, 201/202 and download media types as served, no framework
 * schemas; and real answers of every GET operation (ids filled in from the seeds) and of some writes
 * validate against the schemas the document gives them.
 */
@QuarkusTest
class OpenApiContractTest {

    JsonNode doc;

    @BeforeEach
    void load() {
        doc = OpenApiSchemas.doc();
    }

    @Test
    void theDocumentIsPublicAndListsOnlyTheApiWithIdsDescriptionsAndErrors() {
        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            var path = it.next();
            assertTrue(path.getKey().startsWith("/api/"), "only the API: " + path.getKey());
            path.getValue().fields().forEachRemaining(m -> {
                JsonNode op = m.getValue();
                String where = m.getKey() + " " + path.getKey();
                assertTrue(op.hasNonNull("operationId") && ids.add(op.get("operationId").asText()), "unique operationId: " + where);
                assertTrue(op.hasNonNull("description"), "description: " + where);
                op.get("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5") || r.getKey().equals("default")) {
                        assertEquals("#/components/schemas/Error",
                                r.getValue().at("/content/application~1json/schema/$ref").asText(), where + " " + r.getKey());
                    }
                });
                op.path("requestBody").path("content").fields().forEachRemaining(c -> {
                    if (c.getKey().contains("json")) {
                        assertFalse("binary".equals(c.getValue().at("/schema/format").asText()), "typed JSON body: " + where);
                    }
                });
            });
        }
        assertTrue(doc.get("x-claimtrack-pages").size() > 10, "the pages are listed apart");
        assertTrue(doc.at("/paths/~1api~1tokens/post/responses").has("201"));
        assertFalse(doc.at("/paths/~1api~1tokens/post/responses").has("200"));
        assertTrue(doc.at("/paths/~1api~1imports/post/responses").has("202"));
        assertTrue(doc.at("/paths/~1api~1export~1claims.csv/get/responses/200/content").has("text/csv"));
        assertTrue(doc.at("/paths/~1api~1export~1brat.zip/get/responses/200/content").has("application/zip"));
        assertTrue(doc.at("/paths/~1api~1export~1claims.xlsx/get/responses/200/content")
                .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        for (String framework : List.of("Response", "StreamingOutput", "InputStream", "MultivaluedMap", "FileUpload",
                "EntityTag", "URI", "Link", "MediaType", "NewCookie", "Variant", "Locale", "TemplateInstance", "Template",
                "EngineImpl", "SectionHelper")) {
            assertFalse(doc.at("/components/schemas").has(framework), "framework schema " + framework);
        }
        List<String> dangling = new ArrayList<>();
        doc.findValues("$ref").forEach(r -> {
            if (doc.at("/components/schemas/" + r.asText().replace("#/components/schemas/", "")).isMissingNode()) {
                dangling.add(r.asText());
            }
        });
        assertTrue(dangling.isEmpty(), "references to removed schemas: " + dangling);
        // and no schema is left that nothing refers to (the pages' Qute types, JAX-RS' Variant ...)
        Set<String> referred = new HashSet<>();
        doc.findValues("$ref").forEach(r -> referred.add(r.asText().replace("#/components/schemas/", "")));
        List<String> unreferred = new ArrayList<>();
        doc.at("/components/schemas").fieldNames().forEachRemaining(n -> {
            if (!referred.contains(n)) {
                unreferred.add(n);
            }
        });
        assertTrue(unreferred.isEmpty(), "schemas no operation reaches: " + unreferred);
    }

    @Test
    void realAnswersOfEveryGetOperationMatchTheirSchemas() {
        Map<String, String> values = ids();
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            var path = it.next();
            JsonNode op = path.getValue().get("get");
            if (op == null) {
                continue;
            }
            String concrete = path.getKey();
            for (var v : values.entrySet()) {
                concrete = concrete.replace("{" + v.getKey() + "}", v.getValue());
            }
            assertFalse(concrete.contains("{"), "an id for " + path.getKey());
            Response r = as(TestUsers.ADMIN).get(concrete);
            OpenApiSchemas.validate(op, r, "GET " + concrete);
            checked.add(path.getKey());
        }
        // errors too: a missing article, a malformed token request; and a 201
        OpenApiSchemas.validate(doc.at("/paths/~1api~1articles~1{id}/get"), as(TestUsers.ADMIN).get("/api/articles/999999999"),
                "GET missing article");
        OpenApiSchemas.validate(doc.at("/paths/~1api~1tokens/post"), as(TestUsers.ADMIN).contentType("application/json").body("{}")
                .post("/api/tokens"), "POST /api/tokens {}");
        OpenApiSchemas.validate(doc.at("/paths/~1api~1tokens/post"), as(TestUsers.ADMIN).contentType("application/json")
                .body("{\"name\":\"contract\"}").post("/api/tokens"), "POST /api/tokens");
        assertTrue(checked.size() >= 15, "GET operations checked: " + checked);
    }

    /** Ids that exist, for the path parameters of every GET operation. */
    static Map<String, String> ids() {
        String article = as(TestUsers.VIEWER).get("/api/articles?limit=1").jsonPath().getString("[0].id");
        String claim = as(TestUsers.VIEWER).get("/api/claims?limit=1").jsonPath().getString("[0].id");
        String source = as(TestUsers.VIEWER).get("/api/sources?limit=1").jsonPath().getString("[0].id");
        String cluster = String.valueOf(as(TestUsers.VIEWER).get("/api/clusters?limit=1").jsonPath().getList("id").stream()
                .findFirst().orElse(1));
        String group = String.valueOf(as(TestUsers.VIEWER).get("/api/drift?flag=ALL&limit=1").jsonPath().getList("id")
                .stream().findFirst().orElse(cluster));
        String job = as(TestUsers.EDITOR).contentType("application/json").body("{\"urls\":[\"http://127.0.0.1:1/x\"]}")
                .post("/api/imports").jsonPath().getString("id");
        return Map.of("id", article, "articleId", article, "claimId", claim, "username", TestUsers.ADMIN,
                "sourceId", source, "clusterId", cluster, "jobId", job, "groupId", group);
    }
}
