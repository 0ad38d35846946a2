package org.claimtrack.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
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

    /**
     * Where people reach this app from outside, without a trailing slash: published fact-checks are at
     * {@code <public-url>/fact-checks/{id}}, and ClaimReview's {@code url} points there.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Export export();

    Compare compare();

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

    Imports imports();

    /** Bulk import (package imports): background workers, upload and URL-fetch limits. */
    interface Imports {
        /** Worker threads of this process that take items from the shared queue; 0 leaves the work to other processes. */
        @WithDefault("2")
        int workers();

        /** How often an idle worker looks for work that another process queued. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Most entries a zip may hold. */
        @WithDefault("10000")
        int maxZipEntries();

        /** Most bytes all entries of one upload may expand to (a zip bomb stops here, 413). */
        @WithDefault("67108864")
        long maxExpandedBytes();

        /** Most items (files, JSON Lines records, URLs) one upload may make (413 above it). */
        @WithDefault("10000")
        int maxItems();

        /** Uploads (bulk and brat imports) this process unpacks at once; one more is answered 429. */
        @WithDefault("2")
        int maxConcurrentUploads();

        Fetch fetch();

        interface Fetch {
            @WithDefault("5s")
            Duration connectTimeout();

            /** Longest silence while reading. */
            @WithDefault("10s")
            Duration readTimeout();

            /** Longest a whole fetch (all redirects, the whole body) may take. */
            @WithDefault("30s")
            Duration totalTimeout();

            @WithDefault("5242880")
            int maxBytes();

            @WithDefault("5")
            int maxRedirects();

            /**
             * Off: only public (global unicast) addresses that are not this host's own are fetched
             * (imports.AddressPolicy), so the server cannot be used to probe its own network.
             */
            @WithDefault("false")
            boolean allowPrivateAddresses();
        }
    }

    /** Grouping of claims that state the same thing across articles (docs/compare.md has the measurement). */
    interface Compare {
        /** pg_trgm similarity from which a claim of another article is a candidate for the matcher. */
        @WithDefault("0.3")
        double similarityThreshold();

        /** Claims shorter than this many words are not grouped ("More details awaited."). */
        @WithDefault("5")
        int minWords();

        /** Compute groups for a new article right after ingest. */
        @WithDefault("true")
        boolean groupAtIngest();

        /**
         * A claim is compared with the claims of articles published at most this many days before or
         * after its own article (0: with every claim). Bounds the trigram search at scale (docs/compare.md).
         */
        @WithDefault("31")
        int groupWindowDays();

        /** A profile filtered by topic covers at most this many matching articles, the newest. */
        @WithDefault("500")
        int topicArticles();
    }
}
