package org.claimtrack.ingest;

import org.claimtrack.common.NativePage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.extract.Kind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The article list with its filters: outlet, date range and full-text search (PostgreSQL FTS). */
@ApplicationScoped
public class ArticleQuery {

    @Inject
    EntityManager em;

    @Transactional
    public List<ArticleSummary> list(String outlet, LocalDate from, LocalDate to, String q, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.title, o.name, a.published
                from article a left join outlet o on o.id = a.outlet_id where true""");
        Map<String, Object> params = new HashMap<>();
        if (outlet != null && !outlet.isBlank()) {
            sql.append(" and lower(o.name) = lower(:outlet)");
            params.put("outlet", outlet.strip());
        }
        if (from != null) {
            sql.append(" and a.published >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and a.published <= :to");
            params.put("to", to);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", q);
        }
        sql.append(" order by a.published desc nulls last, a.id desc");
        List<Object[]> rows = NativePage.rows(em, sql, params, limit, offset);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<Kind, Long>> kinds = new HashMap<>();
        Map<Long, long[]> totals = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                select article_id, kind, count(*), count(*) filter (where status in ('CHECKED', 'PUBLISHED'))
                from claim where article_id in (:ids) and status <> 'REJECTED' group by article_id, kind""")
                .setParameter("ids", ids).getResultList();
        for (Object[] c : counts) {
            long id = ((Number) c[0]).longValue();
            long n = ((Number) c[2]).longValue();
            kinds.computeIfAbsent(id, k -> new EnumMap<>(Kind.class)).put(Kind.valueOf((String) c[1]), n);
            long[] t = totals.computeIfAbsent(id, k -> new long[2]);
            t[0] += n;
            t[1] += ((Number) c[3]).longValue();
        }
        List<ArticleSummary> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            long[] t = totals.getOrDefault(id, new long[2]);
            out.add(new ArticleSummary(id, (String) r[1], (String) r[2],
                    toDate(r[3]), t[0], t[1],
                    kinds.getOrDefault(id, new LinkedHashMap<>())));
        }
        return out;
    }

    static LocalDate toDate(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    @Transactional
    public List<String> outlets() {
        return em.createQuery("select o.name from Outlet o order by o.name", String.class).getResultList();
    }
}
