package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.review.ClaimFilter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sourcing profiles: the share of each kind, the number of distinct canonical sources and the share
 * of hedged claims, per article and per outlet. Filters that only pick articles (article, outlet,
 * date range, topic) read the per-article table {@code article_profile} that triggers keep current
 * (V4__compare.sql); a filter on the claims themselves (source, kind, verdict, status, q) counts
 * the matching claims directly.
 */
@ApplicationScoped
public class ProfileService {

    /** The kinds in chart order, with the column of article_profile that counts each. */
    static final Map<Kind, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(Kind.NAMED_SOURCE, "named");
        COLUMNS.put(Kind.OFFICIAL_STATEMENT, "official");
        COLUMNS.put(Kind.TWEET, "tweet");
        COLUMNS.put(Kind.DOCUMENT, "document");
        COLUMNS.put(Kind.MEDIA_REPORT, "media");
        COLUMNS.put(Kind.ANONYMOUS_SOURCE, "anonymous");
        COLUMNS.put(Kind.UNATTRIBUTED, "unattributed");
    }

    @Inject
    EntityManager em;

    public record Row(Long articleId, String title, String outlet, LocalDate published, long articles, long claims,
            Map<Kind, Long> counts, Map<Kind, Double> shares, long namedSources, long hedged, double hedgedShare) {
    }

    public record Profile(Row total, List<Row> outlets, List<Row> articles, boolean preAggregated) {
    }

    @Transactional
    public Profile profile(ClaimFilter f, String topic, int articleLimit) {
        int limit = Math.max(0, Math.min(articleLimit, 1000));
        boolean claimLevel = f.source != null || notBlank(f.kind) || notBlank(f.verdict) || notBlank(f.status)
                || notBlank(f.q);
        return claimLevel ? fromClaims(f, topic, limit) : fromAggregate(f, topic, limit);
    }

    /** The SQL of the pre-aggregated path (public so the scale benchmark times exactly these statements). */
    public record AggregateSql(String outlets, String total, String sources, String articles) {
    }

    /** Builds the pre-aggregated path's statements; named parameters go into {@code params} (limit included). */
    public static AggregateSql aggregateSql(ClaimFilter f, String topic, int limit, Map<String, Object> params) {
        LocalDate fromDate = ArticleService.parseDate(f.from, "from");
        LocalDate toDate = ArticleService.parseDate(f.to, "to");
        if (f.article == null && fromDate == null && toDate == null && !notBlank(topic)) {
            return outletTotalsSql(f, limit, params);
        }
        StringBuilder where = new StringBuilder(" where true");
        if (f.article != null) {
            where.append(" and p.article_id = :article");
            params.put("article", f.article);
        }
        if (notBlank(f.outlet)) {
            where.append(" and p.outlet_id = (select id from outlet where lower(name) = lower(:outlet))");
            params.put("outlet", f.outlet.strip());
        }
        LocalDate from = ArticleService.parseDate(f.from, "from");
        if (from != null) {
            where.append(" and p.published >= :from");
            params.put("from", from);
        }
        LocalDate to = ArticleService.parseDate(f.to, "to");
        if (to != null) {
            where.append(" and p.published <= :to");
            params.put("to", to);
        }
        if (notBlank(topic)) {
            where.append(" and p.article_id in (select a.id from article a"
                    + " where a.search @@ websearch_to_tsquery('english', :topic))");
            params.put("topic", topic);
        }
        StringBuilder sums = new StringBuilder("count(*), coalesce(sum(p.claims), 0)");
        for (String col : COLUMNS.values()) {
            sums.append(", coalesce(sum(p.").append(col).append("), 0)");
        }
        sums.append(", coalesce(sum(p.hedged), 0)");
        String outletSql = "select o.name, " + sums + " from article_profile p left join outlet o on o.id = p.outlet_id"
                + where + " group by o.name order by o.name nulls last";
        String totalSql = "select null, " + sums + " from article_profile p" + where;
        // distinct sources per outlet: not a sum of per-article counts, so counted over article_source;
        // the grand total is the row flagged 1 (an outlet-less group also has a null name)
        // hashed DISTINCT over (outlet, source) pairs: much cheaper than a sorted count(distinct) at scale
        String sourcesSql = "with x as (select distinct p.outlet_id, p.source_id from article_source p" + where + ")"
                + " select o.name, 0, count(*) from x left join outlet o on o.id = x.outlet_id group by o.name"
                + " union all select null, 1, count(*) from (select distinct source_id from x) y";
        StringBuilder cols = new StringBuilder("p.article_id, a.title, o.name, p.published, 1, p.claims");
        for (String col : COLUMNS.values()) {
            cols.append(", p.").append(col);
        }
        cols.append(", p.hedged, p.named_sources");
        String articlesSql = "select " + cols + " from article_profile p join article a on a.id = p.article_id"
                + " left join outlet o on o.id = p.outlet_id" + where
                + " order by p.published desc nulls last, p.article_id desc limit :limit";
        params.put("limit", limit);
        return new AggregateSql(outletSql, totalSql, sourcesSql, articlesSql);
    }

    /**
     * No date, topic or article filter: the running outlet totals (outlet_stats, outlet_source) answer
     * at once, however large the corpus; only the newest-articles list reads article_profile.
     */
    private static AggregateSql outletTotalsSql(ClaimFilter f, int limit, Map<String, Object> params) {
        String where = " where s.articles > 0";
        String articleWhere = "";
        if (notBlank(f.outlet)) {
            String key = "coalesce((select id from outlet where lower(name) = lower(:outlet)), -1)";
            where += " and s.outlet_key = " + key;
            articleWhere = " where p.outlet_id = (select id from outlet where lower(name) = lower(:outlet))";
            params.put("outlet", f.outlet.strip());
        }
        StringBuilder cols = new StringBuilder("s.articles, s.claims");
        StringBuilder sums = new StringBuilder("coalesce(sum(s.articles), 0), coalesce(sum(s.claims), 0)");
        for (String col : COLUMNS.values()) {
            cols.append(", s.").append(col);
            sums.append(", coalesce(sum(s.").append(col).append("), 0)");
        }
        cols.append(", s.hedged");
        sums.append(", coalesce(sum(s.hedged), 0)");
        String outlets = "select o.name, " + cols + " from outlet_stats s left join outlet o on o.id = s.outlet_key"
                + where + " order by o.name nulls last";
        String total = "select null, " + sums + " from outlet_stats s" + where;
        // the corpus total: one index probe a source (a hash join over outlet_source reads all of it);
        // for one outlet its own running count is the total
        String totalSources = notBlank(f.outlet)
                ? "select null, 1, coalesce(sum(s.named_sources), 0) from outlet_stats s" + where
                : "select null, 1, count(*) from source x"
                        + " where (select 1 from outlet_source os where os.source_id = x.id limit 1) is not null";
        String sources = "select o.name, 0, s.named_sources from outlet_stats s left join outlet o on o.id = s.outlet_key"
                + where + " union all " + totalSources;
        StringBuilder acols = new StringBuilder("p.article_id, a.title, o.name, p.published, 1, p.claims");
        for (String col : COLUMNS.values()) {
            acols.append(", p.").append(col);
        }
        acols.append(", p.hedged, p.named_sources");
        String articles = "select " + acols + " from article_profile p join article a on a.id = p.article_id"
                + " left join outlet o on o.id = p.outlet_id" + articleWhere
                + " order by p.published desc nulls last, p.article_id desc limit :limit";
        params.put("limit", limit);
        return new AggregateSql(outlets, total, sources, articles);
    }

    private Profile fromAggregate(ClaimFilter f, String topic, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        AggregateSql sql = aggregateSql(f, topic, limit, params);
        String outletSql = sql.outlets();
        String totalSql = sql.total();
        String sourcesSql = sql.sources();
        Map<String, Long> sources = new java.util.HashMap<>();
        long totalSources = 0;
        List<Object[]> srcRows = rows(sourcesSql, params);
        for (Object[] r : srcRows) {
            if (((Number) r[1]).intValue() == 1) {
                totalSources = ((Number) r[2]).longValue();
            } else {
                sources.put(r[0] == null ? null : (String) r[0], ((Number) r[2]).longValue());
            }
        }
        List<Row> outlets = new ArrayList<>();
        for (Object[] r : rows(outletSql, params)) {
            outlets.add(aggregateRow(null, null, (String) r[0], null, r, 1, sources.getOrDefault((String) r[0], 0L)));
        }
        Row total = aggregateRow(null, null, null, null, rows(totalSql, params).get(0), 1, totalSources);
        List<Row> articles = new ArrayList<>();
        if (limit > 0) {
            for (Object[] r : rows(sql.articles(), params)) {
                articles.add(aggregateRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toDate(r[3]), r, 4,
                        ((Number) r[r.length - 1]).longValue()));
            }
        }
        return new Profile(total, outlets, articles, true);
    }

    private Profile fromClaims(ClaimFilter f, String topic, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = f.where(params);
        if (notBlank(topic)) {
            where += " and a.search @@ websearch_to_tsquery('english', :topic)";
            params.put("topic", topic);
        }
        StringBuilder counts = new StringBuilder("count(distinct c.article_id), count(*)");
        for (Kind k : COLUMNS.keySet()) {
            counts.append(", count(*) filter (where c.kind = '").append(k.name()).append("')");
        }
        counts.append(", count(*) filter (where cardinality(c.hedges) > 0), count(distinct c.source_id)");
        List<Row> outlets = new ArrayList<>();
        for (Object[] r : rows("select o.name, " + counts + ClaimFilter.FROM + where
                + " group by o.name order by o.name nulls last", params)) {
            outlets.add(aggregateRow(null, null, (String) r[0], null, r, 1, ((Number) r[r.length - 1]).longValue()));
        }
        Object[] t = rows("select null, " + counts + ClaimFilter.FROM + where, params).get(0);
        Row total = aggregateRow(null, null, null, null, t, 1, ((Number) t[t.length - 1]).longValue());
        List<Row> articles = new ArrayList<>();
        if (limit > 0) {
            Map<String, Object> ap = new LinkedHashMap<>(params);
            ap.put("limit", limit);
            for (Object[] r : rows("select c.article_id, a.title, o.name, a.published, " + counts + ClaimFilter.FROM
                    + where + " group by c.article_id, a.title, o.name, a.published"
                    + " order by a.published desc nulls last, c.article_id desc limit :limit", ap)) {
                articles.add(aggregateRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toDate(r[3]), r, 4,
                        ((Number) r[r.length - 1]).longValue()));
            }
        }
        return new Profile(total, outlets, articles, false);
    }

    /** r[at] = articles, r[at+1] = claims, then one count a kind in COLUMNS order, then hedged. */
    private static Row aggregateRow(Long articleId, String title, String outlet, LocalDate published, Object[] r, int at,
            long sources) {
        long articles = ((Number) r[at]).longValue();
        long claims = ((Number) r[at + 1]).longValue();
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        Map<Kind, Double> shares = new LinkedHashMap<>();
        int i = at + 2;
        for (Kind k : COLUMNS.keySet()) {
            long n = ((Number) r[i++]).longValue();
            counts.put(k, n);
            shares.put(k, claims == 0 ? 0.0 : round((double) n / claims));
        }
        long hedged = ((Number) r[i]).longValue();
        return new Row(articleId, title, outlet, published, articles, claims, counts, shares, sources, hedged,
                claims == 0 ? 0.0 : round((double) hedged / claims));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        // one map serves several statements: bind only the parameters this one names
        params.forEach((k, v) -> {
            if (java.util.regex.Pattern.compile(":" + k + "\\b").matcher(sql).find()) {
                q.setParameter(k, v);
            }
        });
        return q.getResultList();
    }

    private static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
