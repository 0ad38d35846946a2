package org.claimtrack.hardening;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Access rules for every endpoint, found in the running app's OpenAPI document so that endpoints added
 * later are covered without touching this test: anonymous writes 401 (API) or a redirect to the login
 * page, a viewer's writes 403, form posts without their CSRF token 403, and the security headers and
 * cookie flags everywhere.
 */
@QuarkusTest
class AccessSuiteTest {

    /** Writes by HTTP method that change nothing a viewer may not change, with the reason. */
    static final Map<String, String> OPEN_TO_VIEWERS = Map.of(
            "POST /api/extract", "stateless extraction, stores nothing",
            "POST /api/match", "stateless claim matching, stores nothing",
            "POST /logout", "anyone may end their own session (CSRF still required)",
            "POST /api/tokens", "anyone may make API tokens for their own account",
            "DELETE /api/tokens/{id}", "anyone may revoke their own API tokens",
            "POST /account/tokens", "the account page's twin of POST /api/tokens",
            "POST /account/tokens/{id}/revoke", "the account page's twin of DELETE /api/tokens/{id}");

    static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    record Endpoint(String method, String path, String contentType) {
        String key() {
            return method.toUpperCase() + " " + path;
        }

        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Endpoint> endpoints(boolean writes) {
        Map<String, Object> doc = TestUsers.as(TestUsers.VIEWER).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Endpoint> out = new ArrayList<>();
        doc.forEach((path, ops) -> ((Map<String, Object>) ops).forEach((method, op) -> {
            if (WRITE_METHODS.contains(method) != writes || !(op instanceof Map)) {
                return;
            }
            if (!writes && !"get".equals(method)) {
                return;
            }
            Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) op).get("requestBody");
            String type = null;
            if (body != null && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                type = (String) content.keySet().iterator().next();
            }
            out.add(new Endpoint(method, path, type));
        }));
        // the HTML pages are kept out of the API's paths and listed apart (common.OpenApiFilter)
        List<Map<String, Object>> pages = TestUsers.as(TestUsers.VIEWER).get("/q/openapi?format=json").then()
                .extract().jsonPath().getList("x-claimtrack-pages");
        for (Map<String, Object> p : pages == null ? List.<Map<String, Object>>of() : pages) {
            String method = (String) p.get("method");
            if (WRITE_METHODS.contains(method) == writes && (writes || "get".equals(method))) {
                out.add(new Endpoint(method, (String) p.get("path"), (String) p.get("contentType")));
            }
        }
        return out;
    }

    static Response send(RequestSpecification spec, Endpoint e) {
        spec = spec.redirects().follow(false);
        if (e.contentType() != null) {
            String t = e.contentType();
            if (t.startsWith("multipart/")) {
                spec = spec.multiPart("outlet", "x");
            } else if (t.contains("json")) {
                spec = spec.contentType(t).body("{}");
            } else if (t.contains("x-www-form-urlencoded")) {
                spec = spec.contentType(t).formParam("title", "x");
            } else {
                spec = spec.contentType(t).body("x".getBytes(StandardCharsets.UTF_8));
            }
        }
        return spec.request(e.method().toUpperCase(), e.concretePath());
    }

    @Test
    void theOpenApiDocumentListsTheWriteEndpoints() {
        List<String> keys = endpoints(true).stream().map(Endpoint::key).toList();
        // a sanity floor: the known writes are there, so the checks below run over a real list
        for (String known : List.of("POST /api/articles", "POST /api/imports", "POST /api/imports/url", "POST /articles",
                "POST /import")) {
            assertTrue(keys.contains(known), known + " in " + keys);
        }
    }

    @Test
    void anonymousWritesAreRefused() {
        for (Endpoint e : endpoints(true)) {
            if (e.key().equals("POST /logout")) {
                continue; // public by design; its CSRF check is tested below
            }
            Response r = send(RestAssured.given(), e);
            if (e.api()) {
                assertEquals(401, r.statusCode(), e.key() + ": " + r.asString());
            } else {
                assertTrue(r.statusCode() == 401 || r.statusCode() == 302 && r.header("Location").contains("/login"),
                        e.key() + " gave " + r.statusCode() + " " + r.header("Location"));
            }
        }
    }

    @Test
    void viewersCannotWrite() {
        for (Endpoint e : endpoints(true)) {
            if (OPEN_TO_VIEWERS.containsKey(e.key())) {
                continue;
            }
            Response r = send(TestUsers.as(TestUsers.VIEWER), e);
            assertEquals(403, r.statusCode(), e.key() + ": " + r.asString());
        }
    }

    @Test
    void formPostsWithoutTheirCsrfTokenAre403() {
        // Basic auth as admin passes every role check, so only the missing token can refuse these
        int forms = 0;
        for (Endpoint e : endpoints(true)) {
            if (e.api() || e.contentType() == null || !(e.contentType().startsWith("multipart/")
                    || e.contentType().contains("x-www-form-urlencoded"))) {
                continue;
            }
            forms++;
            Response r = send(TestUsers.as(TestUsers.ADMIN), e);
            assertEquals(403, r.statusCode(), e.key() + ": " + r.asString());
            assertTrue(r.asString().contains("CSRF"), e.key() + ": " + r.asString());
        }
        assertTrue(forms >= 2, "the form endpoints were found");
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenAndItsCookiesAreHttpOnlyAndSameSite() {
        Response login = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.EDITOR).formParam("j_password", TestUsers.password(TestUsers.EDITOR))
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        String session = login.getCookie("claimtrack-session");
        assertNotNull(session, "logged in");
        String sid = login.getCookie("claimtrack-sid");
        assertNotNull(sid, "the session's key");
        String setCookie = String.join("\n", login.headers().getValues("Set-Cookie"));
        assertCookieFlags(setCookie, "claimtrack-session");

        Response page = RestAssured.given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).get("/import");
        assertEquals(200, page.statusCode());
        String csrfCookie = page.getCookie("claimtrack-csrf");
        assertNotNull(csrfCookie);
        assertCookieFlags(String.join("\n", page.headers().getValues("Set-Cookie")), "claimtrack-csrf");
        var m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(m.find(), "the form carries its token");
        String token = m.group(1);
        assertEquals(csrfCookie, token);

        byte[] file = ("Session import " + System.nanoTime() + ".").getBytes(StandardCharsets.UTF_8);
        // the form without its token, and with a wrong one
        RestAssured.given().redirects().follow(false).cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .multiPart("files", "a.txt", file).post("/import").then().statusCode(403);
        RestAssured.given().redirects().follow(false).cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .multiPart("csrf", "forged-token-forged-token").multiPart("files", "a.txt", file).post("/import")
                .then().statusCode(403);
        RestAssured.given().redirects().follow(false).cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .multiPart("csrf", token).multiPart("files", "a.txt", file).post("/import")
                .then().statusCode(303).header("Location", containsString("/imports/"));
        // the API from a browser session: the header is required
        RestAssured.given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .multiPart("files", "b.txt", file).post("/api/imports").then().statusCode(403);
        RestAssured.given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .header("X-CSRF-Token", token).multiPart("files", "b.txt", file).post("/api/imports")
                .then().statusCode(202);
        // logging out needs the token too
        RestAssured.given().redirects().follow(false).cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", token)
                .contentType("application/x-www-form-urlencoded").post("/logout").then().statusCode(403);
    }

    private static void assertCookieFlags(String setCookieHeaders, String name) {
        String line = setCookieHeaders.lines().filter(l -> l.startsWith(name + "=")).findFirst().orElse("");
        assertFalse(line.isEmpty(), name + " is set: " + setCookieHeaders);
        assertTrue(line.toLowerCase().contains("httponly"), line);
        assertTrue(line.toLowerCase().contains("samesite=strict"), line);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoInlineScript() {
        List<String> pages = new ArrayList<>(List.of("/login"));
        for (Endpoint e : endpoints(false)) {
            if (!e.path().startsWith("/q/")) {
                pages.add(e.concretePath());
            }
        }
        assertTrue(pages.contains("/import") && pages.contains("/imports/1"), pages.toString());
        // a JSON-LD data block (the public fact-check page) is data, not a script: CSP does not run it
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>",
                Pattern.CASE_INSENSITIVE);
        Pattern inlineStyle = Pattern.compile("<style\\b|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
        for (String p : pages) {
            for (RequestSpecification who : List.of(RestAssured.given(), TestUsers.as(TestUsers.ADMIN))) {
                Response r = who.redirects().follow(false).get(p);
                String csp = r.header("Content-Security-Policy");
                assertNotNull(csp, p + " has a CSP");
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
                        p + ": " + csp);
                assertTrue(csp.contains("frame-ancestors 'none'"), p + ": " + csp);
                assertEquals("nosniff", r.header("X-Content-Type-Options"), p);
                if (r.contentType() != null && r.contentType().startsWith("text/html")) {
                    String html = r.asString();
                    assertFalse(inlineScript.matcher(html).find(), p + " has an inline script");
                    assertFalse(inlineStyle.matcher(html).find(), p + " has inline style or an event handler");
                }
            }
        }
        // error answers too
        RestAssured.given().get("/api/articles").then().statusCode(401)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        TestUsers.as(TestUsers.EDITOR).get("/api/imports/424242").then().statusCode(404)
                .header("X-Content-Type-Options", anyOf(equalTo("nosniff")));
    }
}
