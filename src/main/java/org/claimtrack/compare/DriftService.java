package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Inputs;
import org.claimtrack.common.NativePage;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.ingest.ArticleService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Attribution drift: how each same-claim group's claim is sourced from article to article (V16 keeps
 * the flags by trigger). The list is one range scan of drift_facet_list_idx; a page of groups then
 * costs three primary-key reads.
 */
@ApplicationScoped
public class DriftService {

    @Inject
    EntityManager em;

    /** Where the claim first appeared: the member of the earliest article (undated articles last). */
    public record Carrier(long claimId, long articleId, String outlet, LocalDate published) {
    }

    public record Summary(long id, String label, boolean confirmed, List<String> flags, int members,
            List<String> outlets, Carrier firstCarrier, LocalDate firstPublished, LocalDate lastPublished) {
    }

    /** One article's version of the claim, in carrier order (position 1 = first carrier). */
    public record Version(long claimId, long articleId, String articleTitle, String outlet, LocalDate published,
            int position, boolean firstCarrier, Kind kind, String source, String sourceText, String cue,
            List<String> hedges, QuoteType quote, String text, List<String> flags) {
        public boolean flagged(String flag) {
            return flags.contains(flag);
        }
    }

    /** A claim outside the group that a member disagrees with (the matcher's conflict): flagged, never merged. */
    public record Conflict(long memberClaimId, long claimId, String text, long articleId, String outlet,
            Long groupId, int percent) {
    }

    public record Detail(long id, String label, boolean confirmed, List<String> flags, Carrier firstCarrier,
            List<Version> versions, List<Conflict> conflicts) {
    }

    /** The checked filter of the list: flag (a name, ANY, ALL), outlet key (-1 = any), dates. */
    public record Filter(String flag, long outletKey, LocalDate from, LocalDate to) {
    }

