package org.claimtrack.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimtrack.accounts.User;
import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceMention;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.sources.Source;
import org.claimtrack.sources.SourceAliases;
import org.claimtrack.sources.SourceResolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

/**
 * Every change to a claim goes through here, from the pages and the API alike: it checks the version the
 * client read (409 with the current claim when stale), validates spans against the article text (code
 * points), marks corrections as HUMAN and writes a {@link ClaimHistory} row with the claim before and after.
 */
@ApplicationScoped
public class ClaimService {

    public static final int MAX_EXPLANATION = 10_000;
    public static final int MAX_EVIDENCE = 50;

    @Inject
    EntityManager em;

    @Inject
    SourceResolver sources;

    @Inject
    SourceAliases aliases;

    @Inject
    ObjectMapper mapper;

    // ---------------------------------------------------------------- reading

    @Transactional
    public ClaimView get(long id) {
        return ClaimView.of(require(id));
    }

    /** A claim row of the list page: the claim with its article's title, outlet and date. */
    public record ClaimRow(ClaimView claim, String articleTitle, String outlet, LocalDate published) {
    }

    @Transactional
    public List<ClaimView> list(ClaimFilter filter, int limit, int offset, ClaimSort sort) {
        return rows(filter, limit, offset, sort).stream().map(ClaimRow::claim).toList();
    }

    @Transactional
    public List<ClaimRow> rows(ClaimFilter filter, int limit, int offset) {
        return rows(filter, limit, offset, ClaimSort.NEWEST);
    }

    @Transactional
    public List<ClaimRow> rows(ClaimFilter filter, int limit, int offset, ClaimSort sort) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        var q = em.createNativeQuery("select c.id" + ClaimFilter.FROM + where
                + " order by " + sort.orderBy + " limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> idList = ids.stream().map(Number::longValue).toList();
        Map<Long, Claim> byId = em.createQuery("select c from Claim c join fetch c.article a left join fetch a.outlet "
                + "left join fetch c.source where c.id in :ids", Claim.class).setParameter("ids", idList).getResultList()
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ClaimRow> out = new ArrayList<>(idList.size());
        for (Long id : idList) {
            Claim c = byId.get(id);
            if (c != null) {
                out.add(new ClaimRow(ClaimView.of(c), c.article.title, c.article.outletName(), c.article.published));
            }
        }
        return out;
    }

