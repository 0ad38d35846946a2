package org.claimtrack.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

@QuarkusTest
class ImportCommandTest {

    @TestHTTPResource("/")
    java.net.URL app;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ImportCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsAFolderFollowsTheJobAndIsIdempotent(@TempDir Path dir) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Path sub = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(sub.resolve("p" + i + ".html"), "<html><head><title>CLI page " + i + " " + u + "</title></head>"
                    + "<body><nav>Home</nav><article><p>CLI article " + i + " " + u + ", the agency said.</p></article></body></html>");
        }
        Files.write(dir.resolve("broken.txt"), new byte[] {'a', (byte) 0xff, 'b'});
        Files.writeString(dir.resolve("notes.md"), "ignored: not an importable type");
        Files.writeString(dir.resolve("lines.jsonl"), "{\"title\":\"CLI json " + u + "\",\"text\":\"CLI json line " + u + ".\"}\n",
                StandardCharsets.UTF_8);
        String base = app.toString().replaceAll("/$", "");
        String[] args = {"--url", base, "--user", TestUsers.EDITOR, "--password", TestUsers.password(TestUsers.EDITOR),
            "--outlet", "CLI Outlet", dir.toString()};

        Run first = run(args);
        assertEquals(1, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("Imported 4, already there 0, failed 1 of 5"), first.out());
        assertTrue(first.out().contains("failed: " + dir.resolve("broken.txt") + ": the body is not valid UTF-8"), first.out());
        assertTrue(first.out().contains("[##############################] 100% 5/5"), first.out());

        Run again = run(args);
        assertTrue(again.out().contains("Imported 0, already there 4, failed 1 of 5"), again.out());

        TestUsers.as(TestUsers.VIEWER).queryParam("q", u).get("/api/articles").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(4))
                .body("outlet", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("CLI Outlet")));
    }

    @Test
    void clearErrorsForWrongPasswordMissingFilesAndAViewer(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Some text.");
        String base = app.toString().replaceAll("/$", "");
        Run wrong = run("--url", base, "--user", TestUsers.EDITOR, "--password", "nope", dir.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("wrong user or password"), wrong.err());
        Run viewer = run("--url", base, "--user", TestUsers.VIEWER, "--password", TestUsers.password(TestUsers.VIEWER),
                dir.toString());
        assertEquals(2, viewer.exit());
        assertTrue(viewer.err().contains("may not import"), viewer.err());
        Run missing = run("--url", base, "--password", "x", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("No such file or folder"), missing.err());
        Run down = run("--url", "http://127.0.0.1:1", "--password", "x", dir.toString());
        assertEquals(2, down.exit());
        assertTrue(down.err().contains("Cannot reach claimtrack"), down.err());
    }

    @Test
    void importsWithAnApiTokenInsteadOfAPassword(@TempDir Path dir) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(dir.resolve("t.txt"), "Token import " + u + ", the ministry said on Monday.");
        String token = TestUsers.as(TestUsers.EDITOR).contentType("application/json").body("{\"name\": \"cli " + u + "\"}")
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        String base = app.toString().replaceAll("/$", "");
        Run ok = run("--url", base, "--token", token, dir.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("Imported 1, already there 0, failed 0 of 1"), ok.out());
        Run revoked = run("--url", base, "--token", token + "x", dir.toString());
        assertEquals(2, revoked.exit());
        assertTrue(revoked.err().contains("unknown or revoked token"), revoked.err());
    }

    @Test
    void anOutletWithSpacesAndQuotesArrivesWhole(@TempDir Path dir) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String outlet = "Daily Example \"Evening\" Edition's " + u;
        Files.writeString(dir.resolve("a.txt"), "Outlet test " + u + ", the agency said.");
        String base = app.toString().replaceAll("/$", "");
        Run r = run("--url", base, "--user", TestUsers.EDITOR, "--password", TestUsers.password(TestUsers.EDITOR),
                "--outlet", outlet, dir.resolve("a.txt").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        TestUsers.as(TestUsers.VIEWER).queryParam("q", u).get("/api/articles").then().statusCode(200)
                .body("outlet", org.hamcrest.Matchers.contains(outlet));
    }

    @Test
    void progressBar() {
        assertEquals("[###############...............]  50% 5/10  imported 3  skipped 1  failed 1",
                ImportCommand.bar(10, 3, 1, 1, 5));
        assertEquals("[..............................]   0% 0/4  imported 0  skipped 0  failed 0",
                ImportCommand.bar(4, 0, 0, 0, 4));
    }
}
