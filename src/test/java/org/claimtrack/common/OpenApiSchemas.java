package org.claimtrack.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The /q/openapi document as the contract tests read it: the operations it lists, and whether a real answer
 * is one the document gives that operation (status, media type, JSON body against the schema).
 */
final class OpenApiSchemas {

    static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode doc;

    private OpenApiSchemas() {
    }

    /** Read on first use: a static @BeforeAll runs before the app's port is known. */
    static JsonNode doc() {
        if (doc == null) {
            try {
                doc = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
            } catch (java.io.IOException e) {
                throw new AssertionError("the document is JSON", e);
            }
        }
        return doc;
    }

    /** "POST /api/tokens", ... for every operation of the document. */
    static Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc().get("paths").fields(); it.hasNext();) {
            var path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(m)) {
                    ops.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return ops;
    }

    /** The operation object of "METHOD /path". */
    static JsonNode operation(String method, String path) {
        return doc().path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The answer's status is one the operation lists (an error may fall under "default", a success may not),
     * its media type is one documented for that status, and a JSON body matches the schema.
     */
    static void validate(JsonNode op, Response r, String where) {
        JsonNode responses = op.get("responses");
        assertNotNull(responses, where + ": an operation of the document");
        String status = String.valueOf(r.statusCode());
        JsonNode documented = responses.has(status) ? responses.get(status)
                : r.statusCode() >= 400 ? responses.get("default") : null;
        assertNotNull(documented, where + ": status " + status + " is documented (" + list(responses) + ")");
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        JsonNode content = documented.get("content");
        if (content == null || content.isEmpty()) {
            assertTrue(r.asByteArray().length == 0, where + ": a " + type + " body where the document says none");
            return;
        }
        assertTrue(content.has(type), where + ": " + type + " among " + list(content));
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

    private static String list(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /** A small JSON Schema check: types (with null), $ref, anyOf/oneOf, required, properties, items. */
    static void check(JsonNode schema, JsonNode value, String at, List<String> faults) {
        if (schema == null || schema.isMissingNode() || faults.size() > 20) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            check(doc().at("/components/schemas/" + name), value, at, faults);
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
        if (value.isObject() && schema.has("required")) {
            schema.get("required").forEach(n -> {
                if (!value.has(n.asText())) {
                    faults.add(at + ": lacks the required " + n.asText());
                }
            });
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
