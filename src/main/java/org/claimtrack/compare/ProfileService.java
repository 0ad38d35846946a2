package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.review.ClaimFilter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sourcing profiles: the share of each kind, the number of distinct canonical sources and the share
 * of hedged claims, per article and per outlet. Filters that only pick articles read tables that
 * triggers keep current: no filter or an outlet the running outlet totals (V4), a date range the
 * per-day and per-month totals (V6), one article or a topic the per-article table
 * {@code article_profile} (V4; a topic covers at most its newest {@code topic-articles} matches). A
 * filter on the claims themselves (source, kind, verdict, status, q) counts the matching claims directly.
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

    @Inject
    ClaimtrackConfig config;

    public record Row(Long articleId, String title, String outlet, LocalDate published, long articles, long claims,
            Map<Kind, Long> counts, Map<Kind, Double> shares, long namedSources, long hedged, double hedgedShare) {
    }

    /**
     * {@code topicLimited}: a topic matched more than {@code topicLimit} articles, and the profile
     * covers the newest {@code topicLimit} of them (the page says so).
     */
    public record Profile(Row total, List<Row> outlets, List<Row> articles, boolean preAggregated,
            boolean topicLimited, int topicLimit) {
    }

    @Transactional
    public Profile profile(ClaimFilter f, String topic, int articleLimit) {
        return profile(f, topic, articleLimit, config.compare().topicArticles());
    }

    /** As {@link #profile(ClaimFilter, String, int)}, with the number of topic matches profiled given. */
    @Transactional
    public Profile profile(ClaimFilter f, String topic, int articleLimit, int topicLimit) {
        int limit = Math.max(0, Math.min(articleLimit, 1000));
        boolean claimLevel = f.source != null || notBlank(f.kind) || notBlank(f.verdict) || notBlank(f.status)
                || notBlank(f.q);
        return claimLevel ? fromClaims(f, topic, limit) : fromAggregate(f, topic, limit, Math.max(1, topicLimit));
    }

    /** The SQL of the pre-aggregated path (public so the scale benchmark times exactly these statements). */
    public record AggregateSql(String outlets, String total, String sources, String articles) {
    }

    /**
     * The newest {@code n} articles matching a topic (and the article filters), on or after
     * {@code since} (null: no bound; see {@link NewestFirst}).
     */
    public static String topicSql(ClaimFilter f, String topic, int n, LocalDate since, Map<String, Object> params) {
        // the window's matches first (materialized; see SearchService.articleSql), then the newest n
        StringBuilder sql = new StringBuilder("with m as materialized (select a.id, a.published from article a"
                + " where a.search @@ websearch_to_tsquery('english', :topic)");
        params.put("topic", topic);
        if (f.article != null) {
            sql.append(" and a.id = :article");
            params.put("article", f.article);
        }
        if (notBlank(f.outlet)) {
            sql.append(" and a.outlet_id = (select id from outlet where lower(name) = lower(:outlet))");
            params.put("outlet", f.outlet.strip());
        }
        LocalDate from = ArticleService.parseDate(f.from, "from");
        if (from != null) {
            sql.append(" and a.published >= :from");
            params.put("from", from);
        }
        LocalDate to = ArticleService.parseDate(f.to, "to");
        if (to != null) {
            sql.append(" and a.published <= :to");
            params.put("to", to);
        }
        if (since != null) {
            sql.append(" and a.published >= :since");
            params.put("since", since);
        }
        sql.append(") select id from m order by published desc nulls last, id desc limit :n");
        params.put("n", n);
        return sql.toString();
    }

    /** Article ids as the text of a bigint[] (bound as one parameter, read with {@code any(cast(... as bigint[]))}). */
    public static String idArray(List<Long> ids) {
        StringBuilder s = new StringBuilder("{");
        for (Long id : ids) {
            s.append(s.length() == 1 ? "" : ",").append(id);
        }
        return s.append('}').toString();
    }

    /**
     * Builds the pre-aggregated path's statements; named parameters go into {@code params} (limit
     * included). {@code topicArticles}: the articles a topic picked (see {@link #topicSql}), or null.
     */
    public static AggregateSql aggregateSql(ClaimFilter f, List<Long> topicArticles, int limit,
            Map<String, Object> params) {
        LocalDate fromDate = ArticleService.parseDate(f.from, "from");
        LocalDate toDate = ArticleService.parseDate(f.to, "to");
        if (f.article == null && topicArticles == null) {
            return fromDate == null && toDate == null ? outletTotalsSql(f, limit, params)
                    : periodSql(f, fromDate, toDate, limit, params);
        }
        StringBuilder where = new StringBuilder(" where true");
        if (f.article != null) {
            where.append(" and p.article_id = :article");
            params.put("article", f.article);
        }
        if (topicArticles != null) {
            // a join with the ids: one index probe an article (a bitmap scan would recheck the whole list a row)
            where.append(" and p.article_id in (select unnest(cast(:topicArticles as bigint[])))");
            params.put("topicArticles", idArray(topicArticles));
        }
        appendArticleFilters(f, fromDate, toDate, where, params);
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
        return new AggregateSql(outletSql, totalSql, sourcesSql, articlesSql(where, limit, params));
    }

    private static void appendArticleFilters(ClaimFilter f, LocalDate from, LocalDate to, StringBuilder where,
            Map<String, Object> params) {
        if (notBlank(f.outlet)) {
            where.append(" and p.outlet_id = (select id from outlet where lower(name) = lower(:outlet))");
            params.put("outlet", f.outlet.strip());
        }
        if (from != null) {
            where.append(" and p.published >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and p.published <= :to");
            params.put("to", to);
        }
    }

    /** The newest articles of the filter, from article_profile (article_profile_newest_idx: reads the first rows). */
    private static String articlesSql(CharSequence where, int limit, Map<String, Object> params) {
        StringBuilder cols = new StringBuilder("p.article_id, a.title, o.name, p.published, 1, p.claims");
        for (String col : COLUMNS.values()) {
            cols.append(", p.").append(col);
        }
        cols.append(", p.hedged, p.named_sources");
        params.put("limit", limit);
        return "select " + cols + " from article_profile p join article a on a.id = p.article_id"
                + " left join outlet o on o.id = p.outlet_id" + where
                + " order by p.published desc nulls last, p.article_id desc limit :limit";
    }

    /**
     * A date range (and maybe an outlet): the per-month rows (V6 profile_period) of the whole months
     * in the range and the per-day rows of the days at its edges, so a quarter reads ~3 months and
     * up to ~60 days per outlet instead of ~6,000 articles and ~100,000 (article, source) rows.
     * Distinct sources come from the periods' source bitmaps: OR per chunk, count the ones.
     */
    static AggregateSql periodSql(ClaimFilter f, LocalDate from, LocalDate to, int limit, Map<String, Object> params) {
        // whole months: [monthFrom, monthTo); days: [from, monthFrom) and [monthTo, to]
        LocalDate monthFrom = from == null ? null : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthTo = to == null ? null : to.plusDays(1).withDayOfMonth(1);
        List<String> parts = new ArrayList<>();
        if (monthFrom != null && monthTo != null && !monthFrom.isBefore(monthTo)) {
            parts.add("t.grain = 'd' and t.period >= :from and t.period <= :to");
        } else {
            parts.add("t.grain = 'm'" + (monthFrom == null ? "" : " and t.period >= :monthFrom")
                    + (monthTo == null ? "" : " and t.period < :monthTo"));
            if (from != null && from.isBefore(monthFrom)) {
                parts.add("t.grain = 'd' and t.period >= :from and t.period < :monthFrom");
            }
            if (to != null && !monthTo.isAfter(to)) {
                parts.add("t.grain = 'd' and t.period >= :monthTo and t.period <= :to");
            }
        }
        String outlet = "";
        if (notBlank(f.outlet)) {
            outlet = " and t.outlet_key = (select id from outlet where lower(name) = lower(:outlet))";
            params.put("outlet", f.outlet.strip());
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (monthFrom != null) {
            params.put("monthFrom", monthFrom);
        }
        if (monthTo != null) {
            params.put("monthTo", monthTo);
        }
        StringBuilder sums = new StringBuilder();
        StringBuilder periods = new StringBuilder();
        StringBuilder bits = new StringBuilder();
        for (String part : parts) {
            periods.append(periods.length() == 0 ? "" : " union all ").append("select * from profile_period t where ")
                    .append(part).append(outlet);
            bits.append(bits.length() == 0 ? "" : " union all ")
                    .append("select t.outlet_key, t.chunk, t.bits from profile_period_source t where ").append(part)
                    .append(outlet);
        }
        sums.append("coalesce(sum(t.articles), 0), coalesce(sum(t.claims), 0)");
        for (String col : COLUMNS.values()) {
            sums.append(", coalesce(sum(t.").append(col).append("), 0)");
        }
        sums.append(", coalesce(sum(t.hedged), 0)");
        String outlets = "with t as (" + periods + ") select o.name, " + sums
                + " from t left join outlet o on o.id = t.outlet_key group by o.name order by o.name nulls last";
        String total = "with t as (" + periods + ") select null, " + sums + " from t";
        String sources = "with t as (" + bits + "),"
                + " x as (select outlet_key, bit_count(bit_or(bits)) n from t group by outlet_key, chunk)"
                + " select o.name, 0, sum(x.n) from x left join outlet o on o.id = x.outlet_key group by o.name"
                + " union all select null, 1, coalesce(sum(y.n), 0)"
                + " from (select bit_count(bit_or(bits)) n from t group by chunk) y";
        StringBuilder where = new StringBuilder(" where true");
        appendArticleFilters(f, from, to, where, params);
        return new AggregateSql(outlets, total, sources, articlesSql(where, limit, params));
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
        // the corpus total: the month bitmaps of profile_period_source ORed (~3,500 rows of 1 KB over
        // four years), plus the sources of undated articles, which are in no period; for one outlet
        // its own running count is the total
        String totalSources = notBlank(f.outlet)
                ? "select null, 1, coalesce(sum(s.named_sources), 0) from outlet_stats s" + where
                : "select null, 1, coalesce(sum(y.n), 0) from (select bit_count(bit_or(t.bits)) n from ("
                        + "select chunk, bits from profile_period_source where grain = 'm'"
                        + " union all select (source_id / 8192)::int, source_bits(source_id) from article_source"
                        + " where published is null group by 1) t group by t.chunk) y";
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

    private Profile fromAggregate(ClaimFilter f, String topic, int limit, int topicLimit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<Long> topicArticles = null;
        boolean topicLimited = false;
        if (notBlank(topic)) {
            // the newest topicLimit matches (one more tells whether there are more)
            Map<String, Object> ap = new LinkedHashMap<>();
            LocalDate anchor = toDate(single(NewestFirst.anchorSql(ArticleService.parseDate(f.to, "to"), ap), ap));
            topicArticles = new ArrayList<>(NewestFirst.find(anchor, ArticleService.parseDate(f.from, "from"),
                    topicLimit + 1, since -> {
                        Map<String, Object> tp = new LinkedHashMap<>();
                        List<Long> ids = new ArrayList<>();
                        for (Object id : list(topicSql(f, topic, topicLimit + 1, since, tp), tp)) {
                            ids.add(((Number) id).longValue());
                        }
                        return ids;
                    }));
            if (topicArticles.size() > topicLimit) {
                topicLimited = true;
                topicArticles = topicArticles.subList(0, topicLimit);
            }
        }
        AggregateSql sql = aggregateSql(f, topicArticles, limit, params);
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
        return new Profile(total, outlets, articles, true, topicLimited, topicLimit);
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
        return new Profile(total, outlets, articles, false, false, 0);
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

    private Object single(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q.getResultList();
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
