package org.claimtrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a command's exception becomes: one line on stderr and an exit code, so that a missing file is
 * "claimtrack: no such file or folder: x.txt" and not a stack trace. {@code CLAIMTRACK_DEBUG=1} adds the trace.
 */
public final class CliErrors {

    /** Done, nothing failed. */
    public static final int OK = 0;
    /** Done, but some items failed (import), or an unexpected internal error. */
    public static final int PARTIAL = 1;
    /** Nothing done: bad arguments, a missing or unreadable file, a server that cannot be reached or refuses. */
    public static final int INPUT = 2;

    private CliErrors() {
    }

    static int handle(Exception e, CommandLine cl, ParseResult parsed) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        boolean input = t instanceof IOException || t instanceof IllegalArgumentException;
        cl.getErr().println("claimtrack: " + message(t));
        if (System.getenv("CLAIMTRACK_DEBUG") != null) {
            t.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return input ? INPUT : PARTIAL;
    }

    static String message(Throwable t) {
        if (t instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (t instanceof NotDirectoryException d) {
            return "not a folder: " + d.getFile();
        }
        if (t instanceof java.nio.charset.MalformedInputException) {
            return "a file is not valid UTF-8 text";
        }
        String m = t.getMessage();
        if (t instanceof IOException || t instanceof IllegalArgumentException) {
            return m == null ? t.getClass().getSimpleName() : m;
        }
        return "unexpected error: " + t + " (CLAIMTRACK_DEBUG=1 prints the stack trace)";
    }
}
