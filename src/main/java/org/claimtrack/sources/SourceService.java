package org.claimtrack.sources;

import org.claimtrack.common.NativePage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimHistory;
import org.claimtrack.review.ClaimStatus;
import org.claimtrack.review.ClaimView;
import org.claimtrack.review.Rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Canonical sources: the list with counts, one source's claims across articles, split (merges: {@link SourceMerges}). */
@ApplicationScoped
public class SourceService {

    /** A source page lists at most this many claims (newest first); the counts cover all. */
    public static final int CLAIM_LIMIT = 500;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    SourceAliases aliases;

    public record SourceSummary(Long id, String name, SourceType type, List<String> handles, List<String> aliases,
            long claimCount, long articleCount) {
    }

    public record SourceClaim(Long articleId, String articleTitle, String outlet, LocalDate published,
            Long clusterId, ClaimView claim) {
    }

    public record SourceDetail(Long id, String name, SourceType type, List<String> handles, List<String> aliases,
            long claimCount, long articleCount, Map<Kind, Long> kinds, Map<String, Long> verdicts,
            List<SourceClaim> claims, boolean truncated, int version) {
    }

    @Transactional
    public List<SourceSummary> list(String q, String type, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                select s.id, s.name, s.type, s.handles, s.aliases, coalesce(st.claims, 0), coalesce(st.articles, 0)
                from source s
                left join (select source_id, sum(claims) claims, count(*) articles from article_source group by source_id) st
                       on st.source_id = s.id
                where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            sql.append(" and (s.name ilike :q or array_to_string(s.aliases, ' ') ilike :q"
                    + " or array_to_string(s.handles, ' ') ilike :q)");
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (type != null && !type.isBlank()) {
            sql.append(" and s.type = :type");
            params.put("type", parseType(type).name());
        }
        sql.append(" order by coalesce(st.claims, 0) desc, s.name, s.id");
        List<SourceSummary> out = new ArrayList<>();
        for (Object[] r : NativePage.rows(em, sql, params, limit, offset)) {
            out.add(new SourceSummary(((Number) r[0]).longValue(), (String) r[1], SourceType.valueOf((String) r[2]),
                    strings(r[3]), strings(r[4]), ((Number) r[5]).longValue(), ((Number) r[6]).longValue()));
        }
        return out;
    }

    // the source page's statements (public: the scale benchmark times them). The counts come from
    // the running totals of V7 (≤ 42 rows and one row once compacted, however many claims the
    // source has); the newest claims are those of the source's newest articles
    // (article_source_source_idx), fetched with their article in one statement through
    // claim_source_article_idx, so a cold page reads the source's part of that index instead of
    // 500 scattered claim_pkey leaves
    public static final String COUNTS_SQL = """
            select kind, verdict, sum(claims), count(*) from source_kind_verdict where source_id = ?1 group by 1, 2""";
    public static final String ARTICLES_SQL = "select coalesce(sum(articles), 0), count(*) from source_totals where source_id = ?1";
    public static final String COMPACT_SQL = "select source_totals_compact(?1)";
    public static final String NEWEST_ARTICLES_SQL = """
            select article_id from article_source where source_id = ?1
            order by published desc nulls last, article_id desc limit ?2""";
    public static final String CLAIMS_HQL = """
            from Claim c join fetch c.article a left join fetch a.outlet
            where c.source.id = ?1 and c.article.id in ?2 and c.status <> ?3""";