    @Transactional
    public long count(ClaimFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        var q = em.createNativeQuery("select count(*)" + ClaimFilter.FROM + where);
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Transactional
    public List<HistoryEntry> history(long id) {
        require(id);
        return ClaimHistory.ofClaim(id).stream().map(this::entry).toList();
    }

    HistoryEntry entry(ClaimHistory h) {
        return new HistoryEntry(h.id, h.claimId, h.at, h.username, h.action, read(h.before), read(h.after));
    }

    // ---------------------------------------------------------------- changes

    /** {@code PATCH}: correct kind, spans, source, cue, quote type, status, assignee or hedges. */
    @Transactional
    public ClaimView correct(long id, ClaimChange change, String user) {
        Claim c = require(id);
        checkVersion(c, change.version);
        if (c.status == ClaimStatus.REJECTED && change.status == null) {
            throw ApiError.of(409, "claim " + id + " is rejected: undo the rejection or set a status to bring it back");
        }
        if (change.isEmpty()) {
            throw ApiError.of(422, "nothing to change: send at least one of kind, start, end, source, cue, quote, status, assignee, hedges");
        }
        ObjectNode before = snapshot(c);
        Source oldSource = c.source;
        SourceAliases.Mention oldMention = SourceAliases.of(c);
        apply(c, change);
        if (change.sourceSet) {
            // the aliases only this mention taught the old source go with it (issue 15, item 5)
            aliases.release(oldSource, oldMention);
        }
        c.origin = ClaimOrigin.HUMAN;
        record(c, "correct", before, user, null);
        return ClaimView.of(c);
    }

    /** Adds a claim the extractor missed. */
    @Transactional
    public ClaimView add(long articleId, ClaimChange change, String user) {
        Article a = Article.findById(articleId);
        if (a == null) {
            throw ApiError.of(404, "no article " + articleId);
        }
        if (change.start == null || change.end == null) {
            throw ApiError.of(422, "start and end of the claim's content are required");
        }
        if (change.status == ClaimStatus.REJECTED) {
            throw ApiError.of(422, "a new claim cannot be rejected");
        }
        Claim dup = Claim.find("article.id = ?1 and start = ?2 and end = ?3 and status <> ?4", articleId, change.start,
                change.end, ClaimStatus.REJECTED).firstResult();
        if (dup != null) {
            throw ApiError.of(409, "claim " + dup.id + " has this span already", Map.of("current", ClaimView.of(dup)));
        }
        Claim c = new Claim();
        c.article = a;
        c.kind = change.kind != null ? change.kind : Kind.UNATTRIBUTED;
        c.quote = change.quote != null ? change.quote : c.kind == Kind.UNATTRIBUTED ? QuoteType.NONE : QuoteType.INDIRECT;
        c.origin = ClaimOrigin.HUMAN;
        apply(c, change);
        c.persist();
        record(c, "add", null, user, null);
        return ClaimView.of(c);
    }

    @Transactional
    public ClaimView verdict(long id, VerdictInput in, String user) {
        if (in == null) {
            throw ApiError.of(400, "send {\"rating\", \"explanation\", \"evidence\", \"version\"}");
        }
        Claim c = require(id);
        checkVersion(c, in.version());
        if (in.rating() == null || in.rating().isBlank()) {
            throw ApiError.of(422, "rating is required: one of " + List.of(Rating.values()));
        }
        Rating rating;
        try {
            rating = Rating.valueOf(in.rating().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(422, "unknown rating '" + in.rating() + "': use one of " + List.of(Rating.values()));
        }
        String explanation = in.explanation() == null || in.explanation().isBlank() ? null : in.explanation().strip();
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            throw ApiError.of(422, "explanation is longer than " + MAX_EXPLANATION + " characters");
        }
        List<String> evidence = evidence(in.evidence());
        if (c.status == ClaimStatus.REJECTED) {
            throw ApiError.of(409, "claim " + id + " is rejected: undo the rejection first");
        }
        ObjectNode before = snapshot(c);
        c.verdictRating = rating;
        c.verdictExplanation = explanation;
        c.verdictEvidence = new ArrayList<>(evidence);
        c.verdictBy = user;
        c.verdictAt = OffsetDateTime.now();
        // a verdict is what "checked" means: the article's progress counts it without a second step
        if (c.status == ClaimStatus.NEW || c.status == ClaimStatus.IN_REVIEW) {
            c.status = ClaimStatus.CHECKED;
        }
        // "not a claim" has no fact-check to show: a published page goes away with it
        if (c.status == ClaimStatus.PUBLISHED && rating == Rating.NOT_A_CLAIM) {
            c.status = ClaimStatus.CHECKED;
        }
        record(c, "verdict", before, user, null);
        return ClaimView.of(c);
    }

    static List<String> evidence(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String u : urls) {
            if (u == null || u.isBlank()) {
                continue;
            }
            String s = u.strip();
            if (s.length() > 2000 || !ArticleService.isHttpUrl(s)) {
                throw ApiError.of(422, "evidence must be http or https URLs: '" + abbreviate(s) + "' is not one");
            }
            out.add(s);
        }
        if (out.size() > MAX_EVIDENCE) {
            throw ApiError.of(422, "at most " + MAX_EVIDENCE + " evidence links");
        }
        return List.copyOf(out);
    }

    /** Rejects a claim: hidden from lists and exports, kept with its history. The version is checked when given. */
    @Transactional
    public ClaimView reject(long id, Integer version, String user) {
        Claim c = require(id);
        if (version != null) {
            checkVersion(c, version);
        }
        if (c.status == ClaimStatus.REJECTED) {
            return ClaimView.of(c);
        }
        ObjectNode before = snapshot(c);
        c.status = ClaimStatus.REJECTED;
        c.origin = ClaimOrigin.HUMAN;
        record(c, "reject", before, user, null);
        return ClaimView.of(c);
    }

    /**
     * Splits a claim at a code-point offset into two claims with the same attribution; the whitespace
     * around the cut goes to neither part.
     */
    @Transactional
    public List<ClaimView> split(long id, Integer at, Integer version, String user) {
        Claim c = require(id);
        checkVersion(c, version);
        if (c.status == ClaimStatus.REJECTED) {
            throw ApiError.of(409, "claim " + id + " is rejected");
        }
        if (at == null || at <= c.start || at >= c.end) {
            throw ApiError.of(422, "split point 'at' must lie inside the claim, between " + (c.start + 1) + " and " + (c.end - 1));
        }
        int[] cps = c.article.rawText.codePoints().toArray();
        int end1 = at;
        while (end1 > c.start && Character.isWhitespace(cps[end1 - 1])) {
            end1--;
        }
        int start2 = at;
        while (start2 < c.end && Character.isWhitespace(cps[start2])) {
            start2++;
        }
        if (end1 <= c.start || start2 >= c.end) {
            throw ApiError.of(422, "both parts of a split need some text");
        }
        ObjectNode before = snapshot(c);
        Claim n = copy(c);
        n.start = start2;
        n.end = c.end;
        n.content = new String(cps, start2, c.end - start2);
        c.end = end1;
        c.content = new String(cps, c.start, end1 - c.start);
        c.origin = ClaimOrigin.HUMAN;
        n.persist();
        em.flush();
        record(n, "split-off", null, user, Map.of("_splitFrom", c.id));
        record(c, "split", before, user, Map.of("_splitInto", n.id));
        return List.of(ClaimView.of(c), ClaimView.of(n));
    }

