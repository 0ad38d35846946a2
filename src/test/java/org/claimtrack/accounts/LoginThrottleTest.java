package org.claimtrack.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Repeated wrong passwords for one account from one client: free at first, then slower, then 429 with
 * Retry-After (Basic and form login alike); a success resets; other accounts and clients go on; the log
 * names the account and never the password.
 */
@QuarkusTest
class LoginThrottleTest {

    static final String PASSWORD = "right-password-1";

    @Inject
    AccountService accounts;

    @TestHTTPResource("/")
    URL app;

    String newUser() {
        String n = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(n, PASSWORD, "viewer");
        return n;
    }

    static Response basic(String user, String password) {
        return given().auth().preemptive().basic(user, password).get("/api/tokens");
    }

    @Test
    void basicFailuresSlowDownThenGet429AndOthersAreUnaffected() throws Exception {
        String u = newUser();
        String other = newUser();
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            long t0 = System.nanoTime();
            assertEquals(401, basic(u, "wrong-" + i).statusCode(), "failure " + i);
            millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        // the waits are timers of at least first-delay (50 ms in tests) from the 4th failure on
        for (int i = 3; i < 10; i++) {
            assertTrue(millis.get(i) >= 45, "failure " + (i + 1) + " waited: " + millis);
        }
        Response locked = basic(u, "wrong-11");
        assertEquals(429, locked.statusCode());
        long retry = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retry > 0 && retry <= 300, "Retry-After " + retry);
        assertTrue(locked.asString().contains("too many failed logins"), locked.asString());
        // even the right password waits out the lockout
        assertEquals(429, basic(u, PASSWORD).statusCode());
        // another account from the same client is unaffected
        assertEquals(200, basic(other, PASSWORD).statusCode());
        // the same account from another client address is unaffected
        assertEquals(200, rawBasicFrom("127.0.0.2", u, PASSWORD));
    }

    @Test
    void aSuccessResetsTheCount() {
        String u = newUser();
        for (int i = 0; i < 6; i++) {
            assertEquals(401, basic(u, "wrong").statusCode());
        }
        assertEquals(200, basic(u, PASSWORD).statusCode());
        for (int i = 0; i < 9; i++) {
            assertEquals(401, basic(u, "wrong").statusCode(), "failure " + (i + 1) + " after the success");
        }
        assertEquals(200, basic(u, PASSWORD).statusCode());
    }

    @Test
    void formLoginIsThrottledToo() {
        String u = newUser();
        for (int i = 0; i < 10; i++) {
            Response r = form(u, "wrong");
            assertEquals(302, r.statusCode());
            assertTrue(r.header("Location").contains("error"), r.header("Location"));
        }
        Response locked = form(u, PASSWORD);
        assertEquals(429, locked.statusCode());
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
        assertTrue(locked.asString().contains("Too many failed logins"), locked.asString());
        assertTrue(locked.getCookie("claimtrack-session") == null, "no session for a throttled login");
        String other = newUser();
        assertEquals(302, form(other, PASSWORD).statusCode());
        assertTrue(form(other, PASSWORD).getCookie("claimtrack-session") != null);
    }

    @Test
    void failuresAreLoggedWithoutThePassword() {
        String u = newUser();
        List<String> lines = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(PasswordIdentityProvider.class.getName());
        log.addHandler(h);
        try {
            assertEquals(401, basic(u, "secret-guess-42").statusCode());
        } finally {
            log.removeHandler(h);
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains(u) && all.contains("login failed"), all);
        assertFalse(all.contains("secret-guess-42"), all);
    }

    static Response form(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    /** One Basic request from the given local address, so that the server sees another client. */
    int rawBasicFrom(String localAddress, String user, String password) throws Exception {
        try (Socket s = new Socket(InetAddress.getByName(app.getHost()), app.getPort(), InetAddress.getByName(localAddress), 0)) {
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/tokens HTTP/1.1\r\nHost: " + app.getHost() + "\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
