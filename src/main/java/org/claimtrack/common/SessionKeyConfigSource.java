package org.claimtrack.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.jboss.logging.Logger;

/**
 * The key that encrypts session cookies ({@code quarkus.http.auth.session.encryption-key}). Quarkus,
 * given none, makes a temporary one and prints it in the log, where anyone who reads logs could forge
 * sessions with it. So the key always comes from here: {@code CLAIMTRACK_SESSION_KEY} when set, else a
 * random key kept in {@code CLAIMTRACK_SESSION_KEY_FILE} (default {@code data/session-key}, mode 600) so
 * that a restart keeps sessions, else, when that file cannot be written, a random key for this run.
 * The key itself is never logged. Low ordinal: {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY} still wins.
 */
public class SessionKeyConfigSource extends LookupOnlyConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final Logger LOG = Logger.getLogger(SessionKeyConfigSource.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static String key;

    @Override
    public int getOrdinal() {
        return 20;
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? key() : null;
    }

    @Override
    public String getName() {
        return "claimtrack-session-key";
    }

    /** Looked up lazily, so a build never writes a key file. */
    static synchronized String key() {
        if (key == null) {
            String file = System.getenv().getOrDefault("CLAIMTRACK_SESSION_KEY_FILE",
                    System.getProperty("ct.session-key-file", "data/session-key"));
            key = resolve(System.getenv("CLAIMTRACK_SESSION_KEY"), file.isBlank() ? null : Path.of(file));
        }
        return key;
    }

    /** The configured key, or the one kept in {@code file} (created when missing), or a key for this run. */
    static String resolve(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (file == null) {
            LOG.info("Session key generated for this run (CLAIMTRACK_SESSION_KEY_FILE is empty): logins end at restart");
            return generate();
        }
        try {
            String kept = read(file);
            if (kept != null) {
                return kept;
            }
            String fresh = generate();
            write(file, fresh);
            LOG.infof("Session key generated and kept in %s (readable by this user only); set CLAIMTRACK_SESSION_KEY"
                    + " to share one key between instances", file.toAbsolutePath());
            return fresh;
        } catch (FileAlreadyExistsException e) {
            // another instance created it a moment ago
            String kept = readQuietly(file);
            return kept != null ? kept : generate();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Session key generated for this run only (cannot keep it in %s: %s): logins end at restart;"
                    + " set CLAIMTRACK_SESSION_KEY to keep them", file.toAbsolutePath(), e.getMessage());
            return generate();
        }
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The kept key, or null when there is none (or one too short to use, which is then replaced). */
    private static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (kept.length() >= 16) {
            return kept;
        }
        Files.delete(file);
        return null;
    }

    private static String readQuietly(Path file) {
        try {
            return read(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Written to a private temporary file first, then moved into place: never readable by others, never half written. */
    private static void write(Path file, String value) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".session-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            tmp = Files.createTempFile(dir, ".session-key", ".tmp");
        }
        try {
            Files.writeString(tmp, value + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