    @Transactional
    public SourceDetail get(long id) {
        Source s = require(id);
        Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
        Map<String, Long> verdicts = new java.util.TreeMap<>();
        long claimCount = 0;
        // the totals are rows of differences (see V7): more than one row for a key means ingests
        // added some since the last visit, and the page folds them so the next visit reads fewer
        boolean fold = false;
        for (Object row : em.createNativeQuery(COUNTS_SQL).setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[2]).longValue();
            fold |= ((Number) r[3]).longValue() > 1;
            if (n != 0) {
                kinds.merge(Kind.valueOf((String) r[0]), n, Long::sum);
                verdicts.merge((String) r[1], n, Long::sum);
                claimCount += n;
            }
        }
        Object[] articles = (Object[]) em.createNativeQuery(ARTICLES_SQL).setParameter(1, id).getSingleResult();
        long articleCount = ((Number) articles[0]).longValue();
        fold |= ((Number) articles[1]).longValue() > 1;
        if (fold) {
            em.createNativeQuery(COMPACT_SQL).setParameter(1, id).getResultList();
        }
        @SuppressWarnings("unchecked")
        List<Number> newestArticles = em.createNativeQuery(NEWEST_ARTICLES_SQL).setParameter(1, id)
                .setParameter(2, CLAIM_LIMIT).getResultList();
        // an article's rank in the newest-first order: claims sort by it, then by their place in the text
        Map<Long, Integer> rank = new java.util.HashMap<>();
        for (Number a : newestArticles) {
            rank.put(a.longValue(), rank.size());
        }
        List<Claim> claims = rank.isEmpty() ? List.of()
                : Claim.<Claim>find(CLAIMS_HQL, id, List.copyOf(rank.keySet()), ClaimStatus.REJECTED).list().stream()
                        .sorted(java.util.Comparator.<Claim>comparingInt(c -> rank.get(c.article.id))
                                .thenComparingInt(c -> c.start).thenComparing(c -> c.id))
                        .limit(CLAIM_LIMIT).toList();
        List<Long> ids = claims.stream().map(c -> c.id).toList();
        Map<Long, Long> clusters = clusterOf(ids);
        List<SourceClaim> rows = claims.stream().map(c -> new SourceClaim(c.article.id, c.article.title,
                c.article.outletName(), c.article.published, clusters.get(c.id), ClaimView.of(c))).toList();
        return new SourceDetail(s.id, s.name, s.type, List.copyOf(s.handles), List.copyOf(s.aliases), claimCount,
                articleCount, kinds, verdicts, rows,
                claimCount > rows.size(), s.version);
    }

    /** Sources that may be the same as this one, for the merge form: same surname or a similar name. */
    @Transactional
    public List<SourceSummary> lookalikes(long id) {
        Source s = require(id);
        List<SourceSummary> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select s.id, s.name, s.type, s.handles, s.aliases,
                       coalesce((select sum(claims) from article_source x where x.source_id = s.id), 0),
                       (select count(*) from article_source x where x.source_id = s.id)
                from source s
                where s.id <> ?1 and (s.surname = ?2 or s.name % ?3)
                order by similarity(s.name, ?3) desc, s.id limit 10""")
                .setParameter(1, id).setParameter(2, s.surname == null ? "" : s.surname).setParameter(3, s.name)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new SourceSummary(((Number) r[0]).longValue(), (String) r[1], SourceType.valueOf((String) r[2]),
                    strings(r[3]), strings(r[4]), ((Number) r[5]).longValue(), ((Number) r[6]).longValue()));
        }
        return out;
    }

    private Map<Long, Long> clusterOf(List<Long> claimIds) {
        Map<Long, Long> out = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("select claim_id, cluster_id from cluster_member where claim_id in (:ids)")
                .setParameter("ids", claimIds).getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }

    /**
     * Splits claims off a source that wrongly joined two people or bodies: the given claims move to
     * a new source with the given name and type (the source's own type when none is given).
     */
    @Transactional
    public Source split(long id, String name, String type, List<Long> claimIds, String user) {
        Source from = require(id);
        if (name == null || name.isBlank()) {
            throw ApiError.of(422, "field 'name' is required: the name of the new source");
        }
        if (name.length() > 200) {
            throw ApiError.of(422, "name is longer than 200 characters");
        }
        if (claimIds == null || claimIds.isEmpty()) {
            throw ApiError.of(422, "field 'claims' must list the ids of the claims to split off");
        }
        SourceType t = type == null || type.isBlank() ? from.type : parseType(type);
        if (t == SourceType.UNNAMED) {
            throw ApiError.of(422, "a canonical source cannot be UNNAMED");
        }
        List<Claim> claims = Claim.list("id in ?1", claimIds);
        if (claims.size() != claimIds.stream().distinct().count()) {
            throw ApiError.of(422, "some of the claims do not exist");
        }
        for (Claim c : claims) {
            if (c.source == null || !c.source.id.equals(from.id)) {
                throw ApiError.of(422, "claim " + c.id + " is not credited to source " + id);
            }
        }
        Source to = new Source();
        to.name = name.strip();
        to.type = t;
        SourceNames.Parsed p = SourceNames.parse(to.name, t, null);
        to.keys.add(p == null ? SourceNames.key(to.name) : p.key());
        to.surname = p == null ? null : p.surname();
        to.persist();
        List<String> before = new ArrayList<>();
        for (Claim c : claims) {
            before.add(toJson(ClaimView.of(c)));
            c.source = to;
        }
        em.flush();
        // the source split from forgets the aliases only these claims' mentions had taught it
        for (Claim c : claims) {
            aliases.release(from, SourceAliases.of(c));
        }
        for (int i = 0; i < claims.size(); i++) {
            history(claims.get(i), "source-split", before.get(i), user);
        }
        return to;
    }

    private void history(Claim c, String action, String before, String user) {
        history(c, action, before, user, Map.of());
    }

    /** A history row of a claim that a source change moved; extra keys (e.g. the merge's id) go into its after JSON. */
    ClaimHistory history(Claim c, String action, String before, String user, Map<String, Object> extra) {
        ClaimHistory h = new ClaimHistory();
        h.claimId = c.id;
        h.username = user;
        h.action = action;
        h.before = before;
        com.fasterxml.jackson.databind.node.ObjectNode after = json.valueToTree(ClaimView.of(c));
        extra.forEach((k, v) -> after.set(k, json.valueToTree(v)));
        h.after = after.toString();
        h.persist();
        return h;
    }

    String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Source require(long id) {
        Source s = Source.findById(id);
        if (s == null) {
            throw ApiError.of(404, "no source " + id);
        }
        return s;
    }

    static SourceType parseType(String type) {
        try {
            return SourceType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "unknown type '" + type + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] a) {
            return List.of(a);
        }
        if (array instanceof java.sql.Array a) {
            try {
                return List.of((String[]) a.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (array instanceof List<?> l) {
            return (List<String>) l;
        }
        return List.of(array.toString());
    }

    /** The verdict names in scale order, for tables. */
    public static List<String> verdictNames() {
        List<String> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            out.add(r.name());
        }
        out.add("NONE");
        return out;
    }
}