    /** Merges {@code otherId} into {@code id}: one claim spanning both; the other is rejected (and kept in history). */
    @Transactional
    public ClaimView merge(long id, Long otherId, Integer version, Integer otherVersion, String user) {
        if (otherId == null) {
            throw ApiError.of(422, "'with': the id of the claim to merge into this one is required");
        }
        if (otherId == id) {
            throw ApiError.of(422, "a claim cannot be merged with itself");
        }
        Claim c = require(id);
        Claim o = require(otherId);
        checkVersion(c, version);
        if (otherVersion != null) {
            checkVersion(o, otherVersion);
        }
        if (!c.article.id.equals(o.article.id)) {
            throw ApiError.of(422, "claims " + id + " and " + otherId + " belong to different articles");
        }
        if (c.status == ClaimStatus.REJECTED || o.status == ClaimStatus.REJECTED) {
            throw ApiError.of(409, "a rejected claim cannot be merged");
        }
        ObjectNode beforeC = snapshot(c);
        ObjectNode beforeO = snapshot(o);
        c.start = Math.min(c.start, o.start);
        c.end = Math.max(c.end, o.end);
        c.content = codePoints(c.article.rawText, c.start, c.end);
        LinkedHashSet<String> hedges = new LinkedHashSet<>(c.hedges);
        hedges.addAll(o.hedges);
        c.hedges = new ArrayList<>(hedges);
        c.origin = ClaimOrigin.HUMAN;
        o.status = ClaimStatus.REJECTED;
        o.origin = ClaimOrigin.HUMAN;
        record(o, "merged-into", beforeO, user, Map.of("_mergedInto", c.id));
        record(c, "merge", beforeC, user, Map.of("_mergedFrom", o.id));
        return ClaimView.of(c);
    }

    // ---------------------------------------------------------------- helpers

    Claim require(long id) {
        Claim c = Claim.findById(id);
        if (c == null) {
            throw ApiError.of(404, "no claim " + id);
        }
        return c;
    }

    void checkVersion(Claim c, Integer version) {
        if (version == null) {
            throw ApiError.of(422, "version is required: send the version of the claim you read");
        }
        if (version != c.version) {
            throw conflict(c, version);
        }
    }

    /** 409 with the current claim, so that a client can show what changed and re-apply its values. */
    public static WebApplicationException conflict(Claim c, Integer read) {
        return ApiError.of(409, "claim " + c.id + " was changed by someone else meanwhile (you read version " + read
                + ", it is now " + c.version + "): look at their change and apply yours again",
                Map.of("reason", "stale version", "current", ClaimView.of(c)));
    }

    private void apply(Claim c, ClaimChange ch) {
        String text = c.article.rawText;
        int len = text.codePointCount(0, text.length());
        if (ch.start != null || ch.end != null) {
            int s = ch.start != null ? ch.start : c.start;
            int e = ch.end != null ? ch.end : c.end;
            checkSpan("content", s, e, len);
            c.start = s;
            c.end = e;
            c.content = codePoints(text, s, e);
        }
        if (ch.kind != null) {
            c.kind = ch.kind;
        }
        if (ch.quote != null) {
            c.quote = ch.quote;
        }
        if (ch.status != null) {
            if (ch.status == ClaimStatus.REJECTED) {
                throw ApiError.of(422, "reject a claim with DELETE /api/claims/{id}, not by setting its status");
            }
            if (ch.status == ClaimStatus.PUBLISHED && c.status != ClaimStatus.PUBLISHED) {
                Publishing.check(c);
                c.publishedAt = OffsetDateTime.now();
            }
            c.status = ch.status;
        }
        if (ch.assigneeSet) {
            String a = ch.assignee == null || ch.assignee.isBlank() ? null : ch.assignee.strip();
            if (a != null && User.findByUsername(a) == null) {
                throw ApiError.of(422, "assignee '" + a + "' is not a user");
            }
            c.assignee = a;
        }
        if (ch.hedges != null) {
            c.hedges = new ArrayList<>(ch.hedges.stream().filter(h -> h != null && !h.isBlank()).map(String::strip)
                    .distinct().toList());
        }
        if (ch.cueSet) {
            if (ch.cue == null) {
                c.cueStart = null;
                c.cueEnd = null;
                c.cueText = null;
            } else {
                checkSpan("cue", ch.cue.start(), ch.cue.end(), len);
                c.cueStart = ch.cue.start();
                c.cueEnd = ch.cue.end();
                c.cueText = codePoints(text, ch.cue.start(), ch.cue.end());
            }
        }
        if (ch.sourceSet) {
            applySource(c, ch.source, text, len);
        }
        String missing = org.claimtrack.extract.ClaimContract.sourceProblem(c.kind,
                c.sourceText != null || c.sourceName != null || c.source != null, c.cueStart != null);
        if (missing != null) {
            throw ApiError.of(422, missing + ": send source {\"id\"} or {\"start\",\"end\",\"name\",\"type\"}");
        }
    }

