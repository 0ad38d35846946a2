package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.claimtrack.match.Details;
import org.claimtrack.match.Embedder;
import org.claimtrack.match.Features;
import org.claimtrack.match.MatchKeys;
import org.claimtrack.match.PairMatcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A claim's likely matches in other articles, re-ranked by the matcher. A dated claim's candidates
 * are the claims sharing the most locality-sensitive keys with it (V17/V18, {@link MatchKeys}: its
 * embedding's sign bits, its trigrams' MinHashes, pairs of its names and numbers) in the weeks of
 * its date window and among undated claims: a few index probes at any corpus size. An undated
 * claim is compared with every claim through the trigram index and the full-text index on its
 * names, numbers and longer words. Each candidate is scored with the stored embeddings.
 */
@ApplicationScoped
public class MatchCandidates {

    /** candidates taken from each index */
    static final int PER_INDEX = 20;
    /** candidates taken from the keys (they stand in for both indexes) */
    public static final int PER_KEYS = 2 * PER_INDEX;

    @Inject
    EntityManager em;

    /** A candidate with its group (or null) and the matcher's verdict on the pair. */
    public record Scored(long claimId, Long clusterId, PairMatcher.Result result) {
    }

    /** A candidate as the matcher needs it. */
    public record Row(long claimId, String content, Long clusterId, float[] embedding) {
    }

    /**
     * The claims sharing the most bands (?3, an int array literal) with the claim in the weeks ?1..?2
     * (MatchKeys.week of the window's ends) and among undated claims, not of article ?4; public: the
     * scale benchmark runs it as is. An index-only scan of the query keys' entries (V18), counted per
     * claim: a claim has one week, so its count is the number of bands it shares.
     */
    public static final String KEY_CANDIDATES_SQL = """
                select e.claim_id from claim_match_entry e
                where e.key = any(match_query_keys(?1, ?2, cast(?3 as int[]))) and e.article_id <> ?4
                group by e.claim_id
                order by count(*) desc, e.claim_id
                limit ?5""";

    /**
     * For the grouping transaction: the key lookup must read the entries' index, never the table
     * (before V18, intarray's overlap estimate made the planner read claim_match_key whole: 2 s at
     * 189,000 rows in the scale benchmark).
     */
    public static final String INDEX_ONLY_SQL = "select set_config('enable_seqscan', 'off', true)";

    static final String FULL_TEXT_SQL = """
                select c2.id from claim c2
                where to_tsvector('english', c2.content) @@ to_tsquery('english', ?1)
                  and c2.article_id <> ?2 and c2.status <> 'REJECTED'
                order by ts_rank(to_tsvector('english', c2.content), to_tsquery('english', ?1)) desc, c2.id
                limit %d""";

    /**
     * The candidates' texts and groups (?1: bigint array literal); public: the benchmark runs it. A
     * claim rejected since its keys were stored is no candidate.
     */
    public static final String ROWS_SQL = """
                select c.id, c.content, m.cluster_id from claim c left join cluster_member m on m.claim_id = c.id
                where c.id = any(cast(?1 as bigint[])) and c.status <> 'REJECTED'""";

    /** Stored embeddings and whether the claim has its keys yet, with the claim's date (for the keys). */
    public static final String EMBEDDINGS_SQL = """
                select c.id, array_to_string(e.vector, ','), k.claim_id is not null, c.published, c.article_id
                from claim c left join claim_embedding e on e.claim_id = c.id
                left join claim_match_key k on k.claim_id = c.id
                where c.id = any(cast(?1 as bigint[]))""";

    /**
     * The candidates of one claim (since/until null: every article, an undated claim or no window),
     * read only: their embeddings are stored by {@link #scoreAll}.
     */
    @SuppressWarnings("unchecked")
    public List<Long> candidateIds(long claimId, long articleId, String content, float[] embedding, LocalDate since,
            LocalDate until) {
        Set<Long> ids = new LinkedHashSet<>();
        if (since != null) {
            String bands = MatchKeys.literal(MatchKeys.bands(content, embedding));
            for (Object r : em.createNativeQuery(KEY_CANDIDATES_SQL).setParameter(1, MatchKeys.week(since))
                    .setParameter(2, MatchKeys.week(until)).setParameter(3, bands).setParameter(4, articleId)
                    .setParameter(5, PER_KEYS).getResultList()) {
                ids.add(((Number) r).longValue());
            }
        } else {
            for (Object r : em.createNativeQuery(ClusterService.CANDIDATES_SQL).setParameter(1, content)
                    .setParameter(2, articleId).getResultList()) {
                ids.add(((Number) ((Object[]) r)[0]).longValue());
            }
            String terms = fullTextTerms(content);
            if (!terms.isEmpty()) {
                for (Object r : em.createNativeQuery(FULL_TEXT_SQL.formatted(PER_INDEX)).setParameter(1, terms)
                        .setParameter(2, articleId).getResultList()) {
                    ids.add(((Number) r).longValue());
                }
            }
        }
        ids.remove(claimId);
        return new ArrayList<>(ids);
    }

