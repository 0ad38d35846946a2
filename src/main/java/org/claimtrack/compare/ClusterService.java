package org.claimtrack.compare;

import org.claimtrack.common.NativePage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.extract.Kind;
import org.claimtrack.match.Features;
import org.claimtrack.match.PairMatcher;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimView;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Groups of claims that state the same thing in different articles. A claim joins the group of its
 * most similar claim in another article (pg_trgm similarity at or above the configured threshold,
 * served by the trigram index); a claim in no group with a match starts a new group with it. A
 * claim is in at most one group and a group holds at most one claim of each article. Groups or
 * members an editor confirmed are never changed by recomputation.
 */
@ApplicationScoped
public class ClusterService {

    private static final Logger LOG = Logger.getLogger(ClusterService.class);

    @Inject
    EntityManager em;

    @Inject
    ClaimtrackConfig config;

    @Inject
    MatchCandidates candidates;

    @Inject
    ClaimSuggestions suggestions;

    public record Member(Long claimId, Long articleId, String articleTitle, String outlet, LocalDate published,
            double similarity, boolean confirmed, String before, String after, ClaimView claim, String signals,
            boolean conflict) {
        /** the matcher's score as the pages show it ("87 %"; the first member of a group shows 100 %) */
        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    public record ClusterSummary(Long id, String label, boolean confirmed, int size, int articles, List<String> outlets,
            List<Kind> kinds, List<Long> claimIds) {
    }

    public record ClusterDetail(Long id, String label, boolean confirmed, List<Member> members,
            List<ClaimSuggestions.Suggestion> suggestions) {
    }

    public record Recomputed(long clusters, long members, long articles) {
    }

    /** Called after an article is stored (its own transactions); a failure here never fails the ingest. */
    public void afterIngest(Long articleId) {
        if (!config.compare().groupAtIngest() || articleId == null) {
            return;
        }
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> assignAndClear(articleId));
                return;
            } catch (RuntimeException e) {
                // two workers grouping near-identical articles at once can deadlock: PostgreSQL rolls one back,
                // which can simply run again
                if (attempt < LOCK_ATTEMPTS && lockConflict(e)) {
                    pause(attempt);
                    continue;
                }
                LOG.warnf(e, "Grouping the claims of article %d failed; POST /api/clusters/recompute retries", articleId);
                return;
            }
        }
    }

    static final int LOCK_ATTEMPTS = 5;

    /** A deadlock or serialization failure (SQLSTATE 40P01, 40001) anywhere in the cause chain. */
    static boolean lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100L * attempt + 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** Groups the article and, in the same transaction, clears its pending mark: pending until the groups are there. */
    void assignAndClear(long articleId) {
        assignArticle(articleId);
        em.createNativeQuery("update article set grouping_pending = false where id = ?1")
                .setParameter(1, articleId).executeUpdate();
    }

    /** Puts each ungrouped claim of the article into a group with its best match in another article. */
    @Transactional
    public int assignArticle(long articleId) {
        em.createNativeQuery("select set_config('pg_trgm.similarity_threshold', ?1, true)")
                .setParameter(1, Double.toString(config.compare().similarityThreshold())).getSingleResult();
        em.createNativeQuery(MatchCandidates.INDEX_ONLY_SQL).getSingleResult();
        // the article's date: candidates come from the articles published around it
        @SuppressWarnings("unchecked")
        List<Object> dates = em.createNativeQuery("select published from article where id = ?1")
                .setParameter(1, articleId).getResultList();
        LocalDate published = dates.isEmpty() ? null : toDate(dates.get(0));
        int window = config.compare().groupWindowDays();
        LocalDate since = published == null || window <= 0 ? null : published.minusDays(window);
        LocalDate until = since == null ? null : published.plusDays(window);
        @SuppressWarnings("unchecked")
        List<Object[]> claims = em.createNativeQuery("""
                select c.id, c.content from claim c
                where c.article_id = ?1 and c.status <> 'REJECTED'
                  and not exists (select 1 from cluster_member m where m.claim_id = c.id)
                order by c.start_offset, c.id""").setParameter(1, articleId).getResultList();
        int joined = 0;
        Map<Long, String> texts = new LinkedHashMap<>();
        for (Object[] c : claims) {
            if (words((String) c[1]) >= config.compare().minWords()) {
                texts.put(((Number) c[0]).longValue(), (String) c[1]);
            }
        }
        if (texts.isEmpty()) {
            return 0;
        }
        Map<Long, float[]> vectors = candidates.embeddings(texts); // one batch for the article's claims
        // every claim's candidates first (reads only), their embeddings in one batch, then the locks of all
        // the claims and groups involved in one order, then the joins: two workers grouping near-identical
        // articles at once wait for each other instead of deadlocking
        Map<Long, Features.Side> selves = new LinkedHashMap<>();
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        for (Map.Entry<Long, String> c : texts.entrySet()) {
            Features.Side self = Features.Side.of(c.getValue(), vectors.get(c.getKey()));
            selves.put(c.getKey(), self);
            found.put(c.getKey(), candidates.candidateIds(c.getKey(), articleId, c.getValue(), self.embedding(), since,
                    until));
        }
        Map<Long, List<MatchCandidates.Scored>> ranked = candidates.scoreAll(selves, found);
        Map<Long, Long> clusterOf = lockInOrder(texts.keySet(), found);
        for (Map.Entry<Long, String> c : texts.entrySet()) {
            if (join(c.getKey(), articleId, c.getValue(), ranked.get(c.getKey()), clusterOf)) {
                joined++;
            }
        }
        return joined;
    }

    /** Best matches of a claim's text in other articles, via the trigram index (public: the benchmark times it). */
    public static final String CANDIDATES_SQL = """
                select c2.id, similarity(c2.content, ?1) sim, m.cluster_id
                from claim c2 left join cluster_member m on m.claim_id = c2.id
                where c2.content % ?1 and c2.article_id <> ?2 and c2.status <> 'REJECTED'
                order by sim desc, c2.id limit 20""";

    /**
     * The claim joins the group of its best match that the matcher calls the same (or starts one with
     * it); failing that, its best likely match becomes a suggestion for an editor.
     */
    private boolean join(long claimId, long articleId, String content, List<MatchCandidates.Scored> ranked,
            Map<Long, Long> clusterOf) {
        for (MatchCandidates.Scored cand : ranked) {
            if (!cand.result().same()) {
                continue;
            }
            Long cluster = clusterOf.get(cand.claimId());
            if (cluster == null) {
                long id = newCluster(content, cand.claimId(), claimId);
                addMember(id, cand.claimId(), 1.0, null, false);
                addMember(id, claimId, cand.result().score(), cand.result(), false);
                clusterOf.put(cand.claimId(), id);
                clusterOf.put(claimId, id);
                return true;
            }
            boolean hasArticle = ((Number) em.createNativeQuery("""
                    select count(*) from cluster_member m join claim c on c.id = m.claim_id
                    where m.cluster_id = ?1 and c.article_id = ?2""")
                    .setParameter(1, cluster).setParameter(2, articleId).getSingleResult()).longValue() > 0;
            boolean pinned = ((Number) em.createNativeQuery(
                    "select count(*) from claim_cluster where id = ?1 and confirmed")
                    .setParameter(1, cluster).getSingleResult()).longValue() > 0;
            if (!hasArticle && !pinned) {
                addMember(cluster, claimId, cand.result().score(), cand.result(), false);
                clusterOf.put(claimId, cluster);
                return true;
            }
        }
        ranked.stream().filter(c -> c.result().decision() == PairMatcher.Decision.SUGGESTED && !c.result().conflict())
                .findFirst()
                .ifPresent(c -> suggestions.suggest(claimId, c.claimId(), c.result()));
        // and the best conflicting claim of each group (or ungrouped claim): flagged, never merged; the
        // drift view shows CONFLICT on that group (V16)
        java.util.Set<String> seen = new java.util.HashSet<>();
        ranked.stream().filter(c -> c.result().conflict())
                .filter(c -> seen.add(clusterOf.get(c.claimId()) != null ? "g" + clusterOf.get(c.claimId())
                        : "c" + c.claimId()))
                .forEach(c -> suggestions.suggest(claimId, c.claimId(), c.result()));
        return false;
    }

    /**
     * Takes the grouping locks of the article's claims and all their candidates (advisory, by claim
     * id, ascending), then reads the candidates' groups again (another worker may have grouped them
     * meanwhile) and locks those rows (ascending id). Every worker takes its claim locks, then its
     * group locks, each in one order and all before any write: no wait cycle, so no deadlock.
     */
    /** The grouping locks of claims (?1: ids as a bigint array literal), taken in ascending id order. */
    public static final String LOCK_CLAIMS_SQL = """
                select count(*) from (select pg_advisory_xact_lock(x)
                  from (select x from unnest(cast(?1 as bigint[])) x order by x) o) l""";

    /** The groups of claims (?1: ids as a bigint array literal). */
    public static final String GROUPS_OF_SQL =
            "select claim_id, cluster_id from cluster_member where claim_id = any(cast(?1 as bigint[]))";

    private Map<Long, Long> lockInOrder(java.util.Collection<Long> own, Map<Long, List<Long>> found) {
        java.util.TreeSet<Long> claims = new java.util.TreeSet<>(own);
        found.values().forEach(claims::addAll);
        em.createNativeQuery(LOCK_CLAIMS_SQL).setParameter(1, MatchCandidates.literal(claims)).getSingleResult();
        Map<Long, Long> clusterOf = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(GROUPS_OF_SQL).setParameter(1, MatchCandidates.literal(claims))
                .getResultList();
        for (Object[] r : rows) {
            clusterOf.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        if (!clusterOf.isEmpty()) {
            em.createNativeQuery("""
                    select id from claim_cluster where id = any(cast(?1 as bigint[])) order by id for no key update""")
                    .setParameter(1, MatchCandidates.literal(new java.util.TreeSet<>(clusterOf.values()))).getResultList();
        }
        return clusterOf;
    }

    private long newCluster(String label) {
        return ((Number) em.createNativeQuery("insert into claim_cluster (label) values (?1) returning id")
                .setParameter(1, label.length() > 500 ? label.substring(0, 500) : label).getSingleResult()).longValue();
    }

    /** A new group for two claims; during a regroup it takes back the id of a group either was in before. */
    private long newCluster(String label, long first, long second) {
        @SuppressWarnings("unchecked")
        List<Number> previous = em.createNativeQuery("""
                select p.cluster_id from cluster_previous p
                where p.claim_id in (?1, ?2) and not exists (select 1 from claim_cluster cl where cl.id = p.cluster_id)
                order by p.claim_id = ?1 desc limit 1""").setParameter(1, first).setParameter(2, second).getResultList();
        if (previous.isEmpty()) {
            return newCluster(label);
        }
        long id = previous.get(0).longValue();
        em.createNativeQuery("insert into claim_cluster (id, label) values (?1, ?2)").setParameter(1, id)
                .setParameter(2, label.length() > 500 ? label.substring(0, 500) : label).executeUpdate();
        return id;
    }

    private void addMember(long cluster, long claimId, double similarity, PairMatcher.Result match, boolean confirmed) {
        em.createNativeQuery("""
                insert into cluster_member (claim_id, cluster_id, similarity, confirmed, signals, conflict)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (claim_id) do update set cluster_id = excluded.cluster_id,
                    similarity = excluded.similarity, confirmed = excluded.confirmed, signals = excluded.signals,
                    conflict = excluded.conflict""")
                .setParameter(1, claimId).setParameter(2, cluster).setParameter(3, (float) similarity)
                .setParameter(4, confirmed).setParameter(5, match == null ? null : ClaimSuggestions.json(match.signals()))
                .setParameter(6, match != null && match.conflict()).executeUpdate();
        em.createNativeQuery("update claim_cluster set updated_at = now() where id = ?1").setParameter(1, cluster)
                .executeUpdate();
    }

    /**
     * Forgets every unconfirmed grouping and groups all articles again, oldest first (after the
     * extractor changed its claim spans, or the threshold changed). One transaction an article.
     */
    public Recomputed recomputeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            // each claim's unconfirmed group, so that the groups formed again keep their ids
            em.createNativeQuery("delete from cluster_previous").executeUpdate();
            em.createNativeQuery("""
                    insert into cluster_previous (claim_id, cluster_id) select m.claim_id, m.cluster_id
                    from cluster_member m join claim_cluster cl on cl.id = m.cluster_id
                    where not cl.confirmed and not m.confirmed""").executeUpdate();
            em.createNativeQuery("""
                    delete from cluster_member m using claim_cluster cl
                    where cl.id = m.cluster_id and not cl.confirmed and not m.confirmed""").executeUpdate();
            dropSmallGroups();
        });
        @SuppressWarnings("unchecked")
        List<Number> articles = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select id from article order by published nulls last, id").getResultList());
        for (Number a : articles) {
            QuarkusTransaction.requiringNew().run(() -> assignAndClear(a.longValue()));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            dropSmallGroups();
            em.createNativeQuery("delete from cluster_previous").executeUpdate();
            long clusters = ((Number) em.createNativeQuery("select count(*) from claim_cluster").getSingleResult())
                    .longValue();
            long members = ((Number) em.createNativeQuery("select count(*) from cluster_member").getSingleResult())
                    .longValue();
            return new Recomputed(clusters, members, articles.size());
        });
    }

    /** A group of one claim groups nothing, unless an editor split it off on purpose (then it stays, pinned). */
    private void dropSmallGroups() {
        em.createNativeQuery("""
                delete from claim_cluster cl where not cl.confirmed
                and (select count(*) from cluster_member m where m.cluster_id = cl.id) < 2""").executeUpdate();
    }

    @Transactional
    public List<ClusterSummary> list(Long article, String q, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                select cl.id, cl.label, cl.confirmed
                from claim_cluster cl where (select count(*) from cluster_member m where m.cluster_id = cl.id) >= 2""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (article != null) {
            sql.append(" and cl.id in (select m.cluster_id from cluster_member m join claim c on c.id = m.claim_id"
                    + " where c.article_id = :article)");
            params.put("article", article);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and cl.id in (select m.cluster_id from cluster_member m join claim c on c.id = m.claim_id"
                    + " where to_tsvector('english', c.content) @@ websearch_to_tsquery('english', :q))");
            params.put("q", q);
        }
        sql.append(" order by cl.updated_at desc, cl.id desc");
        List<Object[]> rows = NativePage.rows(em, sql, params, limit, offset);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<Object[]>> members = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> mrows = em.createNativeQuery("""
                select m.cluster_id, c.id, c.article_id, o.name, c.kind
                from cluster_member m join claim c on c.id = m.claim_id join article a on a.id = c.article_id
                left join outlet o on o.id = a.outlet_id
                where m.cluster_id in (:ids) order by a.published nulls last, a.id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] m : mrows) {
            members.computeIfAbsent(((Number) m[0]).longValue(), k -> new ArrayList<>()).add(m);
        }
        List<ClusterSummary> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            List<Object[]> ms = members.getOrDefault(id, List.of());
            List<Long> claimIds = ms.stream()
                    .filter(m -> article == null || ((Number) m[2]).longValue() == article)
                    .map(m -> ((Number) m[1]).longValue()).toList();
            out.add(new ClusterSummary(id, (String) r[1], (Boolean) r[2], ms.size(),
                    (int) ms.stream().map(m -> m[2]).distinct().count(),
                    ms.stream().map(m -> m[3] == null ? "(no outlet)" : (String) m[3]).distinct().toList(),
                    ms.stream().map(m -> Kind.valueOf((String) m[4])).toList(), claimIds));
        }
        return out;
    }

    /** A group's members with the words around each claim (public: the scale benchmark times it). */
    public static final String MEMBERS_SQL = """
                select m.claim_id, m.similarity, m.confirmed,
                       substr(a.raw_text, greatest(1, c.start_offset - 159), least(c.start_offset, 160)),
                       substr(a.raw_text, c.end_offset + 1, 160),
                       c.start_offset > 160, char_length(a.raw_text) > c.end_offset + 160, m.signals, m.conflict
                from cluster_member m join claim c on c.id = m.claim_id join article a on a.id = c.article_id
                where m.cluster_id = ?1 order by a.published nulls last, a.id, c.start_offset""";

    /** The member claims with their article, outlet and source, by id. */
    public static final String CLAIMS_HQL = "from Claim c join fetch c.article a left join fetch a.outlet"
            + " left join fetch c.source where c.id in ?1";

    @Transactional
    public ClusterDetail get(long id) {
        Object[] cl = cluster(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MEMBERS_SQL)
                .setParameter(1, id).getResultList();
        List<Long> claimIds = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Claim> claims = new LinkedHashMap<>();
        if (!claimIds.isEmpty()) {
            Claim.<Claim>find(CLAIMS_HQL, claimIds).list().forEach(c -> claims.put(c.id, c));
        }
        List<Member> members = new ArrayList<>();
        for (Object[] r : rows) {
            Claim c = claims.get(((Number) r[0]).longValue());
            members.add(new Member(c.id, c.article.id, c.article.title, c.article.outletName(), c.article.published,
                    ((Number) r[1]).doubleValue(), (Boolean) r[2], context((String) r[3], true, (Boolean) r[5]),
                    context((String) r[4], false, (Boolean) r[6]), ClaimView.of(c), (String) r[7], (Boolean) r[8]));
        }
        return new ClusterDetail(id, (String) cl[1], (Boolean) cl[2], members, suggestions.forCluster(id));
    }

    /** The words around a claim, cut at a sentence or line end so the page shows its attribution. */
    static String context(String s, boolean before, boolean truncated) {
        if (s == null) {
            return "";
        }
        if (before) {
            int cut = Math.max(Math.max(s.lastIndexOf(". "), s.lastIndexOf('\n')), Math.max(s.lastIndexOf("? "),
                    s.lastIndexOf("! ")));
            return (cut >= 0 ? s.substring(cut + 1) : (truncated ? "…" : "") + s).strip();
        }
        int cut = firstOf(s, ". ", "\n", "? ", "! ");
        return (cut >= 0 ? s.substring(0, cut + 1) : s + (truncated ? "…" : "")).strip();
    }

    private static int firstOf(String s, String... marks) {
        int best = -1;
        for (String m : marks) {
            int i = s.indexOf(m);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private Object[] cluster(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, label, confirmed from claim_cluster where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ApiError.of(404, "no group " + id);
        }
        return rows.get(0);
    }

    /** An editor agrees the group states one thing: it and its members are kept by recomputation. */
    @Transactional
    public void confirm(long id) {
        cluster(id);
        em.createNativeQuery("update claim_cluster set confirmed = true, updated_at = now() where id = ?1")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("update cluster_member set confirmed = true where cluster_id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    /** Moves the given members out into a new, confirmed group (of one, to keep a claim out of any group). */
    @Transactional
    public long split(long id, List<Long> claimIds) {
        cluster(id);
        if (claimIds == null || claimIds.isEmpty()) {
            throw ApiError.of(422, "field 'claims' must list the member claims to split off");
        }
        List<Long> distinct = claimIds.stream().distinct().toList();
        long inGroup = ((Number) em.createNativeQuery(
                "select count(*) from cluster_member where cluster_id = ?1 and claim_id in (?2)")
                .setParameter(1, id).setParameter(2, distinct).getSingleResult()).longValue();
        if (inGroup != distinct.size()) {
            throw ApiError.of(422, "some of the claims are not members of group " + id);
        }
        long size = ((Number) em.createNativeQuery("select count(*) from cluster_member where cluster_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (inGroup == size) {
            throw ApiError.of(422, "splitting off every member leaves nothing behind: name only the claims to move");
        }
        String label = (String) em.createNativeQuery("select content from claim where id = ?1")
                .setParameter(1, distinct.get(0)).getSingleResult();
        long fresh = newCluster(label);
        em.createNativeQuery("update claim_cluster set confirmed = true where id in (?1, ?2)")
                .setParameter(1, fresh).setParameter(2, id).executeUpdate();
        em.createNativeQuery("update cluster_member set cluster_id = ?1, confirmed = true where claim_id in (?2)")
                .setParameter(1, fresh).setParameter(2, distinct).executeUpdate();
        em.createNativeQuery("update cluster_member set confirmed = true where cluster_id = ?1").setParameter(1, id)
                .executeUpdate();
        return fresh;
    }

    /** Moves every member of one group into another and deletes the emptied group; the result is confirmed. */
    @Transactional
    public void merge(long id, Long into) {
        if (into == null) {
            throw ApiError.of(422, "field 'into' is required: the id of the group to merge into");
        }
        if (into == id) {
            throw ApiError.of(422, "a group cannot be merged into itself");
        }
        cluster(id);
        cluster(into);
        em.createNativeQuery("update cluster_member set cluster_id = ?1, confirmed = true where cluster_id = ?2")
                .setParameter(1, into).setParameter(2, id).executeUpdate();
        em.createNativeQuery("update cluster_member set confirmed = true where cluster_id = ?1").setParameter(1, into)
                .executeUpdate();
        em.createNativeQuery("update claim_cluster set confirmed = true, updated_at = now() where id = ?1")
                .setParameter(1, into).executeUpdate();
        em.createNativeQuery("delete from claim_cluster where id = ?1").setParameter(1, id).executeUpdate();
    }

    /** The group of each given claim that is in a group of two or more (for links from the review page). */
    @Transactional
    public Map<Long, GroupLink> linksFor(List<Long> claimIds) {
        Map<Long, GroupLink> out = new LinkedHashMap<>();
        if (claimIds == null || claimIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.claim_id, m.cluster_id, (select count(*) from cluster_member x where x.cluster_id = m.cluster_id)
                from cluster_member m where m.claim_id in (:ids)""").setParameter("ids", claimIds).getResultList();
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            if (n >= 2) {
                out.put(((Number) r[0]).longValue(), new GroupLink(((Number) r[1]).longValue(), (int) n - 1));
            }
        }
        return out;
    }

    /** A claim's group: its id and how many claims of other articles are in it. */
    public record GroupLink(long id, int others) {
    }

    private static LocalDate toDate(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(o.toString());
    }

    static int words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
