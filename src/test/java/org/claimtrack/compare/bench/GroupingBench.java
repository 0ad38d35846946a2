package org.claimtrack.compare.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.claimtrack.compare.ClusterService;
import org.claimtrack.compare.MatchCandidates;
import org.claimtrack.match.Embedder;
import org.claimtrack.match.Features;
import org.claimtrack.match.MatchKeys;
import org.postgresql.PGConnection;

/**
 * ScaleBench's ingest-time grouping cases: one claim end to end as ClusterService.assignArticle
 * groups it (its stored embedding, the key lookup, the candidates' texts, groups and embeddings,
 * the matcher on each, the grouping locks), with the services' SQL strings; and the statements the
 * keys replaced (trigram window + full-text OR ranked with ts_rank), for the before column.
 *
 * The generator stores no embeddings (3 M MiniLM embeddings take hours here), so {@link #prepare}
 * stores stand-in embeddings (the normalised sum of a fixed random vector per word: claims sharing
 * words point the same way, as with the model) and their keys for the claims of
 * {@link #FROM}..{@link #TO} and 31 days either side, the window of every timed claim.
 */
final class GroupingBench {

    static final LocalDate FROM = LocalDate.of(2020, 6, 1);
    static final LocalDate TO = LocalDate.of(2020, 6, 30);
    static final int WINDOW = ScaleBench.GROUP_WINDOW_DAYS;
    /** claimtrack.compare.similarity-threshold (the candidate threshold of the trigram index) */
    static final String TRIGRAM_THRESHOLD = "0.3";

    private GroupingBench() {
    }

    private static final Map<String, float[]> WORDS = new HashMap<>();

