package org.claimtrack.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Failed logins per (account, client address), in memory: the first few are free, then each waits longer,
 * then the pair is locked out for a while. Keyed by both, so that an attacker elsewhere cannot lock a user
 * out. One instance's memory: behind a load balancer each instance counts its own share.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Beyond this many tracked pairs, stale ones are swept (bounds the memory an attacker can fill). */
    static final int SWEEP_ABOVE = 10_000;

    record State(int failures, long lastFailureAt, long lockedUntil) {
    }

    @Inject
    LoginConfig config;

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    static String key(String username, String client) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\n" + client;
    }

    /** Seconds until the pair may try again (0: it may try now). */
    public long lockedForSeconds(String key) {
        State s = states.get(key);
        long now = System.currentTimeMillis();
        if (s == null || s.lockedUntil() <= now) {
            return 0;
        }
        return Math.max(1, (s.lockedUntil() - now + 999) / 1000);
    }

    /** Records a failure; returns the number of failures in a row. */
    public int failed(String key) {
        long now = System.currentTimeMillis();
        if (states.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        State s = states.compute(key, (k, old) -> {
            int n = old == null || now - old.lastFailureAt() > config.window().toMillis() ? 1 : old.failures() + 1;
            long locked = n >= config.maxFailures() ? now + config.lockout().toMillis() : 0;
            return new State(n, now, locked);
        });
        return s.failures();
    }

    public void succeeded(String key) {
        states.remove(key);
    }

    /** How long the answer to the n-th failure in a row waits. */
    public Duration delay(int failures) {
        int extra = failures - config.freeFailures();
        if (extra <= 0) {
            return Duration.ZERO;
        }
        long ms = config.firstDelay().toMillis() << Math.min(extra - 1, 20);
        return Duration.ofMillis(Math.min(ms, config.maxDelay().toMillis()));
    }

    public boolean lockedNow(int failures) {
        return failures >= config.maxFailures();
    }

    private void sweep(long now) {
        long window = Math.max(config.window().toMillis(), config.lockout().toMillis());
        states.entrySet().removeIf(e -> now - e.getValue().lastFailureAt() > window && e.getValue().lockedUntil() <= now);
    }
}
