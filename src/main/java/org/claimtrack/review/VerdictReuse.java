package org.claimtrack.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Verdicts travel (issue 16, item 4): a claim whose same-claim group holds a checked claim of another
 * article shows that verdict ({@link CheckedElsewhere}), the claim list filters on it
 * ({@code checkedElsewhere=true}), and a checker reuses it in one step. The verdict itself is set by
 * {@link ClaimService#verdict}, so the rules of a verdict (version, status, history) are the same.
 */
@ApplicationScoped
public class VerdictReuse {

    /** What "checked" means for the other claim {@code y}: a verdict, and its review finished. */
    static final String CHECKED = "y.verdict_rating is not null and y.status in ('CHECKED', 'PUBLISHED')";

    /** ClaimFilter's condition over claim {@code c}: a checked claim of another article in its group. */
    static final String FILTER = "exists (select 1 from cluster_member x join cluster_member m on m.cluster_id = x.cluster_id"
            + " and m.claim_id <> x.claim_id join claim y on y.id = m.claim_id where x.claim_id = c.id"
            + " and y.article_id <> c.article_id and " + CHECKED + ")";

    /** The checked claims elsewhere of claims {@code x}, newest verdict first per claim. */
    private static final String LOOKUP = """
            select x.claim_id, y.id, y.article_id, a.title, o.name, to_char(a.published, 'YYYY-MM-DD'), y.verdict_rating,
                   y.verdict_explanation, y.verdict_by, cast(extract(epoch from y.verdict_at) * 1000 as bigint), y.status
            from cluster_member x join claim xc on xc.id = x.claim_id
            join cluster_member m on m.cluster_id = x.cluster_id and m.claim_id <> x.claim_id
            join claim y on y.id = m.claim_id join article a on a.id = y.article_id left join outlet o on o.id = a.outlet_id
            where y.article_id <> xc.article_id and %s and %s
            order by x.claim_id, y.verdict_at desc nulls last, y.id desc""";

    @Inject
    EntityManager em;

    @Inject
    ClaimService claims;

    @Inject
    ObjectMapper mapper;

    // ---------------------------------------------------------------- reading

    /** The checked claim elsewhere of each of the claims that has one. */
    @Transactional
    public Map<Long, CheckedElsewhere> of(Collection<Long> claimIds) {
        if (claimIds == null || claimIds.isEmpty()) {
            return Map.of();
        }
        return rows(em.createNativeQuery(LOOKUP.formatted("x.claim_id in (:ids)", CHECKED))
                .setParameter("ids", claimIds).getResultList());
    }

    /** The same for every claim of the claim's article: the review page asks once for its table and panel. */
    @Transactional
    public Map<Long, CheckedElsewhere> ofArticleOf(long claimId) {
        return rows(em.createNativeQuery(LOOKUP.formatted(
                "xc.article_id = (select article_id from claim where id = :claim)", CHECKED))
                .setParameter("claim", claimId).getResultList());
    }

    /** The claims with their {@code checkedElsewhere} filled in (null where there is none): one query. */
    @Transactional
    public List<ClaimView> fill(List<ClaimView> views) {
        Map<Long, CheckedElsewhere> found = of(views.stream().map(ClaimView::id).toList());
        return views.stream().map(v -> v.withCheckedElsewhere(found.get(v.id()))).toList();
    }

    @Transactional
    public ClaimView fill(ClaimView view) {
        return fill(List.of(view)).get(0);
    }

    /** The claim list's rows, likewise. */
    @Transactional
    public List<ClaimService.ClaimRow> fillRows(List<ClaimService.ClaimRow> rows) {
        Map<Long, CheckedElsewhere> found = of(rows.stream().map(r -> r.claim().id()).toList());
        return rows.stream().map(r -> new ClaimService.ClaimRow(r.claim().withCheckedElsewhere(found.get(r.claim().id())),
                r.articleTitle(), r.outlet(), r.published())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, CheckedElsewhere> rows(List<?> result) {
        Map<Long, List<Object[]>> byClaim = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) result) {
            byClaim.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, CheckedElsewhere> out = new HashMap<>();
        byClaim.forEach((claim, rs) -> {
            Object[] r = rs.get(0); // the newest verdict
            LinkedHashSet<Rating> ratings = new LinkedHashSet<>();
            rs.forEach(x -> ratings.add(Rating.valueOf((String) x[6])));
            long id = ((Number) r[1]).longValue();
            long article = ((Number) r[2]).longValue();
            out.put(claim, new CheckedElsewhere(id, article, (String) r[3], (String) r[4],
                    r[5] == null ? null : LocalDate.parse((String) r[5]), Rating.valueOf((String) r[6]), (String) r[7],
                    (String) r[8], r[9] == null ? null
                            : OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Number) r[9]).longValue()), ZoneOffset.UTC),
                    ClaimStatus.valueOf((String) r[10]), "/articles/" + article + "?claim=" + id + "#claim-" + id,
                    rs.size(), List.copyOf(ratings)));
        });
        return out;
    }

    // ---------------------------------------------------------------- reusing

    /**
     * Gives claim {@code id} the verdict of claim {@code from}: rating, evidence and explanation, with a
     * line saying where it came from; the history row is {@code reuse-verdict} with {@code _reusedFrom}.
     * 404 without the claim, 422 when {@code from} is missing, not of the claim's group or not checked,
     * 409 when the version read is stale or the claim is rejected (as for any verdict).
     */
    @Transactional
    public ClaimView reuse(long id, Long from, Integer version, String user) {
        Claim c = Claim.findById(id);
        if (c == null) {
            throw ApiError.of(404, "no claim " + id);
        }
        if (from == null) {
            throw ApiError.of(422, "'from': the id of the checked claim whose verdict to reuse is required");
        }
        if (from == id) {
            throw ApiError.of(422, "a claim cannot reuse its own verdict");
        }
        Claim f = Claim.findById(from);
        if (f == null) {
            throw ApiError.of(422, "no claim " + from + " to reuse a verdict from");
        }
        if (!sameGroup(id, from)) {
            throw ApiError.of(422, "claim " + from + " is not in the same group as claim " + id
                    + ": only the verdict on the same claim can be reused");
        }
        if (f.verdictRating == null) {
            throw ApiError.of(422, "claim " + from + " has no verdict to reuse");
        }
        if (f.status != ClaimStatus.CHECKED && f.status != ClaimStatus.PUBLISHED) {
            throw ApiError.of(422, "claim " + from + "'s verdict is not final (status " + f.status
                    + "): only a CHECKED or PUBLISHED claim's verdict can be reused");
        }
        ClaimView v = claims.verdict(id, new VerdictInput(f.verdictRating.name(), explanation(f), f.verdictEvidence,
                version), user);
        markReuse(id, from, user);
        return v;
    }

    private boolean sameGroup(long id, long other) {
        return ((Number) em.createNativeQuery("""
                select count(*) from cluster_member a join cluster_member b on b.cluster_id = a.cluster_id
                where a.claim_id = ?1 and b.claim_id = ?2""").setParameter(1, id).setParameter(2, other)
                .getSingleResult()).longValue() > 0;
    }

    /** The other claim's explanation, then where it came from (cut to fit the explanation's limit). */
    static String explanation(Claim f) {
        String outlet = f.article.outletName();
        String note = "Verdict reused from claim #" + f.id + " in “" + f.article.title + "”"
                + (outlet == null ? "" : " (" + outlet + (f.article.published == null ? "" : ", " + f.article.published) + ")")
                + (f.verdictBy == null ? "" : ", rated by " + f.verdictBy)
                + (f.verdictAt == null ? "" : " on " + f.verdictAt.toLocalDate()) + ".";
        String own = f.verdictExplanation == null || f.verdictExplanation.isBlank() ? "" : f.verdictExplanation.strip();
        int room = ClaimService.MAX_EXPLANATION - note.length() - 2;
        if (own.length() > room) {
            own = own.substring(0, Math.max(0, room - 1)) + "…";
        }
        return own.isEmpty() ? note : own + "\n\n" + note;
    }

    /** The verdict's history row (just written in this transaction) says it was a reuse, and of which claim. */
    private void markReuse(long id, long from, String user) {
        ClaimHistory h = ClaimHistory.<ClaimHistory>find("claimId = ?1 order by id desc", id).firstResult();
        if (h == null || !"verdict".equals(h.action) || !user.equals(h.username)) {
            return;
        }
        h.action = "reuse-verdict";
        try {
            ObjectNode after = (ObjectNode) mapper.readTree(h.after);
            after.put("_reusedFrom", from);
            h.after = after.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("unreadable history JSON of claim " + id, e);
        }
    }
}
