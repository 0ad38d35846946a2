package org.claimtrack.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rendered review pages per article version. The version is one indexed query over what the page shows
 * of the article (its claims' ids, versions and sources, the sources' versions, its furniture, its claims'
 * groups with their members' versions and the suggestions touching them) plus the newest source and
 * account (the panel's choices); a hit renders nothing and reads nothing else.
 * Renames or merges of sources other than the article's own reach the panel's source list after
 * {@link #MAX_AGE_MS} at most (the entry's age limit). A stored page is its UTF-8 bytes cut where the
 * per-browser CSRF token goes: a hit copies the chunks around the token's bytes, so no request encodes
 * or searches the page's text again (issue 18, item 3). The user's name and role are part of the key.
 */
@ApplicationScoped
public class ReviewPageCache {

    static final int MAX_ENTRIES = 256;
    static final int MAX_PAGE_CHARS = 2_000_000;
    static final long MAX_AGE_MS = 30_000;

    /** The database's snapshot: while it stays the same no transaction committed, so every version stands. */
    static final String SNAPSHOT_SQL = "select pg_current_snapshot()::text";
    static final String VERSION_SQL = "select pg_current_snapshot()::text, (select count(*) from article where id = ?1), count(c.id), coalesce(max(c.id), 0),"
            + " coalesce(sum(c.version), 0), coalesce(sum(coalesce(c.source_id, 0)), 0), coalesce(sum(s.version), 0),"
            + " (select count(*) from article_furniture f where f.article_id = ?1),"
            + " (select coalesce(max(id), 0) from source), (select coalesce(max(id), 0) + count(*) from app_user),"
            // the article's own details (PATCH writes a history row) and the claims' comment threads
            + " (select coalesce(max(h.id), 0) from article_history h where h.article_id = ?1),"
            + " (select coalesce(max(cc.id), 0) + count(*) from claim_comment cc join claim c3 on c3.id = cc.claim_id"
            + " where c3.article_id = ?1),"
            // the claims' groups and their members' versions (a verdict elsewhere shows on the page, issue 16)
            + " (select count(*) + coalesce(sum(m.cluster_id * 7 + m.claim_id * 31 + y.version), 0) from cluster_member x"
            + " join claim c4 on c4.id = x.claim_id join cluster_member m on m.cluster_id = x.cluster_id"
            + " join claim y on y.id = m.claim_id where c4.article_id = ?1),"
            // the suggestions touching its claims, either side, and which of them were dismissed
            + " (select count(*) + 7 * count(*) filter (where g.dismissed) from claim_suggestion g join claim c5"
            + " on c5.id = g.claim_id where c5.article_id = ?1) + 1009 * (select count(*) + 7 * count(*) filter"
            + " (where g.dismissed) from claim_suggestion g join claim c6 on c6.id = g.other_claim_id where c6.article_id = ?1)"
            + " from claim c left join source s on s.id = c.source_id where c.article_id = ?1";

    /** A page as the app answers it: the UTF-8 HTML for this request and its entity tag; no body for a 304. */
    public record Page(byte[] body, String etag) {
        public String html() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The browser's copy is this version: answer 304, nothing was rendered or copied. */
        public boolean notModified() {
            return body == null;
        }
    }

    /** The page's bytes between the places of the CSRF token. */
    /** An article's version as computed under a database snapshot. */
    record Known(String snapshot, String version) {
    }

    record Entry(String version, long madeAt, byte[][] chunks) {
        byte[] with(byte[] token) {
            int n = token.length * (chunks.length - 1);
            for (byte[] c : chunks) {
                n += c.length;
            }
            byte[] out = new byte[n];
            int at = 0;
            for (int i = 0; i < chunks.length; i++) {
                if (i > 0) {
                    System.arraycopy(token, 0, out, at, token.length);
                    at += token.length;
                }
                System.arraycopy(chunks[i], 0, out, at, chunks[i].length);
                at += chunks[i].length;
            }
            return out;
        }
    }

    @Inject
    AgroalDataSource db;

    /** Stands for the CSRF token in stored pages: random per start, so no article text can hold it. */
    private final String marker = "csrf-" + HexFormat.of().formatHex(randomBytes(12));
    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Known> versions = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    /** How many pages were rendered since the start (misses): a 304 or a hit renders none. */
    long renders() {
        return renders.get();
    }

    /** Whether an If-None-Match header (one tag or a list) names this entity tag. */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && java.util.Arrays.asList(ifNoneMatch.strip().split("\\s*,\\s*")).contains(etag);
    }

    /**
     * The page for key (user, role, what was asked) at the article's current version, rendered by render
     * on a miss. The entity tag covers the version, the key and the token, so a 304 is always the same bytes.
     */
    public Page get(long articleId, String key, String csrfToken, Supplier<String> render) {
        return get(articleId, key, csrfToken, null, render);
    }

    /**
     * As {@link #get(long, String, String, Supplier)}, but when {@code ifNoneMatch} names the current entity
     * tag the answer is a 304 page without a body: the tag comes from the version alone, so neither a
     * rendering nor a copy of the stored page is needed.
     */
    public Page get(long articleId, String key, String csrfToken, String ifNoneMatch, Supplier<String> render) {
        String version = version(articleId);
        String etag = "\"" + hash(version + "\n" + key + "\n" + csrfToken) + "\"";
        if (!"none".equals(version) && matches(ifNoneMatch, etag)) {
            return new Page(null, etag);
        }
        String k = articleId + "\n" + key;
        Entry e = pages.get(k);
        long now = System.currentTimeMillis();
        if (e != null && e.version().equals(version) && now - e.madeAt() < MAX_AGE_MS) {
            return new Page(e.with(csrfToken.getBytes(StandardCharsets.UTF_8)), etag);
        }
        renders.incrementAndGet();
        String html = render.get();
        if (html.length() <= MAX_PAGE_CHARS && csrfToken.length() >= 16) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear(); // crude but bounded: a full cache starts over
            }
            pages.put(k, new Entry(version, now, chunks(html.replace(csrfToken, marker))));
        }
        return new Page(html.getBytes(StandardCharsets.UTF_8), etag);
    }

    private byte[][] chunks(String page) {
        String[] parts = page.split(java.util.regex.Pattern.quote(marker), -1);
        byte[][] out = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /**
     * The article's version, or "none" when it does not exist (the render then answers 404). The full query
     * runs only when the database's snapshot moved since it last ran for this article: the same snapshot
     * (same running and committed transactions) sees the same rows, so a hit costs one trivial query.
     */
    String version(long articleId) {
        try (Connection c = db.getConnection()) {
            Known k = versions.get(articleId);
            if (k != null) {
                try (PreparedStatement ps = c.prepareStatement(SNAPSHOT_SQL); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (k.snapshot().equals(rs.getString(1))) {
                        return k.version();
                    }
                }
            }
            Known fresh = computed(c, articleId);
            if (versions.size() >= MAX_ENTRIES * 4) {
                versions.clear();
            }
            versions.put(articleId, fresh);
            return fresh.version();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the article's version", e);
        }
    }

    /** The version and, read by the same statement, the snapshot it was computed under. */
    private static Known computed(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VERSION_SQL.replace("?1", "?"))) {
            int params = VERSION_SQL.split("\\?1", -1).length - 1;
            for (int i = 1; i <= params; i++) {
                ps.setLong(i, articleId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(2) == 0) {
                    return new Known(rs.getString(1), "none");
                }
                StringBuilder b = new StringBuilder();
                for (int i = 3; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(rs.getLong(i)).append('.');
                }
                return new Known(rs.getString(1), b.toString());
            }
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    void clear() {
        pages.clear();
        versions.clear();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
