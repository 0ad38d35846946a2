package org.claimtrack.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the synchronous {@code POST /api/extract} (issue 19, item 3): one request may not hold a
 * core for a minute; larger texts go through import jobs. docs/security.md has the figures.
 */
@ConfigMapping(prefix = "claimtrack.extract")
public interface ExtractLimits {

    /** Largest text extracted synchronously, in UTF-8 bytes (413 above it, pointing to import jobs). */
    @WithDefault("262144")
    int maxSyncBytes();

    /** Longest one extraction may take before the answer is a 422 pointing to import jobs. */
    @WithDefault("20s")
    Duration timeBudget();

    /** Extractions one user may run at once (429 with Retry-After above). */
    @WithDefault("2")
    int perUser();

    /** Extractions the whole process runs at once, all users together (429 above). */
    @WithDefault("4")
    int total();

    /** The Retry-After of a 429. */
    @WithDefault("5s")
    Duration retryAfter();
}
