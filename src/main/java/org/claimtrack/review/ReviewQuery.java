package org.claimtrack.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.Article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads what the review page and its claim panel show. */
@ApplicationScoped
public class ReviewQuery {

    @Inject
    EntityManager em;

    @Inject
    ClaimService claims;

    @Transactional
    public ReviewModel page(long articleId, Long selected, Map<String, String> attempted, String error, String notice) {
        return page(articleId, selected, attempted, error, notice, null, null);
    }

    /** The page with a notice whose Undo button undoes the user's change to claim {@code undoClaim} (null: none). */
    @Transactional
    public ReviewModel page(long articleId, Long selected, Map<String, String> attempted, String error, String notice,
            Long undoClaim, String undoLabel) {
        Article a = em.createQuery("select a from Article a left join fetch a.outlet where a.id = :id", Article.class)
                .setParameter("id", articleId).getResultStream().findFirst().orElse(null);
        if (a == null) {
            throw ApiError.of(404, "no article " + articleId);
        }
        // read only: nothing to dirty-check at commit for hundreds of claims
        List<Claim> all = em.createQuery("select c from Claim c left join fetch c.source where c.article.id = :id "
                + "order by c.start, c.end, c.id", Claim.class).setParameter("id", articleId)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        List<ClaimView> active = new ArrayList<>();
        List<ClaimView> rejected = new ArrayList<>();
        List<Highlighter.Marks> marks = new ArrayList<>();
        for (Claim c : all) {
            ClaimView v = ClaimView.of(c);
            if (c.status == ClaimStatus.REJECTED) {
                rejected.add(v);
            } else {
                active.add(v);
                marks.add(new Highlighter.Marks(c.id, c.kind, c.start, c.end, c.sourceStart, c.sourceEnd, c.cueStart,
                        c.cueEnd));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> furniture = em.createNativeQuery(
                "select start_offset, end_offset from article_furniture where article_id = ?1 order by start_offset")
                .setParameter(1, articleId).getResultList();
        List<Highlighter.Range> ranges = furniture.stream()
                .map(r -> new Highlighter.Range(((Number) r[0]).intValue(), ((Number) r[1]).intValue())).toList();
        List<Highlighter.Segment> segments = Highlighter.segments(a.rawText, marks, ranges);

        Long sel = selected;
        if (sel == null && !active.isEmpty()) {
            sel = active.get(0).id();
        }
        ReviewModel.Panel panel = null;
        if (sel != null) {
            final Long want = sel;
            ClaimView chosen = active.stream().filter(c -> c.id().equals(want)).findFirst()
                    .or(() -> rejected.stream().filter(c -> c.id().equals(want)).findFirst()).orElse(null);
            if (chosen != null) {
                panel = panel(articleId, chosen, active, attempted);
            }
        }
        return new ReviewModel(a.id, a.title, a.outletName(), a.published, a.url, a.byline,
                a.rawText.codePointCount(0, a.rawText.length()), segments, active, rejected, panel, error, notice,
                undoClaim, undoLabel, List.copyOf(a.warnings));
    }

    /** The claim panel alone (the page swaps it in when another claim is selected). */
    @Transactional
    public ReviewModel.Panel panel(long articleId, long claimId, Map<String, String> attempted) {
        Claim c = Claim.findById(claimId);
        if (c == null || !c.article.id.equals(articleId)) {
            throw ApiError.of(404, "no claim " + claimId + " in article " + articleId);
        }
        List<ClaimView> active = Claim.ofArticle(articleId).stream().map(ClaimView::of).toList();
        return panel(articleId, ClaimView.of(c), active, attempted);
    }

    private ReviewModel.Panel panel(long articleId, ClaimView c, List<ClaimView> active, Map<String, String> attempted) {
        int i = -1;
        for (int k = 0; k < active.size(); k++) {
            if (active.get(k).id().equals(c.id())) {
                i = k;
                break;
            }
        }
        ClaimView prev = i > 0 ? active.get(i - 1) : null;
        ClaimView next = i >= 0 && i + 1 < active.size() ? active.get(i + 1) : null;
        List<HistoryEntry> history = new ArrayList<>(ClaimHistory.ofClaim(c.id()).stream().map(claims::entry).toList());
        java.util.Collections.reverse(history); // newest first
        @SuppressWarnings("unchecked")
        List<Object[]> src = em.createNativeQuery("select id, name, type from source order by lower(name), id limit 2000")
                .getResultList();
        List<ReviewModel.SourceOption> sources = src.stream()
                .map(r -> new ReviewModel.SourceOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
        List<String> users = em.createQuery("select u.username from User u order by u.username", String.class)
                .getResultList();
        List<CommentService.CommentView> thread = ClaimComment.ofClaim(c.id()).stream()
                .map(CommentService.CommentView::of).toList();
        return new ReviewModel.Panel(articleId, c, history, sources, users, prev, next, form(c, attempted),
                attempted != null && attempted.containsKey("cueField"), thread);
    }

    static ReviewModel.PanelForm form(ClaimView c, Map<String, String> f) {
        Map<String, String> a = f == null ? Map.of() : f;
        var v = c.verdict();
        return new ReviewModel.PanelForm(
                a.getOrDefault("rating", v == null ? "" : v.rating().name()),
                a.getOrDefault("explanation", v == null || v.explanation() == null ? "" : v.explanation()),
                a.getOrDefault("evidence", v == null ? "" : String.join("\n", v.evidence())),
                a.getOrDefault("kind", c.kind().name()),
                a.getOrDefault("quote", c.quote().name()),
                a.getOrDefault("status", c.status().name()),
                a.getOrDefault("assignee", c.assignee() == null ? "" : c.assignee()),
                a.getOrDefault("start", String.valueOf(c.start())),
                a.getOrDefault("end", String.valueOf(c.end())),
                a.getOrDefault("cueStart", c.cue() == null ? "" : String.valueOf(c.cue().start())),
                a.getOrDefault("cueEnd", c.cue() == null ? "" : String.valueOf(c.cue().end())));
    }
}
