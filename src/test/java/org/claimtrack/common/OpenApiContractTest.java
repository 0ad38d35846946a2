package org.claimtrack.common;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import com.fasterxml.jackson.databind.ObjectMapper;

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

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode doc;

    /** Read in the first test: a static @BeforeAll runs before the app's port is known. */
    @BeforeEach
    void load() throws Exception {
        if (doc == null) {
            doc = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        }
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
                "EntityTag", "URI", "Link", "MediaType", "NewCookie")) {
            assertFalse(doc.at("/components/schemas").has(framework), "framework schema " + framework);
        }
        List<String> dangling = new ArrayList<>();
        doc.findValues("$ref").forEach(r -> {
            if (doc.at("/components/schemas/" + r.asText().replace("#/components/schemas/", "")).isMissingNode()) {
                dangling.add(r.asText());
            }
        });
        assertTrue(dangling.isEmpty(), "references to removed schemas: " + dangling);
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
            validate(op, r, "GET " + concrete);
            checked.add(path.getKey());
        }
        // errors too: a missing article, a malformed token request; and a 201
        validate(doc.at("/paths/~1api~1articles~1{id}/get"), as(TestUsers.ADMIN).get("/api/articles/999999999"),
                "GET missing article");
        validate(doc.at("/paths/~1api~1tokens/post"), as(TestUsers.ADMIN).contentType("application/json").body("{}")
                .post("/api/tokens"), "POST /api/tokens {}");
        validate(doc.at("/paths/~1api~1tokens/post"), as(TestUsers.ADMIN).contentType("application/json")
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

    static void validate(JsonNode op, Response r, String where) {
        JsonNode responses = op.get("responses");
        String status = String.valueOf(r.statusCode());
        JsonNode documented = responses.has(status) ? responses.get(status) : responses.get("default");
        assertNotNull(documented, where + ": status " + status + " is documented");
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        JsonNode content = documented.get("content");
        if (content == null || content.isEmpty()) {
            return;
        }
        assertTrue(content.has(type), where + ": " + type + " among " + content.fieldNames().next());
        if (!type.equals("application/json")) {
            return;
        }
        JsonNode schema = content.get(type).get("schema");
        try {
            List<String> faults = new ArrayList<>();
            check(schema, JSON.readTree(r.asByteArray()), "$", faults);
            assertTrue(faults.isEmpty(), where + ": " + faults);
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": not JSON", e);
        }
    }

    /** A small JSON Schema check: types (with null), $ref, anyOf/oneOf, properties, items. */
    static void check(JsonNode schema, JsonNode value, String at, List<String> faults) {
        if (schema == null || schema.isMissingNode() || faults.size() > 20) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            check(doc.at("/components/schemas/" + name), value, at, faults);
            return;
        }
        for (String any : List.of("anyOf", "oneOf")) {
            if (schema.has(any)) {
                for (JsonNode alt : schema.get(any)) {
                    List<String> f = new ArrayList<>();
                    check(alt, value, at, f);
                    if (f.isEmpty()) {
                        return;
                    }
                }
                faults.add(at + ": matches no " + any);
                return;
            }
        }
        JsonNode types = schema.get("type");
        if (types == null) {
            return;
        }
        Set<String> allowed = new HashSet<>();
        if (types.isArray()) {
            types.forEach(t -> allowed.add(t.asText()));
        } else {
            allowed.add(types.asText());
        }
        String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array"
                : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "string";
        if (!allowed.contains(actual) && !(actual.equals("integer") && allowed.contains("number"))) {
            faults.add(at + ": " + actual + " where the document says " + allowed);
            return;
        }
        if (value.isObject() && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), faults);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                check(schema.get("items"), item, at + "[" + i++ + "]", faults);
                if (i > 50) {
                    break;
                }
            }
        }
    }
}
