package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.match.Details;
import org.claimtrack.match.Embedder;
import org.claimtrack.match.Features;
import org.claimtrack.match.PairMatcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A claim's likely matches in other articles, re-ranked by the matcher: candidates from the trigram
 * index (a low threshold, so reworded claims come too) and from the full-text index on the claim's
 * names, numbers and longer words (shared entities: "Iran" / "Tehran ... Iraqi bases"), within the
 * date window and among undated articles; each scored with the stored embeddings.
 */
@ApplicationScoped
public class MatchCandidates {

    /** candidates taken from each index */
    static final int PER_INDEX = 20;

    @Inject
    EntityManager em;

    @Inject
    ClaimtrackConfig config;

    /** A candidate with its group (or null) and the matcher's verdict on the pair. */
    public record Scored(long claimId, Long clusterId, PairMatcher.Result result) {
    }

    static final String FULL_TEXT_SQL = """
                select c2.id from claim c2
                where to_tsvector('english', c2.content) @@ to_tsquery('english', ?1)
                  and c2.article_id <> ?2 and c2.status <> 'REJECTED' %s
                order by ts_rank(to_tsvector('english', c2.content), to_tsquery('english', ?1)) desc, c2.id
                limit %d""";

    /** Best first. since/until null: every article (an undated claim, or no window). */
    public List<Scored> rank(long claimId, long articleId, String content, LocalDate since, LocalDate until) {
        Set<Long> ids = new LinkedHashSet<>();
        var trigram = em.createNativeQuery(since == null ? ClusterService.CANDIDATES_SQL
                : ClusterService.WINDOW_CANDIDATES_SQL).setParameter(1, content).setParameter(2, articleId);
        if (since != null) {
            trigram.setParameter(3, since).setParameter(4, until);
        }
        for (Object r : trigram.getResultList()) {
            ids.add(((Number) ((Object[]) r)[0]).longValue());
        }
        String terms = terms(content);
        if (!terms.isEmpty()) {
            String window = since == null ? "" : "and (c2.published between ?3 and ?4 or c2.published is null)";
            var text = em.createNativeQuery(FULL_TEXT_SQL.formatted(window, PER_INDEX)).setParameter(1, terms)
                    .setParameter(2, articleId);
            if (since != null) {
                text.setParameter(3, since).setParameter(4, until);
            }
            for (Object r : text.getResultList()) {
                ids.add(((Number) r).longValue());
            }
        }
        ids.remove(claimId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Features.Side self = side(claimId, content);
        List<Scored> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.content, m.cluster_id from claim c left join cluster_member m on m.claim_id = c.id
                where c.id in (:ids)""").setParameter("ids", ids).getResultList();
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, Long> clusters = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            texts.put(id, (String) r[1]);
            clusters.put(id, r[2] == null ? null : ((Number) r[2]).longValue());
        }
        Map<Long, float[]> vectors = embeddings(texts);
        for (Map.Entry<Long, String> e : texts.entrySet()) {
            PairMatcher.Result res = PairMatcher.shared().match(self, Features.Side.of(e.getValue(), vectors.get(e.getKey())));
            out.add(new Scored(e.getKey(), clusters.get(e.getKey()), res));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> -s.result().score()).thenComparingLong(Scored::claimId));
        return out;
    }

    /** The claim as the matcher sees it, with its stored (or now computed and stored) embedding. */
    Features.Side side(long claimId, String content) {
        return Features.Side.of(content, embeddings(Map.of(claimId, content)).get(claimId));
    }

    /** Stored embeddings of the claims; the missing ones are computed in one batch and stored. */
    public Map<Long, float[]> embeddings(Map<Long, String> texts) {
        Map<Long, float[]> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select claim_id, array_to_string(vector, ',') from claim_embedding where claim_id in (:ids)")
                .setParameter("ids", texts.keySet()).getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), parse((String) r[1]));
        }
        // in id order, and never overwriting: concurrent groupings that store the same claims' embeddings
        // then take their row locks in one order and cannot deadlock (the vector of one text is one vector)
        List<Long> missing = texts.keySet().stream().filter(id -> !out.containsKey(id)).sorted().toList();
        if (!missing.isEmpty()) {
            List<float[]> fresh = Embedder.embedAll(missing.stream().map(texts::get).toList());
            for (int i = 0; i < missing.size(); i++) {
                out.put(missing.get(i), fresh.get(i));
                em.createNativeQuery("""
                        insert into claim_embedding (claim_id, vector) values (?1, cast(?2 as real[]))
                        on conflict (claim_id) do nothing""")
                        .setParameter(1, missing.get(i)).setParameter(2, literal(fresh.get(i))).executeUpdate();
            }
        }
        return out;
    }

    static float[] parse(String s) {
        String[] parts = s.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

    static String literal(float[] v) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(Float.toString(v[i]));
        }
        return sb.append('}').toString();
    }

    /** to_tsquery OR of the claim's names, numbers and words of five letters or more (at most 12). */
    static String terms(String content) {
        Details d = Details.of(content);
        Set<String> out = new LinkedHashSet<>();
        for (String n : d.names) {
            out.add(n);
        }
        for (String t : d.tokens) {
            if (t.length() >= 5 || !t.isEmpty() && Character.isDigit(t.charAt(0))) {
                out.add(t);
            }
        }
        List<String> clean = new ArrayList<>();
        for (String t : out) {
            String c = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!c.isEmpty() && clean.size() < 12 && !clean.contains(c)) {
                clean.add(c);
            }
        }
        return String.join(" | ", clean);
    }
}