    /**
     * Scores each claim's candidates (one read of all their texts and groups, one batch of missing
     * embeddings, stored in id order), each list best first.
     */
    public Map<Long, List<Scored>> scoreAll(Map<Long, Features.Side> selves, Map<Long, List<Long>> found) {
        Set<Long> all = new java.util.TreeSet<>();
        found.values().forEach(all::addAll);
        Map<Long, List<Scored>> out = new HashMap<>();
        if (all.isEmpty()) {
            selves.keySet().forEach(id -> out.put(id, List.of()));
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROWS_SQL).setParameter(1, literal(all)).getResultList();
        Map<Long, String> texts = new TreeMap<>();
        Map<Long, Long> clusters = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            texts.put(id, (String) r[1]);
            clusters.put(id, r[2] == null ? null : ((Number) r[2]).longValue());
        }
        Map<Long, float[]> vectors = embeddings(texts);
        selves.forEach((id, self) -> {
            List<Row> mine = new ArrayList<>();
            for (Long c : found.getOrDefault(id, List.of())) {
                if (texts.containsKey(c)) {
                    mine.add(new Row(c, texts.get(c), clusters.get(c), vectors.get(c)));
                }
            }
            out.put(id, score(self, mine));
        });
        return out;
    }

    /** The matcher on each candidate, best first (plain: the benchmark calls it on the rows it read). */
    public static List<Scored> score(Features.Side self, List<Row> rows) {
        List<Scored> out = new ArrayList<>();
        for (Row r : rows) {
            PairMatcher.Result res = PairMatcher.shared().match(self, Features.Side.of(r.content(), r.embedding()));
            out.add(new Scored(r.claimId(), r.clusterId(), res));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> -s.result().score()).thenComparingLong(Scored::claimId));
        return out;
    }

    /**
     * Stored embeddings of the claims; the missing ones are computed in one batch and stored with
     * their keys, and a stored one without keys (embedded before V17) gets them now.
     */
    public Map<Long, float[]> embeddings(Map<Long, String> texts) {
        Map<Long, float[]> out = new HashMap<>();
        Map<Long, LocalDate> keyless = new TreeMap<>();
        Map<Long, LocalDate> dates = new HashMap<>();
        Map<Long, Long> articles = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EMBEDDINGS_SQL).setParameter(1, literal(texts.keySet()))
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            LocalDate published = toDate(r[3]);
            dates.put(id, published);
            articles.put(id, ((Number) r[4]).longValue());
            if (r[1] != null) {
                out.put(id, parse((String) r[1]));
                if (!(Boolean) r[2]) {
                    keyless.put(id, published);
                }
            }
        }
        // in id order, and never overwriting: concurrent groupings that store the same claims' embeddings
        // then take their row locks in one order and cannot deadlock (the vector of one text is one vector)
        List<Long> missing = texts.keySet().stream().filter(id -> !out.containsKey(id) && dates.containsKey(id))
                .sorted().toList();
        if (!missing.isEmpty()) {
            List<float[]> fresh = Embedder.embedAll(missing.stream().map(texts::get).toList());
            for (int i = 0; i < missing.size(); i++) {
                out.put(missing.get(i), fresh.get(i));
                em.createNativeQuery("""
                        insert into claim_embedding (claim_id, vector) values (?1, cast(?2 as real[]))
                        on conflict (claim_id) do nothing""")
                        .setParameter(1, missing.get(i)).setParameter(2, literal(fresh.get(i))).executeUpdate();
                keyless.put(missing.get(i), dates.get(missing.get(i)));
            }
        }
        keyless.forEach((id, published) -> storeKeys(id, articles.get(id), texts.get(id), out.get(id), published));
        return out;
    }

    /** Stores one claim's keys (never overwriting: grouping and the start-up backfill may race); 1 if stored. */
    int storeKeys(long claimId, long articleId, String text, float[] embedding, LocalDate published) {
        return em.createNativeQuery("""
                insert into claim_match_key (claim_id, article_id, week, bands) values (?1, ?2, ?3, cast(?4 as int[]))
                on conflict (claim_id) do nothing""")
                .setParameter(1, claimId).setParameter(2, articleId).setParameter(3, MatchKeys.week(published))
                .setParameter(4, MatchKeys.literal(MatchKeys.bands(text, embedding))).executeUpdate();
    }

    static LocalDate toDate(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(o.toString());
    }

    public static float[] parse(String s) {
        String[] parts = s.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

    public static String literal(float[] v) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(Float.toString(v[i]));
        }
        return sb.append('}').toString();
    }

    /** bigint array literal of ids */
    public static String literal(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder("{");
        for (Long id : ids) {
            sb.append(sb.length() == 1 ? "" : ",").append(id);
        }
        return sb.append('}').toString();
    }

    /** to_tsquery OR of the claim's names, numbers and words of five letters or more (at most 12). */
    public static String fullTextTerms(String content) {
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
