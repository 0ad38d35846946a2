package org.claimtrack.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleService;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of {@code GET /api/claims}, shared by the claim list, search and every export:
 * article, source, kind, verdict, status, outlet, from, to, q (PostgreSQL full text), assignee, mentioned,
 * checkedElsewhere. Bind it with
 * {@code @BeanParam}; {@link #where(Map)} gives the SQL over {@code claim c join article a left join outlet o}.
 * Rejected claims are left out unless {@code status=REJECTED} is asked for.
 */
public class ClaimFilter {

    @QueryParam("article")
    public Long article;

    @QueryParam("source")
    public Long source;

    @QueryParam("kind")
    public String kind;

    @QueryParam("verdict")
    public String verdict;

    @QueryParam("status")
    public String status;

    @QueryParam("outlet")
    public String outlet;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("q")
    public String q;

    /** A user name, "me" (the caller, see {@link #resolveMe}) or "none" for unassigned claims. */
    @QueryParam("assignee")
    public String assignee;

    /** The claims of one same-claim group. */
    @QueryParam("cluster")
    public Long cluster;

    /** Claims whose comments name this user with @ ("me": the caller). */
    @QueryParam("mentioned")
    public String mentioned;

    /** true: claims whose same-claim group holds a checked claim of another article (VerdictReuse); false: none. */
    @QueryParam("checkedElsewhere")
    @Parameter(description = "true: claims whose same-claim group holds a claim of another article with a verdict and "
            + "status CHECKED or PUBLISHED (the claim JSON's checkedElsewhere); false: the others")
    public String checkedElsewhere;

    /** "me" in assignee or mentioned stands for the user asking. */
    public ClaimFilter resolveMe(String user) {
        if ("me".equalsIgnoreCase(strip(assignee))) {
            assignee = user;
        }
        if ("me".equalsIgnoreCase(strip(mentioned))) {
            mentioned = user;
        }
        return this;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The FROM clause the conditions are written for. */
    public static final String FROM = " from claim c join article a on a.id = c.article_id left join outlet o on o.id = a.outlet_id ";

    /** SQL conditions (starting with "where") with named parameters put into {@code params}; 400 on bad values. */
    public String where(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where true");
        if (article != null) {
            sql.append(" and c.article_id = :article");
            params.put("article", article);
        }
        if (source != null) {
            sql.append(" and c.source_id = :source");
            params.put("source", source);
        }
        if (notBlank(kind)) {
            sql.append(" and c.kind = :kind");
            params.put("kind", parse(Kind.class, kind, "kind").name());
        }
        if (notBlank(verdict)) {
            if (verdict.equalsIgnoreCase("none")) {
                sql.append(" and c.verdict_rating is null");
            } else {
                sql.append(" and c.verdict_rating = :verdict");
                params.put("verdict", parse(Rating.class, verdict, "verdict").name());
            }
        }
        if (notBlank(status)) {
            sql.append(" and c.status = :status");
            params.put("status", parse(ClaimStatus.class, status, "status").name());
        } else {
            sql.append(" and c.status <> 'REJECTED'");
        }
        if (notBlank(outlet)) {
            sql.append(" and lower(o.name) = lower(:outlet)");
            params.put("outlet", outlet.strip());
        }
        LocalDate f = ArticleService.parseDate(from, "from");
        if (f != null) {
            sql.append(" and a.published >= :from");
            params.put("from", f);
        }
        LocalDate t = ArticleService.parseDate(to, "to");
        if (t != null) {
            sql.append(" and a.published <= :to");
            params.put("to", t);
        }
        if (notBlank(q)) {
            // the same expression as the claim_search_idx index, so the index serves it
            sql.append(" and to_tsvector('english', c.content) @@ websearch_to_tsquery('english', :q)");
            params.put("q", q);
        }
        if (notBlank(assignee)) {
            if (assignee.strip().equalsIgnoreCase("none")) {
                sql.append(" and c.assignee is null");
            } else {
                sql.append(" and c.assignee = :assignee");
                params.put("assignee", assignee.strip());
            }
        }
        if (cluster != null) {
            sql.append(" and exists (select 1 from cluster_member cm where cm.claim_id = c.id and cm.cluster_id = :cluster)");
            params.put("cluster", cluster);
        }
        if (notBlank(mentioned)) {
            sql.append(" and exists (select 1 from claim_comment cc where cc.claim_id = c.id and :mentioned = any (cc.mentions))");
            params.put("mentioned", mentioned.strip());
        }
        if (notBlank(checkedElsewhere)) {
            sql.append(bool(checkedElsewhere, "checkedElsewhere") ? " and " : " and not ").append(VerdictReuse.FILTER);
        }
        return sql.toString();
    }

    /** The filters as a query string (for links that carry the filters on screen, e.g. export buttons). */
    public String toQueryString() {
        StringBuilder s = new StringBuilder();
        append(s, "article", article);
        append(s, "source", source);
        append(s, "kind", kind);
        append(s, "verdict", verdict);
        append(s, "status", status);
        append(s, "outlet", outlet);
        append(s, "from", from);
        append(s, "to", to);
        append(s, "q", q);
        append(s, "assignee", assignee);
        append(s, "cluster", cluster);
        append(s, "mentioned", mentioned);
        append(s, "checkedElsewhere", checkedElsewhere);
        return s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        s.append(s.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean bool(String value, String field) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.of(400, field + " must be true or false, not '" + value + "'");
        };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "unknown " + field + " '" + value + "'");
        }
    }
}
