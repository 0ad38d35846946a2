package org.claimtrack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the browser on machines other than Debian: names on the PATH, a configured path, a clear message. */
class ChromiumTest {

    static Path executable(Path dir, String name) throws Exception {
        Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void findsTheUsualNamesOnThePath(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path chrome = executable(bin, "google-chrome-stable");
        assertEquals(Optional.of(chrome), Chromium.find(null, "/nonexistent:" + bin));
        Path chromium = executable(bin, "chromium-browser");
        assertEquals(Optional.of(chromium), Chromium.find("", bin.toString()), "chromium-browser comes before Chrome");
    }

    @Test
    void aConfiguredPathWinsAndMustBeExecutable(@TempDir Path dir) throws Exception {
        Path mine = executable(dir, "my-chrome");
        assertEquals(Optional.of(mine), Chromium.find(mine.toString(), "/usr/bin"));
        assertEquals(Optional.empty(), Chromium.find(dir.resolve("nope").toString(), "/usr/bin"));
        assertTrue(Chromium.missing(dir.resolve("nope").toString()).contains("not an executable file"));
    }

    @Test
    void theMessageSaysWhatWasLookedFor() {
        String m = Chromium.missing(null);
        assertTrue(m.contains("chromium-browser") && m.contains("/snap/bin/chromium") && m.contains("CHROMIUM_PATH"), m);
    }
}
