package org.claimtrack.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.match.PairMatcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Likely matches the matcher was not sure enough to link (score between the suggest and the
 * auto-link threshold, or a conflict): editors confirm one (the claim joins the other's group, which
 * is started when the other has none) or dismiss it (never suggested again).
 */
@ApplicationScoped
public class ClaimSuggestions {

    @Inject
    EntityManager em;

    /** One suggestion as the group and review pages show it: the claim, the other claim and their articles. */
    public record Suggestion(long claimId, String claimText, long articleId, String articleTitle, String outlet,
            long otherClaimId, String otherText, Long otherCluster, int percent, boolean conflict, String signals,
            long otherArticleId, String otherArticleTitle, String otherOutlet) {

        /** Seen from one of its two claims: the claim on the other side (the review page's panel). */
        public Side from(Long claimId) {
            return claimId != null && claimId == this.claimId
                    ? new Side(otherClaimId, otherText, otherArticleId, otherArticleTitle, otherOutlet, otherCluster)
                    : new Side(this.claimId, claimText, articleId, articleTitle, outlet, null);
        }
    }

    /** One claim of a suggestion with its article, and its group when the other claim would join it. */
    public record Side(long claimId, String text, long articleId, String articleTitle, String outlet, Long group) {
    }

    /** Records a suggestion unless an editor dismissed the same one before. */
    void suggest(long claimId, long otherId, PairMatcher.Result r) {
        em.createNativeQuery("""
                insert into claim_suggestion (claim_id, other_claim_id, score, signals, conflict) values (?1, ?2, ?3, ?4, ?5)
                on conflict (claim_id, other_claim_id) do update set score = excluded.score, signals = excluded.signals,
                    conflict = excluded.conflict where not claim_suggestion.dismissed""")
                .setParameter(1, claimId).setParameter(2, otherId).setParameter(3, (float) r.score())
                .setParameter(4, json(r.signals())).setParameter(5, r.conflict()).executeUpdate();
    }

    static final String SELECT = """
            select s.claim_id, c.content, c.article_id, a.title, o.name, s.other_claim_id, c2.content, m2.cluster_id,
                   s.score, s.conflict, s.signals, c2.article_id, a2.title, o2.name
            from claim_suggestion s join claim c on c.id = s.claim_id join article a on a.id = c.article_id
            left join outlet o on o.id = a.outlet_id join claim c2 on c2.id = s.other_claim_id
            join article a2 on a2.id = c2.article_id left join outlet o2 on o2.id = a2.outlet_id
            left join cluster_member m1 on m1.claim_id = s.claim_id
            left join cluster_member m2 on m2.claim_id = s.other_claim_id
            where not s.dismissed and (m1.cluster_id is null or m1.cluster_id is distinct from m2.cluster_id)
            """;

    /** Open suggestions to join a group: claims likely stating what one of its members states. */
    @Transactional
    public List<Suggestion> forCluster(long clusterId) {
        return rows(em.createNativeQuery(SELECT + " and m2.cluster_id = ?1 order by s.score desc, s.claim_id")
                .setParameter(1, clusterId).getResultList());
    }

    /** Open suggestions touching the article's claims (either side). */
    @Transactional
    public List<Suggestion> forArticle(long articleId) {
        return forArticle("?1", articleId);
    }

    /** The same for the article of a claim, in one query (the review page asks once per page). */
    @Transactional
    public List<Suggestion> forArticleOf(long claimId) {
        return forArticle("(select article_id from claim where id = ?1)", claimId);
    }

    /** Each side by its own index (claim_suggestion's key and its other_claim_id index), not an OR of both. */
    private List<Suggestion> forArticle(String article, long param) {
        return rows(em.createNativeQuery("select * from (" + SELECT + " and c.article_id = " + article + " union " + SELECT
                + " and c2.article_id = " + article + ") u order by 9 desc, 1, 6").setParameter(1, param).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Suggestion> rows(List<?> rows) {
        List<Suggestion> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) rows) {
            out.add(new Suggestion(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], (String) r[4], ((Number) r[5]).longValue(), (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    (int) Math.round(((Number) r[8]).doubleValue() * 100), (Boolean) r[9], (String) r[10],
                    ((Number) r[11]).longValue(), (String) r[12], (String) r[13]));
        }
        return out;
    }

    /** The editor agrees: the claim joins the other claim's group (started now if it has none); returns the group. */
    @Transactional
    public long confirm(long claimId, long otherId) {
        Object[] s = find(claimId, otherId);
        float score = ((Number) s[0]).floatValue();
        @SuppressWarnings("unchecked")
        List<Number> group = em.createNativeQuery("select cluster_id from cluster_member where claim_id = ?1")
                .setParameter(1, otherId).getResultList();
        long cluster;
        if (group.isEmpty()) {
            String label = (String) em.createNativeQuery("select content from claim where id = ?1").setParameter(1, otherId)
                    .getSingleResult();
            cluster = ((Number) em.createNativeQuery("insert into claim_cluster (label) values (?1) returning id")
                    .setParameter(1, label.length() > 500 ? label.substring(0, 500) : label).getSingleResult()).longValue();
            em.createNativeQuery("insert into cluster_member (claim_id, cluster_id, similarity, confirmed) values (?1, ?2, 1, true)")
                    .setParameter(1, otherId).setParameter(2, cluster).executeUpdate();
        } else {
            cluster = group.get(0).longValue();
        }
        em.createNativeQuery("""
                insert into cluster_member (claim_id, cluster_id, similarity, confirmed, signals, conflict)
                values (?1, ?2, ?3, true, ?4, ?5)
                on conflict (claim_id) do update set cluster_id = excluded.cluster_id, similarity = excluded.similarity,
                    confirmed = true, signals = excluded.signals, conflict = excluded.conflict""")
                .setParameter(1, claimId).setParameter(2, cluster).setParameter(3, score).setParameter(4, s[1])
                .setParameter(5, s[2]).executeUpdate();
        em.createNativeQuery("delete from claim_suggestion where claim_id = ?1 and other_claim_id = ?2")
                .setParameter(1, claimId).setParameter(2, otherId).executeUpdate();
        em.createNativeQuery("update claim_cluster set updated_at = now() where id = ?1").setParameter(1, cluster)
                .executeUpdate();
        return cluster;
    }

    /** The editor disagrees: the suggestion is kept as dismissed, so grouping never offers it again. */
    @Transactional
    public void dismiss(long claimId, long otherId) {
        find(claimId, otherId);
        em.createNativeQuery("update claim_suggestion set dismissed = true where claim_id = ?1 and other_claim_id = ?2")
                .setParameter(1, claimId).setParameter(2, otherId).executeUpdate();
    }

    private Object[] find(long claimId, long otherId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select score, signals, conflict from claim_suggestion
                where claim_id = ?1 and other_claim_id = ?2 and not dismissed""")
                .setParameter(1, claimId).setParameter(2, otherId).getResultList();
        if (rows.isEmpty()) {
            throw ApiError.of(404, "no open suggestion for claim " + claimId + " and claim " + otherId);
        }
        return rows.get(0);
    }

    /** The signals as a small JSON object, numbers with three decimals. */
    static String json(Map<String, Double> signals) {
        StringBuilder sb = new StringBuilder("{");
        signals.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(String.format(Locale.ROOT, "%.3f", v)));
        return sb.append('}').toString();
    }
}
