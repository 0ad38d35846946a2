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
        return "Cookie: claimtrack-session=" + session + "; claimtrack-csrf=csrf-token-of-the-browser-0123";
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
}
