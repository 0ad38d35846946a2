package org.claimtrack.accounts;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.RawHttp;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The identity cache (AccountCache, one second) never outlives a change made on this instance: right after
 * a logout, a disable, a password reset, a role change or a token revoke, the very next request (well
 * within the second, with the cache warm from the request before) sees it.
 */
@QuarkusTest
class AccountCacheTest {

    static final String CSRF = "csrf-token-of-the-browser-0123";
    static final String PAGE = "/api/articles?limit=1";

    static String newUser(String role) {
        String name = "c" + UUID.randomUUID().toString().substring(0, 8);
        as(TestUsers.ADMIN).contentType("application/json")
                .body(Map.of("username", name, "password", name + " long passphrase", "role", role)).post("/api/users")
                .then().statusCode(201);
        return name;
    }

    static String session(String name) {
        RawHttp.Answer login = RawHttp.send("POST", "/j_security_check", List.of("Content-Type: application/x-www-form-urlencoded"),
                "j_username=" + name + "&j_password=" + (name + " long passphrase").replace(' ', '+'));
        return "Cookie: claimtrack-session=" + cookie(login, "claimtrack-session") + "; claimtrack-sid="
                + cookie(login, "claimtrack-sid") + "; claimtrack-csrf=" + CSRF;
    }

    static String cookie(RawHttp.Answer a, String name) {
        return a.all("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1)
                .split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + ": " + a.headers()));
    }

    static int get(String path, String cookies) {
        return RawHttp.send("GET", path, List.of(cookies), null).status();
    }

    /** A few requests so the cache surely holds the account when the change comes. */
    static void warm(String path, String cookies, int expected) {
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, get(path, cookies));
        }
    }

    @Test
    void aLogoutEndsTheSessionAtOnce() {
        String s = session(newUser("viewer"));
        warm(PAGE, s, 200);
        assertEquals(303, RawHttp.send("POST", "/logout", List.of(s, "Content-Type: application/x-www-form-urlencoded"),
                "csrf=" + CSRF).status());
        assertEquals(401, get(PAGE, s), "the session ended with the logout, not a second later");
    }

    @Test
    void aDisableRefusesTheSessionAndTokensAtOnce() {
        String name = newUser("viewer");
        String s = session(name);
        warm(PAGE, s, 200);
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("disabled", true)).put("/api/users/" + name + "/disabled")
                .then().statusCode(200);
        assertNotEquals(200, get(PAGE, s), "a disabled account's session is refused at once");
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("disabled", false)).put("/api/users/" + name + "/disabled")
                .then().statusCode(200);
    }

    @Test
    void aPasswordResetEndsTheSessionAtOnce() {
        String name = newUser("viewer");
        String s = session(name);
        warm(PAGE, s, 200);
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("password", "another long passphrase"))
                .put("/api/users/" + name + "/password").then().statusCode(204);
        assertEquals(401, get(PAGE, s), "the reset ended the session at once");
    }

    @Test
    void aRoleChangeCountsAtOnce() {
        String name = newUser("viewer");
        String s = session(name);
        warm("/api/imports", s, 403);
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("role", "editor")).put("/api/users/" + name + "/role")
                .then().statusCode(200);
        assertEquals(200, get("/api/imports", s), "the new role counts on the next request");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndADisabledOwnersTokenToo() {
        String name = newUser("viewer");
        String s = session(name);
        RawHttp.Answer made = RawHttp.send("POST", "/api/tokens", List.of(s, "Content-Type: application/json",
                "X-CSRF-Token: " + CSRF), "{\"name\":\"cache test\"}");
        assertEquals(201, made.status(), made.body());
        String token = made.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long id = Long.parseLong(made.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        String bearer = "Authorization: Bearer " + token;
        for (int i = 0; i < 3; i++) {
            assertEquals(200, RawHttp.send("GET", PAGE, List.of(bearer), null).status());
        }
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("disabled", true)).put("/api/users/" + name + "/disabled")
                .then().statusCode(200);
        assertEquals(401, RawHttp.send("GET", PAGE, List.of(bearer), null).status(), "a disabled owner's token is refused at once");
        as(TestUsers.ADMIN).contentType("application/json").body(Map.of("disabled", false)).put("/api/users/" + name + "/disabled")
                .then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, RawHttp.send("GET", PAGE, List.of(bearer), null).status());
        }
        RawHttp.Answer revoked = RawHttp.send("DELETE", "/api/tokens/" + id, List.of(bearer), null);
        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(401, RawHttp.send("GET", PAGE, List.of(bearer), null).status(), "a revoked token is refused at once");
    }
}
