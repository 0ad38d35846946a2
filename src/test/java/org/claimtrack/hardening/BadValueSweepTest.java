package org.claimtrack.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A fuzz-like sweep over every operation of the OpenAPI document: each query parameter, path
 * parameter and JSON or form field gets a NUL byte, and each gets dates PostgreSQL (or Java's date
 * arithmetic) cannot hold. Nothing may answer 5xx (issue 19, item 11).
 */
@QuarkusTest
class BadValueSweepTest {

    static final String NUL = "x\u0000y";
    static final String[] DATES = {"99999-01-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "-4800-01-01",
        "5874898-01-01"};

    record Op(String method, String path, List<String> query, List<String> bodyFields, String bodyType) {
    }

    @Test
    void noValueEverGetsA5xx() {
        long article = TestUsers.as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8")
                .body("Sweep article: the minister said the sweep finds every route, officials said.")
                .post("/api/articles").then().extract().jsonPath().getLong("id");
        List<Op> ops = operations();
        assertTrue(ops.size() > 30, "the OpenAPI document lists the routes: " + ops.size());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : ops) {
            for (String value : values()) {
                for (String param : op.query()) {
                    requests++;
                    check(failures, op, value, () -> spec().queryParam(param, value), "query " + param);
                }
                for (String field : op.bodyFields()) {
                    requests++;
                    check(failures, op, value, () -> body(op, field, value), "field " + field);
                }
            }
            // every path parameter with a NUL in it
            requests++;
            check(failures, op, NUL, this::spec, "path", path(op.path(), article, "x%00y"));
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests got 5xx:\n"
                + String.join("\n", failures));
    }

    static List<String> values() {
        List<String> v = new ArrayList<>(List.of(NUL));
        v.addAll(List.of(DATES));
        return v;
    }

    RequestSpecification spec() {
        return TestUsers.as(TestUsers.ADMIN).redirects().follow(false);
    }

    RequestSpecification body(Op op, String field, String value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String f : op.bodyFields()) {
            fields.put(f, f.equals(field) ? value : "sweep");
        }
        if (op.bodyType().contains("json")) {
            return spec().contentType("application/json").body(fields);
        }
        RequestSpecification s = spec().contentType(op.bodyType());
        for (var e : fields.entrySet()) {
            s = op.bodyType().startsWith("multipart") ? s.multiPart(e.getKey(), String.valueOf(e.getValue()))
                    : s.formParam(e.getKey(), e.getValue());
        }
        return s;
    }

    void check(List<String> failures, Op op, String value, java.util.function.Supplier<RequestSpecification> req,
            String what) {
        check(failures, op, value, req, what, null);
    }

    void check(List<String> failures, Op op, String value, java.util.function.Supplier<RequestSpecification> req,
            String what, String pathOverride) {
        String path = pathOverride != null ? pathOverride : path(op.path(), 0, null);
        Response r = req.get().urlEncodingEnabled(pathOverride == null).request(op.method(), path);
        if (r.statusCode() >= 500) {
            failures.add(op.method() + " " + path + " " + what + "=" + value.replace("\0", "\\0") + " -> "
                    + r.statusCode() + " " + abbreviate(r.asString()));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Path parameters: a real article for reads, ids that exist nowhere for deletes, or the given raw value. */
    static String path(String template, long article, String raw) {
        String p = template;
        while (p.contains("{")) {
            int a = p.indexOf('{');
            int b = p.indexOf('}', a);
            String name = p.substring(a + 1, b).toLowerCase(java.util.Locale.ROOT);
            String value = raw != null ? raw
                    : name.contains("name") || name.contains("user") ? "nobody-sweep"
                    : article > 0 ? String.valueOf(article) : "999999999";
            p = p.substring(0, a) + value + p.substring(b + 1);
        }
        return p;
    }

    /** Every operation with its query parameters and body fields, from the app's own OpenAPI document. */
    static List<Op> operations() {
        JsonPath doc = TestUsers.as(TestUsers.ADMIN).queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Map<String, Object> schemas = doc.getMap("components.schemas");
        List<Op> ops = new ArrayList<>();
        for (var p : paths.entrySet()) {
            for (var m : p.getValue().entrySet()) {
                if (!(m.getValue() instanceof Map<?, ?> op)) {
                    continue;
                }
                String method = m.getKey().toUpperCase(java.util.Locale.ROOT);
                if (method.equals("DELETE") || p.getKey().contains("logout")) {
                    continue; // nothing to fuzz in a delete or a logout; they must not run on real rows
                }
                List<String> query = new ArrayList<>();
                if (op.get("parameters") instanceof List<?> params) {
                    for (Object o : params) {
                        Map<?, ?> param = (Map<?, ?>) o;
                        if ("query".equals(param.get("in"))) {
                            query.add(String.valueOf(param.get("name")));
                        }
                    }
                }
                List<String> fields = new ArrayList<>();
                String type = "application/json";
                if (op.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content) {
                    var first = content.entrySet().iterator().next();
                    type = String.valueOf(first.getKey());
                    Object schema = ((Map<?, ?>) first.getValue()).get("schema");
                    fields.addAll(properties(schema, schemas));
                }
                ops.add(new Op(method, p.getKey(), query, fields, type));
            }
        }
        return ops;
    }

    static List<String> properties(Object schema, Map<String, Object> schemas) {
        if (!(schema instanceof Map<?, ?> s)) {
            return List.of();
        }
        if (s.get("$ref") instanceof String ref) {
            return properties(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if (s.get("properties") instanceof Map<?, ?> props) {
            return props.keySet().stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
