package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimFilter;
import org.claimtrack.review.ClaimView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Full-text search over articles (the weighted {@code article.search} column, title over body) and
 * claims (ClaimFilter's {@code to_tsvector('english', content)}), each served by its GIN index.
 */
@ApplicationScoped
public class SearchService {

    /** Most hits one search shows. */
    public static final int MAX_LIMIT = 200;

    @Inject
    EntityManager em;

    public record ArticleHit(Long id, String title, String outlet, LocalDate published, double rank) {
    }

    public record ClaimHit(String articleTitle, String outlet, LocalDate published, ClaimView claim) {
    }

    public record Result(String q, List<ArticleHit> articles, List<ClaimHit> claims) {
    }

    @Transactional
    public Result search(ClaimFilter f, int limit) {
        if (f.q == null || f.q.isBlank()) {
            throw ApiError.of(400, "q is required: the words to search for");
        }
        if (f.q.length() > 500) {
            throw ApiError.of(422, "q is longer than 500 characters");
        }
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        LocalDate anchor = anchor(f);
        return new Result(f.q, articles(f, n, anchor), claims(f, n, anchor));
    }

    /** Matches ranked: the newest this many articles that match are ranked, the best {@code limit} shown. */
    public static final int RANKED = 200;

    /**
     * The article search statement: the newest {@link #RANKED} matches on or after {@code since}
     * (null: no bound; see {@link NewestFirst}), best ranked first. Named parameters go into {@code p}
     * (public: the benchmark times it).
     */
    public static String articleSql(ClaimFilter f, LocalDate since, Map<String, Object> p) {
        // ranking every match of a common word (a fifth of 100,000 articles) costs seconds: only the
        // newest matches are ranked, found within a date window (GIN bitmap AND article_published_idx)
        // the window's matches are collected first (materialized: the planner would otherwise walk
        // article_newest_idx and test every article's tsvector, which costs far more than it estimates)
        StringBuilder sql = new StringBuilder("""
                with m as materialized (
                select a.id, a.published
                from article a left join outlet o on o.id = a.outlet_id
                where a.search @@ websearch_to_tsquery('english', :q)""");
        p.put("q", f.q);
        if (f.article != null) {
            sql.append(" and a.id = :article");
            p.put("article", f.article);
        }
        if (f.outlet != null && !f.outlet.isBlank()) {
            sql.append(" and lower(o.name) = lower(:outlet)");
            p.put("outlet", f.outlet.strip());
        }
        LocalDate from = ArticleService.parseDate(f.from, "from");
        if (from != null) {
            sql.append(" and a.published >= :from");
            p.put("from", from);
        }
        LocalDate to = ArticleService.parseDate(f.to, "to");
        if (to != null) {
            sql.append(" and a.published <= :to");
            p.put("to", to);
        }
        if (since != null) {
            sql.append(" and a.published >= :since");
            p.put("since", since);
        }
        if (f.source != null) {
            sql.append(" and exists (select 1 from article_source s where s.article_id = a.id and s.source_id = :source)");
            p.put("source", f.source);
        }
        sql.append("), newest as (select id from m order by published desc nulls last, id desc limit " + RANKED + ")"
                + " select a.id, a.title, o.name, a.published, ts_rank(a.search, websearch_to_tsquery('english', :q)) rank"
                + " from newest n join article a on a.id = n.id left join outlet o on o.id = a.outlet_id"
                + " order by rank desc, a.published desc nulls last, a.id desc");
        return sql.toString();
    }

    /**
     * The claim search statement (ClaimFilter's conditions), newest first, on or after {@code since}
     * (null: no bound). The claim's own copy of the article date (V6) is the first column of
     * claim_search_idx, so the index finds the window's matches; they are collected first
     * (materialized), then the newest taken.
     */
    public static String claimSql(ClaimFilter f, int limit, LocalDate since, Map<String, Object> p) {
        StringBuilder where = new StringBuilder(f.where(p));
        // the article date filters again on the claim's copy, so the date index can serve them
        if (p.containsKey("from")) {
            where.append(" and c.published >= :from");
        }
        if (p.containsKey("to")) {
            where.append(" and c.published <= :to");
        }
        if (since != null) {
            where.append(" and c.published >= :since");
            p.put("since", since);
        }
        p.put("limit", limit);
        return "with m as materialized (select c.id, c.published" + ClaimFilter.FROM + where + ")"
                + " select id from m order by published desc nulls last, id desc limit :limit";
    }

    /** The newest article date the search windows count back from (see {@link NewestFirst}). */
    private LocalDate anchor(ClaimFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        var q = em.createNativeQuery(NewestFirst.anchorSql(ArticleService.parseDate(f.to, "to"), p));
        p.forEach(q::setParameter);
        return date(q.getSingleResult());
    }

    /** Articles: the article-level filters (outlet, from, to, source) apply; the best ranked first. */
    private List<ArticleHit> articles(ClaimFilter f, int limit, LocalDate anchor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NewestFirst.find(anchor, ArticleService.parseDate(f.from, "from"), RANKED, since -> {
            Map<String, Object> p = new LinkedHashMap<>();
            var q = em.createNativeQuery(articleSql(f, since, p));
            p.forEach(q::setParameter);
            return (List<Object[]>) q.getResultList();
        });
        List<ArticleHit> out = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            out.add(new ArticleHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]),
                    ((Number) r[4]).doubleValue()));
        }
        return out;
    }

    /** Claims: every ClaimFilter filter; newest first. */
    private List<ClaimHit> claims(ClaimFilter f, int limit, LocalDate anchor) {
        List<Long> ids = NewestFirst.find(anchor, ArticleService.parseDate(f.from, "from"), limit,
                NewestFirst.CLAIM_MAX_DAYS, since -> {
            Map<String, Object> p = new LinkedHashMap<>();
            var q = em.createNativeQuery(claimSql(f, limit, since, p));
            p.forEach(q::setParameter);
            List<Long> out = new ArrayList<>();
            for (Object id : q.getResultList()) {
                out.add(((Number) id).longValue());
            }
            return out;
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = new LinkedHashMap<>();
        Claim.<Claim>find("from Claim c join fetch c.article a left join fetch a.outlet left join fetch c.source"
                + " where c.id in ?1", ids).list().forEach(c -> byId.put(c.id, c));
        List<ClaimHit> out = new ArrayList<>();
        for (Long id : ids) {
            Claim c = byId.get(id);
            out.add(new ClaimHit(c.article.title, c.article.outletName(), c.article.published, ClaimView.of(c)));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(o.toString());
    }
}
