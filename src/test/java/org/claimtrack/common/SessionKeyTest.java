package org.claimtrack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session key: configured, else kept in a private file, else made for one run. */
class SessionKeyTest {

    @Test
    void theConfiguredKeyWins(@TempDir Path dir) {
        assertEquals("a-configured-key-of-32-characters", SessionKeyConfigSource.resolve("a-configured-key-of-32-characters",
                dir.resolve("session-key")));
        assertFalse(Files.exists(dir.resolve("session-key")));
    }

    @Test
    void aGeneratedKeyIsKeptPrivatelyAndReadAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/session-key");
        String key = SessionKeyConfigSource.resolve(" ", file);
        assertTrue(key.length() >= 32, key.length() + " characters");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, SessionKeyConfigSource.resolve(null, file), "a restart keeps the key");
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aTooShortKeptKeyIsReplaced(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("session-key"), "short\n");
        String key = SessionKeyConfigSource.resolve(null, file);
        assertTrue(key.length() >= 32);
        assertEquals(key, Files.readString(file).strip());
    }

    @Test
    void anUnwritableFolderStillGivesAKeyForThisRun(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        String a = SessionKeyConfigSource.resolve(null, notAFolder.resolve("session-key"));
        String b = SessionKeyConfigSource.resolve(null, null);
        assertTrue(a.length() >= 32 && b.length() >= 32);
        assertNotEquals(a, b);
    }
}