    /** A stand-in sentence embedding: unit sum of one fixed random vector per word. */
    static float[] standIn(String text) {
        float[] v = new float[Embedder.DIMENSIONS];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            float[] wv = WORDS.computeIfAbsent(w, k -> {
                Random r = new Random(k.hashCode());
                float[] x = new float[Embedder.DIMENSIONS];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) r.nextGaussian();
                }
                return x;
            });
            for (int i = 0; i < v.length; i++) {
                v[i] += wv[i];
            }
        }
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (n == 0 ? 0 : v[i] / n);
        }
        return v;
    }

    /** Stores stand-in embeddings and keys for the claims the timed claims can meet (once per database). */
    static void prepare(Connection c) throws Exception {
        long have;
        try (ResultSet r = c.createStatement().executeQuery("select count(*) from claim_match_key")) {
            r.next();
            have = r.getLong(1);
        }
        if (have > 0) {
            System.out.printf(Locale.ROOT, "grouping: %,d claims with keys already%n", have);
            // entries a migration wrote (V18) are index-only only once vacuumed (the visibility map)
            c.createStatement().execute("vacuum analyze claim_match_entry");
            sizes(c);
            return;
        }
        boolean embedded;
        try (ResultSet r = c.createStatement().executeQuery("select exists (select 1 from claim_embedding)")) {
            r.next();
            embedded = r.getBoolean(1);
        }
        long t0 = System.nanoTime();
        StringBuilder emb = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        int n = 0;
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("""
                select id, content, published, article_id from claim
                where published between ? and ? and status <> 'REJECTED'""")) {
            ps.setFetchSize(10_000);
            ps.setObject(1, FROM.minusDays(WINDOW));
            ps.setObject(2, TO.plusDays(WINDOW));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String text = r.getString(2);
                    float[] v = standIn(text);
                    if (!embedded) {
                        emb.append(id).append('\t').append(MatchCandidates.literal(v)).append('\n');
                    }
                    keys.append(id).append('\t').append(r.getLong(4)).append('\t')
                            .append(MatchKeys.week(r.getObject(3, LocalDate.class))).append('\t')
                            .append(MatchKeys.literal(MatchKeys.bands(text, v))).append('\n');
                    if (++n % 20_000 == 0) {
                        flush(copy, emb, keys);
                    }
                }
            }
        }
        flush(copy, emb, keys);
        c.commit();
        c.setAutoCommit(true);
        c.createStatement().execute("vacuum analyze claim_embedding, claim_match_key, claim_match_entry");
        System.out.printf(Locale.ROOT, "grouping: stand-in embeddings and keys for %,d claims (%s..%s) in %.1f s%n", n,
                FROM.minusDays(WINDOW), TO.plusDays(WINDOW), (System.nanoTime() - t0) / 1e9);
        sizes(c);
    }

    private static void sizes(Connection c) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("""
                select pg_size_pretty(pg_total_relation_size('claim_match_key')),
                       pg_size_pretty(pg_relation_size('claim_match_entry')), pg_size_pretty(pg_relation_size('claim_match_entry_idx'))""")) {
            r.next();
            System.out.printf("grouping: claim_match_key %s, claim_match_entry %s and its index %s%n", r.getString(1), r.getString(2),
                    r.getString(3));
        }
    }

    private static void flush(org.postgresql.copy.CopyManager copy, StringBuilder emb, StringBuilder keys)
            throws Exception {
        if (emb.length() > 0) {
            copy.copyIn("copy claim_embedding (claim_id, vector) from stdin", new StringReader(emb.toString()));
        }
        copy.copyIn("copy claim_match_key (claim_id, article_id, week, bands) from stdin", new StringReader(keys.toString()));
        emb.setLength(0);
        keys.setLength(0);
    }

    record Claim(long id, long articleId, String content, LocalDate published) {
    }

    /** A random claim (of five words or more) of an article published FROM..TO. */
    static Claim pick(Connection c, Random rnd) throws SQLException {
        LocalDate day = FROM.plusDays(rnd.nextInt((int) (TO.toEpochDay() - FROM.toEpochDay()) + 1));
        try (PreparedStatement ps = c.prepareStatement("""
                select id, article_id, content, published from claim
                where published = ? and status <> 'REJECTED' and content ~ '(\\S+\\s+){4}\\S'
                order by id offset ? limit 1""")) {
            ps.setObject(1, day);
            ps.setInt(2, rnd.nextInt(1500));
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return pick(c, rnd);
                }
                return new Claim(r.getLong(1), r.getLong(2), r.getString(3), r.getObject(4, LocalDate.class));
            }
        }
    }

    /** Claims to time, picked before the timing. */
    static List<Claim> picks(Connection c, int n) throws SQLException {
        Random rnd = new Random(16);
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pick(c, rnd));
        }
        return out;
    }

    static void report() {
        CANDIDATES.sort(null);
        SAME.sort(null);
        if (!CANDIDATES.isEmpty()) {
            System.out.printf(Locale.ROOT, "grouping: candidates per claim median %d, max %d; 'same' per claim median %d, max %d%n",
                    CANDIDATES.get(CANDIDATES.size() / 2), CANDIDATES.get(CANDIDATES.size() - 1), SAME.get(SAME.size() / 2),
                    SAME.get(SAME.size() - 1));
            int n = CANDIDATES.size();
            System.out.printf(Locale.ROOT, "grouping: mean ms per claim: key lookup %.1f, candidates' rows and embeddings %.1f, matcher %.1f, locks and groups %.1f%n",
                    PHASE_NS[0] / 1e6 / n, PHASE_NS[1] / 1e6 / n, PHASE_NS[2] / 1e6 / n, PHASE_NS[3] / 1e6 / n);
        }
    }

    /** Time spent in each phase of {@link #oneClaim} (key lookup, rows, matcher, locks), summed over the runs. */
    static final long[] PHASE_NS = new long[4];

    /** Stats of the last runs, printed after the timing. */
    static final List<Integer> CANDIDATES = new ArrayList<>();
    static final List<Integer> SAME = new ArrayList<>();

    /**
     * One claim end to end, as ClusterService.assignArticle groups it (claims picked beforehand, as
     * the service has them): its embedding, the key lookup, the candidates' rows and embeddings,
     * the matcher, the grouping locks and the candidates' groups again.
     */
    static void oneClaim(Connection c, Claim self) throws SQLException {
        LocalDate since = self.published().minusDays(WINDOW);
        LocalDate until = self.published().plusDays(WINDOW);
        // ClusterService.assignArticle's transaction settings (session-wide here: autocommit)
        c.createStatement().execute(MatchCandidates.INDEX_ONLY_SQL.replace("true)", "false)"));
        float[] mine = embeddings(c, List.of(self.id())).get(self.id());
        Features.Side side = Features.Side.of(self.content(), mine);
        String bands = MatchKeys.literal(MatchKeys.bands(self.content(), mine));
        List<Long> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, MatchCandidates.KEY_CANDIDATES_SQL,
                MatchKeys.week(since), MatchKeys.week(until), bands, self.articleId(), MatchCandidates.PER_KEYS);
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        ids.remove(self.id());
        long t1 = System.nanoTime();
        List<MatchCandidates.Row> rows = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<Long, float[]> vectors = embeddings(c, ids);
            try (PreparedStatement ps = BenchDb.prepareNumbered(c, MatchCandidates.ROWS_SQL, MatchCandidates.literal(ids));
                    ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    rows.add(new MatchCandidates.Row(id, r.getString(2), (Long) r.getObject(3), vectors.get(id)));
                }
            }
        }
        long t2 = System.nanoTime();
        List<MatchCandidates.Scored> scored = MatchCandidates.score(side, rows);
        long t3 = System.nanoTime();
        // ClusterService.lockInOrder (autocommit: the advisory locks end with the statement)
        List<Long> locked = new ArrayList<>(ids);
        locked.add(self.id());
        locked.sort(null);
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, ClusterService.LOCK_CLAIMS_SQL,
                MatchCandidates.literal(locked))) {
            ScaleBench.drain(ps);
        }
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, ClusterService.GROUPS_OF_SQL,
                MatchCandidates.literal(locked))) {
            ScaleBench.drain(ps);
        }
        long t4 = System.nanoTime();
        PHASE_NS[0] += t1 - t0;
        PHASE_NS[1] += t2 - t1;
        PHASE_NS[2] += t3 - t2;
        PHASE_NS[3] += t4 - t3;
        CANDIDATES.add(ids.size());
        SAME.add((int) scored.stream().filter(s -> s.result().same()).count());
    }

    private static Map<Long, float[]> embeddings(Connection c, List<Long> ids) throws SQLException {
        Map<Long, float[]> out = new HashMap<>();
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, MatchCandidates.EMBEDDINGS_SQL, MatchCandidates.literal(ids));
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                if (r.getString(2) != null) {
                    out.put(r.getLong(1), MatchCandidates.parse(r.getString(2)));
                }
            }
        }
        return out;
    }

    /** Before V17: the trigram window statement and the full-text OR ranked with ts_rank over every match. */
    static final String BEFORE_TRIGRAM_SQL = """
                select x.id, x.sim, m.cluster_id from (
                  select c2.id, similarity(c2.content, ?1) sim from claim c2
                  where c2.content % ?1 and c2.published between ?3 and ?4
                    and c2.article_id <> ?2 and c2.status <> 'REJECTED'
                  union all
                  select c2.id, similarity(c2.content, ?1) sim from claim c2
                  where c2.content % ?1 and c2.published is null
                    and c2.article_id <> ?2 and c2.status <> 'REJECTED') x
                left join cluster_member m on m.claim_id = x.id
                order by x.sim desc, x.id limit 20""";
    static final String BEFORE_FULL_TEXT_SQL = """
                select c2.id from claim c2
                where to_tsvector('english', c2.content) @@ to_tsquery('english', ?1)
                  and c2.article_id <> ?2 and c2.status <> 'REJECTED'
                  and (c2.published between ?3 and ?4 or c2.published is null)
                order by ts_rank(to_tsvector('english', c2.content), to_tsquery('english', ?1)) desc, c2.id
                limit 20""";

    static void before(Connection c, Claim self, boolean fullText) throws SQLException {
        LocalDate since = self.published().minusDays(WINDOW);
        LocalDate until = self.published().plusDays(WINDOW);
        c.createStatement().execute("select set_config('pg_trgm.similarity_threshold', '" + TRIGRAM_THRESHOLD + "', false)");
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, BEFORE_TRIGRAM_SQL, self.content(), self.articleId(),
                since, until)) {
            ScaleBench.drain(ps);
        }
        if (fullText) {
            try (PreparedStatement ps = BenchDb.prepareNumbered(c, BEFORE_FULL_TEXT_SQL,
                    MatchCandidates.fullTextTerms(self.content()), self.articleId(), since, until)) {
                ScaleBench.drain(ps);
            }
        }
    }
}