    /** 400 on a bad flag, an unknown outlet, a bad date or from after to. */
    @Transactional
    public Filter filter(String flag, String outlet, String from, String to) {
        String f = DriftFlag.filter(flag);
        LocalDate since = ArticleService.parseDate(from, "from");
        LocalDate until = ArticleService.parseDate(to, "to");
        if (since != null && until != null && since.isAfter(until)) {
            throw ApiError.of(400, "from (" + since + ") is after to (" + until + ")");
        }
        long key = -1;
        if (outlet != null && !outlet.isBlank()) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from outlet where lower(name) = lower(?1)")
                    .setParameter(1, Inputs.noNul(outlet, "outlet").strip()).getResultList();
            if (ids.isEmpty()) {
                throw ApiError.of(400, "no outlet named '" + outlet.strip() + "'");
            }
            key = ids.get(0).longValue();
        }
        return new Filter(f, key, since, until);
    }

    /** The list query (public: the drift benchmark runs it), newest first; the page is added by NativePage. */
    public static String listSql(Filter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(
                "select f.cluster_id, f.carried from drift_facet f where f.flag = :flag and f.outlet_key = :outlet");
        params.put("flag", f.flag());
        params.put("outlet", f.outletKey());
        if (f.from() != null) {
            sql.append(" and f.carried >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and f.carried <= :to");
            params.put("to", f.to());
        }
        return sql.append(" order by f.carried desc nulls last, f.cluster_id desc").toString();
    }

    /** The page's groups with their flags, outlets and first carrier (public: the benchmark runs it). */
    public static final String SUMMARIES_SQL = """
            select g.cluster_id, cl.label, cl.confirmed, array_to_string(g.flags, ','), g.members,
                   g.first_claim_id, fm.article_id, fo.name, fm.published, g.first_published, g.last_published,
                   (select string_agg(coalesce(o.name, '(no outlet)'), chr(31) order by d.position)
                      from drift_member d left join outlet o on o.id = nullif(d.outlet_key, 0)
                     where d.cluster_id = g.cluster_id)
            from drift_group g join claim_cluster cl on cl.id = g.cluster_id
            join drift_member fm on fm.claim_id = g.first_claim_id
            left join outlet fo on fo.id = nullif(fm.outlet_key, 0)
            where g.cluster_id in (:ids)""";

    @Transactional
    public List<Summary> list(Filter f, int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<Object[]> rows = NativePage.rows(em, listSql(f, params), params, limit, offset);
        List<Long> ids = new ArrayList<>();
        for (Object[] r : rows) {
            ids.add(num(r[0]));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(SUMMARIES_SQL).setParameter("ids", ids).getResultList();
        Map<Long, Summary> byId = new LinkedHashMap<>();
        for (Object[] r : found) {
            List<String> outlets = List.copyOf(new LinkedHashSet<>(split((String) r[11], "\u001f")));
            Carrier first = new Carrier(num(r[5]), num(r[6]), (String) r[7], date(r[8]));
            byId.put(num(r[0]), new Summary(num(r[0]), (String) r[1], (Boolean) r[2], split((String) r[3], ","),
                    ((Number) r[4]).intValue(), outlets, first, date(r[9]), date(r[10])));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A group's versions side by side, in carrier order (public: the benchmark runs it). */
    public static final String VERSIONS_SQL = """
            select d.cluster_id, d.claim_id, d.article_id, a.title, o.name, d.published, d.position, c.kind,
                   coalesce(s.name, c.source_name), c.source_text, c.cue_text, array_to_string(c.hedges, chr(31)),
                   c.quote, c.content, array_to_string(d.flags, ',')
            from drift_member d join claim c on c.id = d.claim_id join article a on a.id = d.article_id
            left join outlet o on o.id = a.outlet_id left join source s on s.id = c.source_id
            where d.cluster_id in (:ids) order by d.cluster_id, d.position""";

    /** The claims outside the group that its members conflict with. */
    public static final String CONFLICTS_SQL = """
            select d.cluster_id, d.claim_id, x.id, x.content, x.article_id, o.name, mx.cluster_id, s.score
            from drift_member d
            join lateral (select other_claim_id as other, score from claim_suggestion
                           where claim_id = d.claim_id and conflict and not dismissed
                          union all
                          select claim_id, score from claim_suggestion
                           where other_claim_id = d.claim_id and conflict and not dismissed) s on true
            join claim x on x.id = s.other join article xa on xa.id = x.article_id
            left join outlet o on o.id = xa.outlet_id left join cluster_member mx on mx.claim_id = x.id
            where d.cluster_id in (:ids) and 'CONFLICT' = any (d.flags)
            order by d.cluster_id, d.position, x.id""";

    public static final String DETAIL_HEAD_SQL = """
            select g.cluster_id, cl.label, cl.confirmed, array_to_string(g.flags, ',') from drift_group g
            join claim_cluster cl on cl.id = g.cluster_id where g.cluster_id in (:ids)""";

    /** One group side by side; 404 when it is no group of two or more claims. */
    @Transactional
    public Detail get(long id) {
        List<Detail> d = details(List.of(id));
        if (d.isEmpty()) {
            throw ApiError.of(404, "no group " + id + " (or it holds fewer than two claims)");
        }
        return d.get(0);
    }

    /** The groups side by side, in the order given (groups without drift rows are left out). */
    @Transactional
    public List<Detail> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery(DETAIL_HEAD_SQL).setParameter("ids", ids).getResultList();
        Map<Long, List<Version>> versions = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> vrows = em.createNativeQuery(VERSIONS_SQL).setParameter("ids", ids).getResultList();
        for (Object[] r : vrows) {
            versions.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(new Version(num(r[1]), num(r[2]),
                    (String) r[3], (String) r[4], date(r[5]), ((Number) r[6]).intValue(), ((Number) r[6]).intValue() == 1,
                    Kind.valueOf((String) r[7]), (String) r[8], (String) r[9], (String) r[10],
                    split((String) r[11], "\u001f"), QuoteType.valueOf((String) r[12]), (String) r[13],
                    split((String) r[14], ",")));
        }
        Map<Long, List<Conflict>> conflicts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> crows = em.createNativeQuery(CONFLICTS_SQL).setParameter("ids", ids).getResultList();
        for (Object[] r : crows) {
            conflicts.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(new Conflict(num(r[1]), num(r[2]),
                    (String) r[3], num(r[4]), (String) r[5], r[6] == null ? null : num(r[6]),
                    (int) Math.round(((Number) r[7]).doubleValue() * 100)));
        }
        Map<Long, Detail> byId = new LinkedHashMap<>();
        for (Object[] h : heads) {
            long id = num(h[0]);
            List<Version> vs = versions.getOrDefault(id, List.of());
            Version first = vs.isEmpty() ? null : vs.get(0);
            byId.put(id, new Detail(id, (String) h[1], (Boolean) h[2], split((String) h[3], ","),
                    first == null ? null : new Carrier(first.claimId(), first.articleId(), first.outlet(), first.published()),
                    vs, conflicts.getOrDefault(id, List.of())));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The outlet names for the page's filter. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> outlets() {
        return em.createNativeQuery("select name from outlet order by lower(name) limit 1000").getResultList();
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(java.util.regex.Pattern.quote(sep), -1));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(o.toString());
    }
}
