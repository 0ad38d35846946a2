package org.claimtrack.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What every authenticated request needs to know of its account (roles, disabled, session key) and of its
 * API token, kept for {@link #TTL_NANOS} so that a page view does not read {@code app_user} three times
 * (issue 18, item 3). Every change of an account or a token made through this instance
 * ({@link #changed(String)}) drops the entries at once, again after its transaction commits, and a lookup
 * that raced with a change is not stored; a change made elsewhere (another instance, the
 * {@code reset-password} command) is seen within the TTL. Lookups are plain JDBC: no Hibernate session, no
 * JTA transaction.
 */
@ApplicationScoped
public class AccountCache {

    /** How long another instance's (or the CLI's) change may go unseen here. */
    static final long TTL_NANOS = 1_000_000_000L;
    static final int MAX_ENTRIES = 10_000;
    static final String SQL = "select username, roles, disabled, session_key from app_user where username = ?";

    /** An account as authentication sees it; never its password hash. */
    public record Account(String username, String roles, boolean disabled, String sessionKey) {
    }

    /** A lookup's result; account null: no such user. */
    private record Entry(Account account, long loadedAt) {
        boolean fresh(long now) {
            return now - loadedAt < TTL_NANOS;
        }
    }

    private record TokenEntry(TokenService.Owner owner, long loadedAt) {
    }

    @Inject
    AgroalDataSource db;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ConcurrentHashMap<String, Entry> accounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, TokenEntry> tokens = new ConcurrentHashMap<>();
    /** Bumped by every change: a lookup that started before it does not store what it read. */
    private final AtomicLong generation = new AtomicLong();

    /** What {@link #peek} answers when the cache cannot (then {@link #account} reads, blocking). */
    public static final Account MISS = new Account("", "", true, null);

    /** The account fresh from the cache (null: no such user), or {@link #MISS}; never blocks. */
    public Account peek(String username) {
        Entry e = accounts.get(username);
        return e != null && e.fresh(System.nanoTime()) ? e.account() : MISS;
    }

    /** The account, or null when there is none; reads the database (blocking) when not fresh in the cache. */
    public Account account(String username) {
        Entry e = accounts.get(username);
        long now = System.nanoTime();
        if (e != null && e.fresh(now)) {
            return e.account();
        }
        long gen = generation.get();
        Account a = load(username);
        if (generation.get() == gen) {
            bounded(accounts).put(username, new Entry(a, now));
        }
        return a;
    }

    /** A token's owner seen within the TTL, or null (then {@link TokenService#lookup} decides). */
    TokenService.Owner cachedToken(String digest) {
        TokenEntry e = tokens.get(digest);
        return e != null && System.nanoTime() - e.loadedAt() < TTL_NANOS ? e.owner() : null;
    }

    /** Keeps a valid token's owner; gen is {@link #generation()} read before the lookup. */
    void storeToken(String digest, TokenService.Owner owner, long gen, long startedAt) {
        if (owner != null && generation.get() == gen) {
            bounded(tokens).put(digest, new TokenEntry(owner, startedAt));
        }
    }

    long generation() {
        return generation.get();
    }

    /**
     * An account or its tokens change (login key, logout, password, role, disabled, token revoked): forget
     * it now and once more when the current transaction ends, so no request after the change is answered
     * from what was read before it. Token entries are all dropped (revocations are rare).
     */
    public void changed(String username) {
        forget(username);
        try {
            if (transactions.getTransactionKey() != null) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        forget(username);
                    }
                });
            }
        } catch (IllegalStateException e) {
            // no active transaction: the change is done already, forgetting once was enough
        }
    }

    /** For tests: forget everything. */
    public void clear() {
        generation.incrementAndGet();
        accounts.clear();
        tokens.clear();
    }

    private void forget(String username) {
        generation.incrementAndGet();
        if (username != null) {
            accounts.remove(username);
        }
        tokens.clear();
    }

    private static <K, V> ConcurrentHashMap<K, V> bounded(ConcurrentHashMap<K, V> m) {
        if (m.size() >= MAX_ENTRIES) {
            m.clear(); // crude but bounded: a full cache starts over
        }
        return m;
    }

    private Account load(String username) {
        if (username == null || username.length() > 64) {
            return null;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read account '" + username + "'", e);
        }
    }
}
