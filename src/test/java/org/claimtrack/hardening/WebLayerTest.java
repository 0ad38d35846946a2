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
}
