package org.claimtrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/claimtrack on the packaged app (after {@code package}, so it runs {@code java -jar quarkus-run.jar COMMAND}):
 * run from another folder, relative paths are that folder's, arguments with spaces and quotes stay whole, and
 * errors are one line with the documented exit code.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of(System.getProperty("user.dir"), "bin", "claimtrack").toAbsolutePath();

    @TempDir
    static Path tmp;
    static Path cwd;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void folder() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("a folder with spaces"));
        Files.writeString(cwd.resolve("my article.txt"), "Officials said that the rockets hit the base.\n");
    }

    static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bin/claimtrack did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void extractsAFileNamedRelativeToTheCallersFolder() throws Exception {
        Run r = run("extract", "my article.txt", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"extractor\":"), r.out());
        assertTrue(r.out().contains("the rockets hit the base"), r.out());
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2() throws Exception {
        Run r = run("extract", "missing.txt");
        assertEquals(2, r.exit());
        assertEquals("claimtrack: no such file or folder: missing.txt", r.err().strip());
    }

    @Test
    void argumentsWithSpacesAndQuotesStayWhole() throws Exception {
        Run r = run("import", "--outlet", "Daily Example", "--password", "it's \"quoted\"", "--url", "http://127.0.0.1:1",
                "my article.txt");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("Cannot reach claimtrack at http://127.0.0.1:1"), r.err());
        assertFalse(r.err().contains("No such file"), r.err());
    }
}
