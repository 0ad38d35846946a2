package org.claimtrack.accounts;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Login throttling (see {@link LoginThrottle}): per account and client address. */
@ConfigMapping(prefix = "claimtrack.login")
public interface LoginConfig {

    /** Failures in a row answered at full speed; each one after waits twice as long as the last. */
    @WithDefault("3")
    int freeFailures();

    /** The first wait, doubled per further failure up to {@link #maxDelay()}. */
    @WithDefault("250ms")
    Duration firstDelay();

    @WithDefault("4s")
    Duration maxDelay();

    /** After this many failures in a row every attempt (the right password too) gets 429 until the lockout ends. */
    @WithDefault("10")
    int maxFailures();

    @WithDefault("5m")
    Duration lockout();

    /** Failures older than this are forgotten. */
    @WithDefault("15m")
    Duration window();
}
