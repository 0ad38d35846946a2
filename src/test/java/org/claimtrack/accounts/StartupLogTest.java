package org.claimtrack.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.claimtrack.cli.ClaimtrackCli;
import org.claimtrack.testing.TestUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * What a newcomer and an operator read in the log (the suite's log is also in target/quarkus-test.log):
 * never the session key, a word when CLAIMTRACK_ADMIN_PASSWORD is ignored, and a command-line reset.
 */
@QuarkusTest
class StartupLogTest {

    static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    AccountService accounts;

    @Test
    void theLogNeverHoldsTheSessionKey() throws Exception {
        // a form login, so that the form mechanism and its key are surely in use
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.VIEWER).formParam("j_password", TestUsers.password(TestUsers.VIEWER))
                .post("/j_security_check").then().statusCode(302);
        String key = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
        assertTrue(key.length() >= 32, "a generated key");
        String log = Files.readString(LOG);
        assertFalse(log.contains("temporary key"), "Quarkus made and printed a temporary key");
        assertFalse(log.contains(key), "the log holds the session key");
    }

    @Test
    void aPasswordGivenWhenTheAdminExistsIsSaidToBeIgnored() throws Exception {
        accounts.createFirstAdmin(null);
        assertTrue(Files.readString(LOG).contains("admin exists; CLAIMTRACK_ADMIN_PASSWORD ignored"));
    }

    @Test
    void resetPasswordFromTheCommandLine() {
        String name = "r" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "old-passphrase-of-dora", "viewer");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ClaimtrackCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("reset-password", name, "--password", "new-passphrase-of-dora", "--jdbc-url", url,
                "--db-user", "postgres", "--db-password", "postgres");
        assertEquals(0, exit, err.toString());
        assertEquals("Password of '" + name + "' changed", out.toString().strip());
        given().auth().preemptive().basic(name, "new-passphrase-of-dora").get("/api/claims?limit=1").then().statusCode(200);
        given().auth().preemptive().basic(name, "old-passphrase-of-dora").get("/api/claims?limit=1").then().statusCode(401);

        err.getBuffer().setLength(0);
        assertEquals(2, cl.execute("reset-password", "nobody-" + name, "--password", "new-passphrase-of-dora", "--jdbc-url", url,
                "--db-user", "postgres", "--db-password", "postgres"));
        assertTrue(err.toString().startsWith("claimtrack: no user 'nobody-" + name + "' (users: "), err.toString());
    }
}
