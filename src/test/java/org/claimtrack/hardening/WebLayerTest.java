package org.claimtrack.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimtrack.testing.RawHttp;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The web layer's answers to odd URLs, cross-site requests and login flows (issue 19). */
@QuarkusTest
class WebLayerTest {

    static String cookieValue(RawHttp.Answer a, String name) {
        return a.all("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1)
                .split(";", 2)[0]).findFirst().orElse(null);
    }

    static RawHttp.Answer login(String user, List<String> headers) {
        List<String> h = new java.util.ArrayList<>(headers);
        h.add("Content-Type: application/x-www-form-urlencoded");
        return RawHttp.send("POST", "/j_security_check", h, "j_username=" + user + "&j_password=" + TestUsers.password(user));
    }

    @Test
    void urlsWithCommasAndSemicolonsAreAnsweredWithoutASession() {
        // item 9: these used to get no answer at all (the saved-URL cookie could not hold them)
        for (String target : List.of("/claims?q=a,b", "/claims?q=a;b", "/claims?q=%22x%22,y", "/claims?q=a\\b",
                "/articles?outlet=A,%20B", "/api/claims?q=a,b")) {
            RawHttp.Answer a = RawHttp.send("GET", target, List.of(), null);
            // a backslash is refused by the HTTP parser itself (400): also an answer
            assertTrue(a.status() == 302 || a.status() == 401 || a.status() == 400, target + " -> " + a.status());
        }
        for (String target : List.of("/claims;x", "/claims;jsessionid=1?q=a,b", "/api;x/claims")) {
            RawHttp.Answer a = RawHttp.send("GET", target, List.of(), null);
            assertTrue(a.status() >= 300 && a.status() < 500, target + " -> " + a.status());
        }
    }

    @Test
    void afterLoggingInTheSavedPageComesBackCommasIncluded() {
        RawHttp.Answer challenge = RawHttp.send("GET", "/claims?q=a,b&kind=TWEET", List.of(), null);
        assertEquals(302, challenge.status());
        assertTrue(challenge.header("Location").endsWith("/login"), challenge.header("Location"));
        String saved = cookieValue(challenge, "claimtrack-return");
        assertNotNull(saved, "the page is kept: " + challenge.headers());
        RawHttp.Answer in = login(TestUsers.VIEWER, List.of("Cookie: claimtrack-return=" + saved));
        assertEquals(302, in.status(), in.headers().toString());
        assertEquals("/claims?q=a,b&kind=TWEET", in.header("Location"));
        // without the cookie (or with a forged one pointing elsewhere) the landing page
        String evil = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("//evil.example/".getBytes());
        RawHttp.Answer forged = login(TestUsers.VIEWER, List.of("Cookie: claimtrack-return=" + evil));
        assertTrue(forged.header("Location").endsWith("/") && !forged.header("Location").contains("evil"),
                forged.header("Location"));
    }

    /** A browser session of the user: its session cookie and the CSRF cookie, as a Cookie header. */
    static String session(String user) {
        RawHttp.Answer in = login(user, List.of());
        String session = cookieValue(in, "claimtrack-session");
        assertNotNull(session, "logged in as " + user + ": " + in.headers());
        return "Cookie: claimtrack-session=" + session + "; claimtrack-sid=" + cookieValue(in, "claimtrack-sid")
                + "; claimtrack-csrf=csrf-token-of-the-browser-0123";
    }

    /** The same path spelled the ways a router might read differently from a path check. */
    static List<String> variants(String path) {
        String rest = path.substring("/api".length());
        return List.of("/api;x" + rest, "/api;" + rest, "/api;jsessionid=1" + rest, "/api%3Bx" + rest, "/api%3bx" + rest,
                path + ";x", "//api" + rest, "/./api" + rest, "/api/." + rest, "/x/../api" + rest, "/API" + rest,
                "/Api" + rest, "/api/" + rest, "/%61pi" + rest, "/api" + rest.replaceFirst("/(.)", "/%" + Integer.toHexString(rest.charAt(1))));
    }

