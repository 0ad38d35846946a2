package org.claimtrack.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "claimtrack")
public interface ClaimtrackConfig {

    /** Largest article body accepted, in bytes (413 above it). */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Folder of seed articles ingested on start (idempotent). */
    @WithDefault("seeds")
    String seedsDir();

    @WithDefault("true")
    boolean loadSeeds();

    Admin admin();

    Organisation organisation();

    Export export();

    interface Admin {
        @WithDefault("admin")
        String user();

        /** Empty: a password is generated and printed once. */
        Optional<String> password();

        /** bcrypt cost (log2 rounds) for new password hashes; every Basic request pays it once. */
        @WithDefault("10")
        int hashCost();
    }

    /** The fact-checking organisation named as author in ClaimReview exports. */
    interface Organisation {
        @WithDefault("claimtrack newsroom")
        String name();

        @WithDefault("http://localhost:8080/")
        String url();
    }

    /** Exports and the brat import (org.claimtrack.export). */
    interface Export {
        /** Rows fetched from PostgreSQL per round trip of the export cursor. */
        @WithDefault("1000")
        int fetchSize();

        /** Largest brat zip accepted by POST /api/import/brat, in bytes (413 above it). */
        @WithDefault("10485760")
        int importMaxBytes();

        /** Most entries a brat zip may hold. */
        @WithDefault("2000")
        int importMaxEntries();

        /** Most bytes a brat zip may expand to, all entries together (zip bombs stop here). */
        @WithDefault("104857600")
        long importMaxUncompressedBytes();
    }
}
