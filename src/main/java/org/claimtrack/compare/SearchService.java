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
        int n = Math.max(1, Math.min(limit, 200));
        return new Result(f.q, articles(f, n), claims(f, n));
    }

    /** The article search statement; named parameters go into {@code p} (public: the benchmark times it). */
    public static String articleSql(ClaimFilter f, int limit, Map<String, Object> p) {
        // the newest matches, then ranked: ranking every match of a common word (a fifth of 100,000
        // articles) costs seconds; the newest few hundred are found by walking article_newest_idx
        StringBuilder sql = new StringBuilder("""
                select id, title, outlet, published, ts_rank(search, query) rank from (
                select a.id, a.title, o.name outlet, a.published, a.search, query
                from article a left join outlet o on o.id = a.outlet_id,
                     websearch_to_tsquery('english', :q) query
                where a.search @@ query""");
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
        if (f.source != null) {
            sql.append(" and exists (select 1 from article_source s where s.article_id = a.id and s.source_id = :source)");
            p.put("source", f.source);
        }
        sql.append(" order by a.published desc nulls last, a.id desc limit 200) newest"
                + " order by rank desc, published desc nulls last, id desc limit :limit");
        p.put("limit", limit);
        return sql.toString();
    }

    /** The claim search statement (ClaimFilter's conditions), newest articles first. */
    public static String claimSql(ClaimFilter f, int limit, Map<String, Object> p) {
        String where = f.where(p);
        p.put("limit", limit);
        return "select c.id" + ClaimFilter.FROM + where + " order by a.published desc nulls last, c.id desc limit :limit";
    }

    /** Articles: the article-level filters (outlet, from, to, source) apply; the best ranked first. */
    private List<ArticleHit> articles(ClaimFilter f, int limit) {
        Map<String, Object> p = new LinkedHashMap<>();
        var q = em.createNativeQuery(articleSql(f, limit, p));
        p.forEach(q::setParameter);
        List<ArticleHit> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ArticleHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]),
                    ((Number) r[4]).doubleValue()));
        }
        return out;
    }

    /** Claims: every ClaimFilter filter; newest articles first. */
    private List<ClaimHit> claims(ClaimFilter f, int limit) {
        Map<String, Object> p = new LinkedHashMap<>();
        var q = em.createNativeQuery(claimSql(f, limit, p));
        p.forEach(q::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object id : q.getResultList()) {
            ids.add(((Number) id).longValue());
        }
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