    static RawHttp.Answer write(String cookies, AccessSuiteTest.Endpoint e, String target, String jsonBody) {
        List<String> h = new java.util.ArrayList<>(List.of(cookies));
        String body = null;
        String type = e.contentType();
        if (type != null && type.startsWith("multipart/")) {
            h.add("Content-Type: multipart/form-data; boundary=XyZ");
            body = "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                    + "Sneaky article, the attacker said.\r\n--XyZ--\r\n";
        } else if (type != null && type.contains("json")) {
            h.add("Content-Type: " + type);
            body = jsonBody;
        } else if (type != null) {
            h.add("Content-Type: " + type);
            body = "Sneaky article, the attacker said.";
        } else {
            body = "";
        }
        return RawHttp.send(e.method().toUpperCase(java.util.Locale.ROOT), target, h, body);
    }

    @Test
    void noSpellingOfAnApiPathSkipsTheCsrfCheck() {
        // item 1: with only the session cookie, every API write is refused however its path is written
        String cookies = session(TestUsers.ADMIN);
        int checked = 0;
        for (AccessSuiteTest.Endpoint e : AccessSuiteTest.endpoints(true)) {
            if (!e.api()) {
                continue;
            }
            String name = "csrf" + java.util.UUID.randomUUID().toString().substring(0, 8);
            String json = e.path().equals("/api/users")
                    ? "{\"username\":\"" + name + "\",\"password\":\"a long enough passphrase\",\"role\":\"admin\"}"
                    : e.path().endsWith("/password") ? "{\"password\":\"a long enough passphrase\"}" : "{}";
            String path = e.concretePath().replace("/users/1/", "/users/" + TestUsers.VIEWER + "/");
            RawHttp.Answer plain = write(cookies, e, path, json);
            assertEquals(403, plain.status(), e.key() + " without the CSRF header: " + plain.body());
            for (String v : variants(path)) {
                RawHttp.Answer a = write(cookies, e, v, json);
                assertTrue(a.status() == 400 || a.status() == 403 || a.status() == 404 || a.status() == 405,
                        e.key() + " as " + v + " -> " + a.status() + " " + a.body());
                checked++;
            }
            if (e.path().equals("/api/users")) {
                TestUsers.as(TestUsers.ADMIN).get("/api/users/" + name).then().statusCode(404);
            }
        }
        assertTrue(checked > 100, "every API write in every spelling: " + checked);
        // the check itself still lets the right request through
        RawHttp.Answer ok = RawHttp.send("POST", "/api/extract", List.of(cookies,
                "X-CSRF-Token: csrf-token-of-the-browser-0123", "Content-Type: text/plain"), "The minister said it rained.");
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void aLoginPostedFromAnotherOriginIsRefused() {
        // item 6: login CSRF
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        for (List<String> h : List.of(List.of("Origin: http://evil.example"), List.of("Origin: null"),
                List.of("Origin: http://localhost:1"), List.of("Referer: http://evil.example/form"),
                List.of("Sec-Fetch-Site: cross-site"), List.of("Sec-Fetch-Site: same-site", "Origin: " + self))) {
            RawHttp.Answer a = login(TestUsers.VIEWER, h);
            assertEquals(403, a.status(), h + ": " + a.headers());
            assertEquals(null, cookieValue(a, "claimtrack-session"), "no session for " + h);
        }
        RawHttp.Answer other = RawHttp.send("POST", "/x/j_security_check", List.of("Origin: http://evil.example",
                "Content-Type: application/x-www-form-urlencoded"), "j_username=vera&j_password=" + TestUsers.password("vera"));
        assertEquals(403, other.status(), "any path Quarkus takes for the login");
        for (List<String> h : List.of(List.<String>of(), List.of("Origin: " + self), List.of("Referer: " + self + "/login"),
                List.of("Sec-Fetch-Site: same-origin", "Origin: " + self))) {
            RawHttp.Answer a = login(TestUsers.VIEWER, h);
            assertEquals(302, a.status(), h.toString());
            assertNotNull(cookieValue(a, "claimtrack-session"), "logged in with " + h);
        }
    }

    @Test
    void viewersAreRefusedImportsBeforeAnyContentCheck() {
        // item 8, and item 12's last point: /api/imports is editor-only like the page
        for (String[] r : new String[][] {{"POST", "/import", "text/plain"}, {"POST", "/import", "application/json"},
                {"POST", "/api/imports", "text/plain"}, {"POST", "/api/imports/url", "text/plain"}, {"GET", "/api/imports", null},
                {"GET", "/api/imports/1", null}, {"GET", "/import", null}, {"GET", "/imports/1", null}}) {
            List<String> h = new java.util.ArrayList<>(List.of("Authorization: Basic " + java.util.Base64.getEncoder()
                    .encodeToString((TestUsers.VIEWER + ":" + TestUsers.password(TestUsers.VIEWER)).getBytes())));
            if (r[2] != null) {
                h.add("Content-Type: " + r[2]);
            }
            RawHttp.Answer a = RawHttp.send(r[0], r[1], h, r[2] == null ? null : "x");
            assertEquals(403, a.status(), r[0] + " " + r[1] + " " + r[2] + ": " + a.body());
        }
        TestUsers.as(TestUsers.EDITOR).get("/api/imports").then().statusCode(200);
    }

    static String sid(RawHttp.Answer login) {
        return "Cookie: claimtrack-session=" + cookieValue(login, "claimtrack-session") + "; claimtrack-sid="
                + cookieValue(login, "claimtrack-sid") + "; claimtrack-csrf=csrf-token-of-the-browser-0123";
    }

    @Test
    void logoutAndAPasswordResetEndTheSessionEverywhere() {
        String name = "s" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String pass = "first long passphrase";
        TestUsers.as(TestUsers.ADMIN).contentType("application/json")
                .body(java.util.Map.of("username", name, "password", pass, "role", "viewer")).post("/api/users").then().statusCode(201);
        java.util.function.Supplier<String> session = () -> sid(RawHttp.send("POST", "/j_security_check",
                List.of("Content-Type: application/x-www-form-urlencoded"), "j_username=" + name + "&j_password=" + pass.replace(' ', '+')));
        String first = session.get();
        String second = session.get();
        assertEquals(200, RawHttp.send("GET", "/api/articles?limit=1", List.of(first), null).status());
        assertEquals(200, RawHttp.send("GET", "/api/articles?limit=1", List.of(second), null).status());
        // the session cookie without its key is no session
        String bare = first.replaceAll("; claimtrack-sid=[^;]+", "");
        assertEquals(401, RawHttp.send("GET", "/api/articles?limit=1", List.of(bare), null).status());
        RawHttp.Answer out = RawHttp.send("POST", "/logout", List.of(first, "Content-Type: application/x-www-form-urlencoded"),
                "csrf=csrf-token-of-the-browser-0123");
        assertEquals(303, out.status(), out.body());
        // a copy of the cookies kept from before the logout, and the user's other browser, are both out
        for (String old : List.of(first, second)) {
            RawHttp.Answer api = RawHttp.send("GET", "/api/articles?limit=1", List.of(old), null);
            assertEquals(401, api.status(), api.body());
            RawHttp.Answer page = RawHttp.send("GET", "/claims", List.of(old), null);
            assertEquals(302, page.status());
            assertEquals("/login", page.header("Location"));
            assertTrue(page.all("Set-Cookie").stream().anyMatch(c -> c.startsWith("claimtrack-session=;")
                    || c.startsWith("claimtrack-session=\"\"") || c.startsWith("claimtrack-session=") && c.contains("Max-Age=0")),
                    page.all("Set-Cookie").toString());
        }
        String again = session.get();
        assertEquals(200, RawHttp.send("GET", "/api/articles?limit=1", List.of(again), null).status());
        TestUsers.as(TestUsers.ADMIN).contentType("application/json").body(java.util.Map.of("password", "second long passphrase"))
                .put("/api/users/" + name + "/password").then().statusCode(204);
        assertEquals(401, RawHttp.send("GET", "/api/articles?limit=1", List.of(again), null).status(), "reset ends it");
    }

    @Test
    void weakPasswordsAreRefusedByTheApi() {
        for (String weak : List.of("password", "Password2024!", "short", "qwertyuiop", "aaaaaaaaaaaa")) {
            TestUsers.as(TestUsers.ADMIN).contentType("application/json")
                    .body(java.util.Map.of("username", "w" + Math.abs(weak.hashCode()), "password", weak, "role", "viewer"))
                    .post("/api/users").then().statusCode(422);
        }
    }

    @Test
    void httpsBehindAProxyGetsSecureCookiesAndHsts() {
        RawHttp.Answer tls = RawHttp.send("GET", "/login", List.of("X-Forwarded-Proto: https"), null);
        assertEquals(200, tls.status());
        assertTrue(tls.all("Set-Cookie").stream().filter(c -> c.startsWith("claimtrack-csrf=")).allMatch(c -> c.contains("Secure")),
                tls.all("Set-Cookie").toString());
        assertEquals("max-age=31536000", tls.header("Strict-Transport-Security"));
        RawHttp.Answer in = login(TestUsers.VIEWER, List.of("X-Forwarded-Proto: https"));
        for (String c : in.all("Set-Cookie")) {
            assertTrue(c.contains("Secure"), c);
        }
        RawHttp.Answer plain = RawHttp.send("GET", "/login", List.of(), null);
        assertEquals(null, plain.header("Strict-Transport-Security"));
        assertTrue(plain.all("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")), plain.all("Set-Cookie").toString());
    }