    private void applySource(Claim c, ClaimChange.SourceInput in, String text, int len) {
        if (in == null) {
            c.sourceStart = null;
            c.sourceEnd = null;
            c.sourceText = null;
            c.sourceName = null;
            c.sourceType = null;
            c.sourceHandle = null;
            c.source = null;
            return;
        }
        Source canonical = null;
        if (in.id() != null) {
            canonical = Source.findById(in.id());
            if (canonical == null) {
                throw ApiError.of(422, "no source " + in.id());
            }
        }
        if (in.start() != null || in.end() != null) {
            if (in.start() == null || in.end() == null) {
                throw ApiError.of(422, "a source span needs both start and end");
            }
            checkSpan("source", in.start(), in.end(), len);
            c.sourceStart = in.start();
            c.sourceEnd = in.end();
            c.sourceText = codePoints(text, in.start(), in.end());
        } else if (canonical == null) {
            throw ApiError.of(422, "source needs the id of a canonical source or the span (start, end) of its mention");
        }
        if (canonical != null) {
            c.source = canonical;
            c.sourceName = canonical.name;
            c.sourceType = canonical.type;
        } else {
            String name = in.name() == null || in.name().isBlank() ? c.sourceText : in.name().strip();
            if (name.length() > 300) {
                throw ApiError.of(422, "source name is longer than 300 characters");
            }
            SourceType type = in.type() != null ? in.type() : SourceType.UNNAMED;
            String handle = in.handle() == null || in.handle().isBlank() ? null : in.handle().strip();
            c.sourceName = name;
            c.sourceType = type;
            c.sourceHandle = handle;
            c.source = sources.resolve(new SourceMention(c.sourceStart, c.sourceEnd, c.sourceText, name, type, handle));
        }
    }

    private static void checkSpan(String what, int s, int e, int len) {
        if (s < 0 || e > len || s >= e) {
            throw ApiError.of(422, what + " span " + s + ".." + e + " is outside the text (0.." + len + ") or empty: "
                    + "start must be less than end");
        }
    }

    /** Code points {@code [s, e)} of the text (Java strings index UTF-16 units). */
    public static String codePoints(String text, int s, int e) {
        int bs = text.offsetByCodePoints(0, s);
        int be = text.offsetByCodePoints(bs, e - s);
        return text.substring(bs, be);
    }

    private static Claim copy(Claim c) {
        Claim n = new Claim();
        n.article = c.article;
        n.kind = c.kind;
        n.sourceStart = c.sourceStart;
        n.sourceEnd = c.sourceEnd;
        n.sourceText = c.sourceText;
        n.sourceName = c.sourceName;
        n.sourceType = c.sourceType;
        n.sourceHandle = c.sourceHandle;
        n.source = c.source;
        n.cueStart = c.cueStart;
        n.cueEnd = c.cueEnd;
        n.cueText = c.cueText;
        n.quote = c.quote;
        n.hedges = new ArrayList<>(c.hedges);
        n.status = c.status == ClaimStatus.PUBLISHED || c.status == ClaimStatus.CHECKED ? ClaimStatus.IN_REVIEW : c.status;
        n.origin = ClaimOrigin.HUMAN;
        n.assignee = c.assignee;
        return n;
    }

    /** The claim as JSON (ClaimView) plus the extractor's own name for a linked source, so undo restores it exactly. */
    ObjectNode snapshot(Claim c) {
        em.flush(); // the version the row will have
        ObjectNode n = mapper.valueToTree(ClaimView.of(c));
        if (c.source != null) {
            n.put("_mentionName", c.sourceName);
            n.put("_mentionType", c.sourceType == null ? null : c.sourceType.name());
        }
        return n;
    }

    void record(Claim c, String action, JsonNode before, String user, Map<String, Object> extra) {
        ObjectNode after = snapshot(c);
        if (extra != null) {
            extra.forEach((k, v) -> after.set(k, mapper.valueToTree(v)));
        }
        ClaimHistory h = new ClaimHistory();
        h.claimId = c.id;
        h.username = user;
        h.action = action;
        h.before = before == null ? null : before.toString();
        h.after = after.toString();
        h.persist();
    }

    JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history JSON", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
