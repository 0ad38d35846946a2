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

    Compare compare();

    interface Admin {
        @WithDefault("admin")
        String user();

        /** Empty: a password is generated and printed once. */
        Optional<String> password();
    }

    /** The fact-checking organisation named as author in ClaimReview exports. */
    interface Organisation {
        @WithDefault("claimtrack newsroom")
        String name();

        @WithDefault("http://localhost:8080/")
        String url();
    }

    /** Grouping of claims that state the same thing across articles (docs/compare.md has the measurement). */
    interface Compare {
        /** pg_trgm similarity at or above which two claims of different articles are one group. */
        @WithDefault("0.5")
        double similarityThreshold();

        /** Claims shorter than this many words are not grouped ("More details awaited."). */
        @WithDefault("5")
        int minWords();

        /** Compute groups for a new article right after ingest. */
        @WithDefault("true")
        boolean groupAtIngest();
    }
}