    @Test
    void redirectsNeverNameTheHostHeader() {
        List<String> evil = List.of("Host: evil.example");
        RawHttp.Answer a = RawHttp.send("GET", "/claims", evil, null);
        assertEquals(302, a.status());
        assertEquals("/login", a.header("Location"));
        RawHttp.Answer in = login(TestUsers.VIEWER, evil);
        assertEquals(302, in.status());
        assertEquals("/", in.header("Location"));
        String basic = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-pass".getBytes());
        String name = "h" + java.util.UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Answer created = RawHttp.send("POST", "/api/users", List.of("Host: evil.example", basic,
                "Content-Type: application/json"), "{\"username\":\"" + name + "\",\"password\":\"a long enough passphrase\","
                + "\"role\":\"viewer\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("/api/users/" + name, created.header("Location"));
    }

    @Test
    void onlyBasicClientsAreEverChallengedForBasic() {
        RawHttp.Answer page = RawHttp.send("GET", "/claims", List.of(), null);
        assertEquals(null, page.header("WWW-Authenticate"));
        RawHttp.Answer api = RawHttp.send("GET", "/api/articles", List.of(), null);
        assertEquals(401, api.status());
        // no browser prompt for the API either: a 401 names Bearer, which browsers never prompt for
        assertEquals("Bearer realm=\"claimtrack\"", api.header("WWW-Authenticate"));
        assertTrue(api.body().contains("\"error\":\"authentication required"), api.body());
        String wrong = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("vera:wrong-password".getBytes());
        RawHttp.Answer script = RawHttp.send("GET", "/api/articles", List.of(wrong), null);
        assertEquals(401, script.status());
        assertTrue(String.valueOf(script.header("WWW-Authenticate")).startsWith("Basic"), "a Basic client is told");
        assertTrue(script.body().contains("\"error\""), "in the API's error shape: " + script.body());
        RawHttp.Answer token = RawHttp.send("GET", "/api/articles", List.of("Authorization: Bearer ct_not-a-token"), null);
        assertEquals(401, token.status());
        assertTrue(String.valueOf(token.header("WWW-Authenticate")).startsWith("Bearer realm=\"claimtrack\", error=\"invalid_token\""),
                String.valueOf(token.header("WWW-Authenticate")));
        assertTrue(token.body().contains("token is not valid"), token.body());
        RawHttp.Answer pageWrong = RawHttp.send("GET", "/claims", List.of(wrong), null);
        assertEquals(302, pageWrong.status());
        assertEquals("/login", pageWrong.header("Location"));
        assertEquals(null, pageWrong.header("WWW-Authenticate"));
        // Basic credentials a browser learnt do not let another site's page write
        String right = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                (TestUsers.VIEWER + ":" + TestUsers.password(TestUsers.VIEWER)).getBytes());
        for (String h : List.of("Origin: http://evil.example", "Sec-Fetch-Site: cross-site")) {
            RawHttp.Answer x = RawHttp.send("POST", "/api/extract", List.of(right, h, "Content-Type: text/plain"), "The mayor said so.");
            assertEquals(403, x.status(), h + ": " + x.body());
        }
        assertEquals(200, RawHttp.send("POST", "/api/extract", List.of(right, "Content-Type: text/plain"), "The mayor said so.").status());
    }
}
