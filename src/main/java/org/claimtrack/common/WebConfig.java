package org.claimtrack.common;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * HTTP hardening options (issue 19, item 12; docs/security.md). Behind a TLS-terminating proxy, turn on
 * Quarkus' forwarding support ({@code CLAIMTRACK_BEHIND_PROXY=true}, see application.properties): requests
 * that arrived as https then get {@code Secure} cookies, and the HSTS header when configured here.
 */
@ConfigMapping(prefix = "claimtrack.web")
public interface WebConfig {

    /** When set, https responses carry {@code Strict-Transport-Security: max-age=...}. */
    Optional<Duration> hstsMaxAge();
}
