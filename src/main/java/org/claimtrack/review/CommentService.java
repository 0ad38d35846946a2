package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.common.ApiError;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Claim threads: comments with @name mentions that put the claim into the named person's queue. */
@ApplicationScoped
public class CommentService {

    public static final int MAX_TEXT = 5_000;

    /** @name as user names are spelled (app_user's check), not inside an e-mail address. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@-])@([A-Za-z0-9_.-]{1,64})");

    public record CommentView(Long id, Long claimId, OffsetDateTime at, String user, String text, List<String> mentions) {
        static CommentView of(ClaimComment c) {
            return new CommentView(c.id, c.claimId, c.at, c.username, c.text, List.copyOf(c.mentions));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ClaimService claims;

    @Transactional
    public CommentView add(long claimId, String text, String user) {
        claims.require(claimId);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw ApiError.of(422, "the comment is empty: write something");
        }
        if (t.length() > MAX_TEXT) {
            throw ApiError.of(422, "the comment is longer than " + MAX_TEXT + " characters");
        }
        if (t.indexOf('\0') >= 0) {
            throw ApiError.of(422, "the comment contains NUL characters");
        }
        ClaimComment c = new ClaimComment();
        c.claimId = claimId;
        c.username = user;
        c.text = t;
        c.mentions = new ArrayList<>(mentions(t));
        c.persist();
        return CommentView.of(c);
    }

    @Transactional
    public List<CommentView> list(long claimId) {
        claims.require(claimId);
        return ClaimComment.ofClaim(claimId).stream().map(CommentView::of).toList();
    }

    /** The @names of the text that are users (a trailing full stop is punctuation, not part of the name). */
    Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(m.group(1).replaceAll("[.-]+$", ""));
        }
        if (names.isEmpty()) {
            return names;
        }
        List<String> known = em.createQuery("select u.username from User u where u.username in :names", String.class)
                .setParameter("names", names).getResultList();
        names.retainAll(Set.copyOf(known));
        return names;
    }
}
