package org.claimtrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line's errors: one line each, with the documented exit code, before any model loads. */
class ClaimtrackCliTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ClaimtrackCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static void assertOneLine(String expected, Run r) {
        assertEquals(expected + System.lineSeparator(), r.err(), "stderr");
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path there = Files.writeString(dir.resolve("there.txt"), "He said it.");
        Path missing = dir.resolve("not here.txt");
        Run r = run("extract", there.toString(), missing.toString());
        assertEquals(CliErrors.INPUT, r.exit());
        assertOneLine("claimtrack: no such file or folder: " + missing, r);
        assertEquals("", r.out());
    }

    @Test
    void foldersAndFilesMixedUpAreOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        Run score = run("score", file.toString());
        assertEquals(CliErrors.INPUT, score.exit());
        assertOneLine("claimtrack: not a folder: " + file, score);
        Run bench = run("bench", dir.resolve("nope").toString());
        assertOneLine("claimtrack: no such file or folder: " + dir.resolve("nope"), bench);
        Run extract = run("extract", dir.toString());
        assertOneLine("claimtrack: a folder, not a file: " + dir, extract);
    }

    @Test
    void usageErrorsAreExitCode2() {
        Run r = run("extract");
        assertEquals(CliErrors.INPUT, r.exit());
        assertTrue(r.err().startsWith("Missing required parameter"), r.err());
        assertEquals(CliErrors.INPUT, run("frobnicate").exit());
    }

    @Test
    void anUnexpectedErrorSaysSoInOneLine() {
        String m = CliErrors.message(new IllegalStateException("boom"));
        assertEquals("unexpected error: java.lang.IllegalStateException: boom (CLAIMTRACK_DEBUG=1 prints the stack trace)", m);
    }

    @Test
    void thePackagedAppRunsTheCommandLineOnlyForACommand() {
        assertTrue(Main.isCommand("extract"));
        assertTrue(Main.isCommand("reset-password"));
        assertTrue(Main.isCommand("--help"));
        assertTrue(Main.isCommand("help"));
        assertFalse(Main.isCommand("-Dquarkus.http.port=9000"));
    }
}
