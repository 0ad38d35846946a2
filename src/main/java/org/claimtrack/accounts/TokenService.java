package org.claimtrack.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.claimtrack.common.ApiError;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Personal API tokens: made, listed and revoked by their owner. The token is {@code ct_} and 32 random
 * bytes (base64url); a lookup hashes what the client sent and finds the digest, so the database never
 * holds a usable secret and a SHA-256 (not bcrypt: the token has 256 bits of entropy) keeps Bearer calls cheap.
 */
@ApplicationScoped
public class TokenService {

    public static final String PREFIX = "ct_";
    static final int MAX_TOKENS_PER_USER = 50;
    /** last_used_at is written at most this often per token, so that reads stay reads. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AccountCache cache;

    /** What the owner sees of a token later: never the token. */
    public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.createdAt, t.lastUsedAt);
        }
    }

    /** The answer to a new token: the only time the secret is shown. */
    public record NewToken(long id, String name, String token) {
    }

    /** Who a valid token speaks for. */
    public record Owner(String username, String roles) {
    }

    @Transactional
    public NewToken create(String username, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.of(422, "a token needs a name of 1 to 100 characters (what it is for)");
        }
        User owner = requireUser(username);
        if (ApiToken.count("user", owner) >= MAX_TOKENS_PER_USER) {
            throw ApiError.of(422, "at most " + MAX_TOKENS_PER_USER + " tokens per account: revoke one first");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken t = new ApiToken();
        t.user = owner;
        t.name = n;
        t.digest = digest(token);
        t.persist();
        return new NewToken(t.id, t.name, token);
    }

    @Transactional
    public List<TokenView> list(String username) {
        return ApiToken.<ApiToken>list("user.username = ?1 order by id", username).stream().map(TokenView::of).toList();
    }

    /** 404 for a token that is not the caller's, so ids of others' tokens reveal nothing. */
    @Transactional
    public void delete(String username, long id) {
        long n = ApiToken.delete("id = ?1 and user.id = (select u.id from User u where u.username = ?2)", id, username);
        if (n == 0) {
            throw ApiError.of(404, "no token " + id + " of yours");
        }
        cache.changed(username);
    }

    /** A valid token's owner seen within {@link AccountCache#TTL_NANOS}, or null: ask {@link #lookup}. */
    public Owner cached(String token) {
        return valid(token) ? cache.cachedToken(digest(token)) : null;
    }

    /** The owner of a token, or null for an unknown or revoked one; a valid one is kept in {@link AccountCache}. */
    @Transactional
    public Owner lookup(String token) {
        if (!valid(token)) {
            return null;
        }
        long gen = cache.generation();
        long startedAt = System.nanoTime();
        Owner owner = find(token);
        cache.storeToken(digest(token), owner, gen, startedAt);
        return owner;
    }

    private static boolean valid(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() <= 100;
    }

    private Owner find(String token) {
        List<Object[]> rows = em.createQuery("select t.id, u.username, u.roles, t.lastUsedAt from ApiToken t join t.user u"
                + " where t.digest = ?1", Object[].class).setParameter(1, digest(token)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        OffsetDateTime last = (OffsetDateTime) r[3];
        if (last == null || last.isBefore(OffsetDateTime.now().minus(TOUCH_EVERY))) {
            em.createQuery("update ApiToken t set t.lastUsedAt = ?1 where t.id = ?2").setParameter(1, OffsetDateTime.now())
                    .setParameter(2, r[0]).executeUpdate();
        }
        return new Owner((String) r[1], (String) r[2]);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static User requireUser(String username) {
        User u = username == null ? null : User.findByUsername(username);
        if (u == null) {
            throw ApiError.of(404, "no user '" + username + "'");
        }
        return u;
    }
}
