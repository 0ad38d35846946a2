package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.sources.Source;
import org.claimtrack.sources.SourceAliases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Undo, one change at a time: a claim's history is a stack of changes in effect (every change minus the
 * ones an undo took back, see {@link #inEffect}); a person's undo takes back the top one when it is
 * theirs, so undoing again walks back through their own changes. Someone else's change on top is a 409
 * (it would be lost silently), an empty stack a 422. Split and merge are undone on both claims.
 */
@ApplicationScoped
public class ClaimUndo {

    /** History actions whose {@code _undid} takes a change back (an unmerge of sources takes back its merge). */
    static final List<String> TAKING_BACK = List.of("undo", "source-unmerge");

    @Inject
    ClaimService claims;

    @Inject
    SourceAliases aliases;

    @Transactional
    public ClaimView undo(long id, String user) {
        Claim c = claims.require(id);
        ClaimHistory top = top(id);
        if (top == null) {
            throw ApiError.of(422, "claim " + id + " has no change left to undo: every change to it is undone already,"
                    + " or it is as the extractor found it");
        }
        refuseUnlessOwn(c, top, user);
        JsonNode after = claims.read(top.after);
        if (after != null && after.hasNonNull("_splitInto")) {
            undoPartner(after.get("_splitInto").asLong(), "split-off", user);
        }
        if (after != null && after.hasNonNull("_mergedFrom")) {
            undoPartner(after.get("_mergedFrom").asLong(), "merged-into", user);
        }
        restoreAndRecord(c, top, user);
        return ClaimView.of(c);
    }

    /** Whether the user's undo on the claim would go through now (the review page offers its button then). */
    @Transactional
    public boolean canUndo(long id, String user) {
        ClaimHistory top = top(id);
        return top != null && top.username.equals(user) && !top.action.equals("source-merge");
    }

    private void refuseUnlessOwn(Claim c, ClaimHistory top, String user) {
        if (top.action.equals("source-merge")) {
            // the merge moved every claim of the source: it is undone as a whole, on the source's page
            String from = claims.read(top.before).path("source").path("id").asText("?");
            String into = claims.read(top.after).path("source").path("id").asText("?");
            throw ApiError.of(409, "the last change to claim " + c.id + " is " + top.username + "'s merge of source " + from
                    + " into source " + into + ": undo it with Unmerge on /sources/" + into + " (past merges)",
                    Map.of("current", ClaimView.of(c)));
        }
        if (!top.username.equals(user)) {
            throw ApiError.of(409, "the last change to claim " + c.id + " is " + top.username + "'s (" + top.action
                    + "): only your own changes can be undone, newest first, and theirs would be lost",
                    Map.of("current", ClaimView.of(c)));
        }
    }

    /** The newest change still in effect, or null when there is none. */
    ClaimHistory top(long claimId) {
        List<ClaimHistory> stack = inEffect(ClaimHistory.ofClaim(claimId));
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** The changes still in effect, oldest first: each undo row takes back the row its {@code _undid} names. */
    List<ClaimHistory> inEffect(List<ClaimHistory> rows) {
        LinkedHashMap<Long, ClaimHistory> stack = new LinkedHashMap<>();
        for (ClaimHistory h : rows) {
            JsonNode undid = TAKING_BACK.contains(h.action) ? claims.read(h.after).get("_undid") : null;
            if (undid != null && !undid.isNull()) {
                stack.remove(undid.asLong());
            } else {
                stack.put(h.id, h);
            }
        }
        return new ArrayList<>(stack.values());
    }

    private void undoPartner(long partnerId, String action, String user) {
        Claim p = Claim.findById(partnerId);
        ClaimHistory top = p == null ? null : top(partnerId);
        // only when nobody touched the partner since: otherwise their work stays
        if (top != null && top.action.equals(action) && top.username.equals(user)) {
            restoreAndRecord(p, top, user);
        }
    }

    private void restoreAndRecord(Claim c, ClaimHistory row, String user) {
        ObjectNode current = claims.snapshot(c);
        JsonNode before = claims.read(row.before);
        if (before == null) {
            c.status = ClaimStatus.REJECTED; // undoing an addition
        } else {
            restore(c, before, claims.read(row.after));
        }
        claims.record(c, "undo", current, user, Map.of("_undid", row.id));
    }

    /**
     * Puts back what the change changed, and only that: a change below the top of the stack may have been
     * taken back out of order (an unmerge of sources takes back its merge), so the claim's other fields
     * are newer than the change's "before" and stay.
     */
    private void restore(Claim c, JsonNode b, JsonNode a) {
        Predicate<String> changed = f -> a == null || !Objects.equals(b.get(f), a.get(f));
        if (changed.test("start") || changed.test("end") || changed.test("text")) {
            c.start = b.get("start").asInt();
            c.end = b.get("end").asInt();
            c.content = b.get("text").asText();
        }
        if (changed.test("kind")) {
            c.kind = Kind.valueOf(b.get("kind").asText());
        }
        if (changed.test("quote")) {
            c.quote = QuoteType.valueOf(b.get("quote").asText());
        }
        if (changed.test("hedges")) {
            c.hedges = new ArrayList<>();
            b.path("hedges").forEach(h -> c.hedges.add(h.asText()));
        }
        if (changed.test("status")) {
            c.status = ClaimStatus.valueOf(b.get("status").asText());
        }
        if (changed.test("origin")) {
            c.origin = ClaimOrigin.valueOf(b.path("origin").asText(ClaimOrigin.HUMAN.name()));
        }
        if (changed.test("assignee")) {
            c.assignee = text(b.get("assignee"));
        }
        if (changed.test("source") || changed.test("_mentionName") || changed.test("_mentionType")) {
            Source left = c.source;
            SourceAliases.Mention leftMention = SourceAliases.of(c);
            restoreSource(c, b);
            // the source the claim returns to learns its mention again; the one it leaves forgets it
            aliases.teach(c.source, SourceAliases.of(c));
            aliases.release(left, leftMention);
        }
        if (changed.test("cue")) {
            restoreCue(c, b.get("cue"));
        }
        if (changed.test("verdict")) {
            restoreVerdict(c, b.get("verdict"));
        }
    }

    private static void restoreCue(Claim c, JsonNode cue) {
        if (cue == null || cue.isNull()) {
            c.cueStart = c.cueEnd = null;
            c.cueText = null;
        } else {
            c.cueStart = cue.get("start").asInt();
            c.cueEnd = cue.get("end").asInt();
            c.cueText = text(cue.get("text"));
        }
    }

    private static void restoreVerdict(Claim c, JsonNode v) {
        if (v == null || v.isNull()) {
            c.verdictRating = null;
            c.verdictExplanation = null;
            c.verdictEvidence = new ArrayList<>();
            c.verdictBy = null;
            c.verdictAt = null;
        } else {
            c.verdictRating = Rating.valueOf(v.get("rating").asText());
            c.verdictExplanation = text(v.get("explanation"));
            c.verdictEvidence = new ArrayList<>();
            v.path("evidence").forEach(e -> c.verdictEvidence.add(e.asText()));
            c.verdictBy = text(v.get("reviewer"));
            c.verdictAt = v.hasNonNull("at") ? OffsetDateTime.parse(v.get("at").asText()) : null;
        }
    }

    private static void restoreSource(Claim c, JsonNode b) {
        JsonNode s = b.get("source");
        if (s == null || s.isNull()) {
            c.sourceStart = c.sourceEnd = null;
            c.sourceText = c.sourceName = c.sourceHandle = null;
            c.sourceType = null;
            c.source = null;
            return;
        }
        Source canonical = null;
        if (s.hasNonNull("id")) {
            canonical = Source.findById(s.get("id").asLong());
            if (canonical == null) {
                // merged into another source since: undoing would unlink the claim from any source
                throw ApiError.of(409, "claim " + c.id + " was credited to source " + s.get("id").asLong()
                        + " before this change, and that source was merged into another since: unmerge it on the"
                        + " other source's page first", Map.of("current", ClaimView.of(c)));
            }
        }
        c.sourceStart = s.hasNonNull("start") ? s.get("start").asInt() : null;
        c.sourceEnd = s.hasNonNull("end") ? s.get("end").asInt() : null;
        c.sourceText = text(s.get("text"));
        c.sourceHandle = text(s.get("handle"));
        c.source = canonical;
        c.sourceName = b.has("_mentionName") ? text(b.get("_mentionName")) : text(s.get("name"));
        String type = b.has("_mentionType") ? text(b.get("_mentionType")) : text(s.get("type"));
        c.sourceType = type == null ? null : SourceType.valueOf(type);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
