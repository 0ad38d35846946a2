package org.claimtrack.export;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.review.ClaimFilter;

/**
 * The export's SQL: the claim filter of {@code GET /api/claims} turned into one JDBC statement read
 * through a server-side cursor (autocommit off, forward only, a fetch size), so that a million rows
 * pass through in constant memory. Plain JDBC: the benchmark drives it without Quarkus.
 */
public final class ExportQuery {

    static final String SELECT = "select a.id, a.title, o.name, a.url, a.published,"
            + " c.id, c.start_offset, c.end_offset, c.content, c.kind, c.quote, c.hedges, c.status, c.origin,"
            + " c.source_start, c.source_end, c.source_text, coalesce(s.name, c.source_name),"
            + " coalesce(s.type, c.source_type), c.source_handle, c.source_id,"
            + " c.cue_start, c.cue_end, c.cue_text,"
            + " c.verdict_rating, c.verdict_explanation, c.verdict_evidence, c.verdict_by, c.verdict_at, c.assignee,"
            + " c.created_at, c.updated_at,"
            + " dm.cluster_id, array_to_string(dg.flags, ','), array_to_string(dm.flags, ',')";

    /** The claim's drift rows (V16): its group of two or more, the group's flags and its own. */
    static final String DRIFT_JOIN = " left join drift_member dm on dm.claim_id = c.id"
            + " left join drift_group dg on dg.cluster_id = dm.cluster_id ";

    /** Article order, then document order: brat groups by article, the counts sheet relies on it too. */
    static final String ORDER = " order by a.id, c.start_offset, c.end_offset, c.id";

    private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

    private final String where;
    private final List<Object> params;

    private ExportQuery(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /** What a ClaimReview may show: a published fact-check with a verdict on the rating scale or UNVERIFIABLE. */
    static final String PUBLISHED = " and c.status = 'PUBLISHED' and c.verdict_rating is not null"
            + " and c.verdict_rating <> 'NOT_A_CLAIM'";

    /**
     * Validates the filter now (400 on bad values), before any byte of the response is written;
     * {@code publishedOnly} keeps the published fact-checks (the ClaimReview export).
     */
    public static ExportQuery of(ClaimFilter filter, boolean publishedOnly) {
        Map<String, Object> named = new LinkedHashMap<>();
        String sql = filter.where(named) + (publishedOnly ? PUBLISHED : "");
        // ClaimFilter writes named parameters (for JPA); JDBC wants positional ones
        List<Object> positional = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!named.containsKey(m.group(1))) {
                throw new IllegalStateException("no value for :" + m.group(1));
            }
            positional.add(named.get(m.group(1)));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new ExportQuery(out.toString(), positional);
    }

    /** One published fact-check (its public page embeds the ClaimReview). */
    public static ExportQuery published(long claimId) {
        return new ExportQuery(" where c.id = ?" + PUBLISHED, List.of(claimId));
    }

    /** Every claim (no filter beyond leaving out rejected claims): the benchmark's query. */
    public static ExportQuery all() {
        return of(new ClaimFilter(), false);
    }

    /** The row query with positional parameters. */
    public String sql() {
        return SELECT + ClaimFilter.FROM + " left join source s on s.id = c.source_id " + DRIFT_JOIN + where + ORDER;
    }

    /** Claim counts by kind per article under the same filter, in article order. */
    public String countsSql() {
        return "select a.id, a.title, o.name, a.published, c.kind, count(*)" + ClaimFilter.FROM + where
                + " group by a.id, a.title, o.name, a.published, c.kind order by a.id, c.kind";
    }

    /** How many rows and how many articles the row query will give (the XLSX sheet dimensions). */
    public String totalsSql() {
        return "select count(*), count(distinct a.id)" + ClaimFilter.FROM + where;
    }

    public List<Object> params() {
        return params;
    }

    /** The row query with its parameters written in as literals, for PostgreSQL's COPY (the benchmark). */
    public String inlinedSql() {
        String sql = sql();
        StringBuilder out = new StringBuilder();
        int next = 0;
        // walk the statement once, so that a '?' inside an inserted literal is never taken for a parameter
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && next < params.size()) {
                Object p = params.get(next++);
                out.append(p instanceof Number ? p.toString() : "'" + p.toString().replace("'", "''") + "'");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(ExportRow row) throws Exception;
    }

    /** Streams the rows to the handler through a cursor; the connection must have autocommit off. */
    public long forEach(Connection conn, int fetchSize, RowHandler handler) throws Exception {
        long n = 0;
        try (PreparedStatement ps = prepare(conn, sql(), fetchSize); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.row(read(rs));
                n++;
            }
        }
        return n;
    }

    PreparedStatement prepare(Connection conn, String sql, int fetchSize) throws SQLException {
        if (conn.getAutoCommit()) {
            throw new IllegalStateException("a cursor needs autocommit off, or PostgreSQL sends every row at once");
        }
        PreparedStatement ps = conn.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        ps.setFetchSize(fetchSize);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private static ExportRow read(ResultSet rs) throws SQLException {
        return new ExportRow(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getLong(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
                list(rs.getArray(12)), rs.getString(13), rs.getString(14),
                integer(rs, 15), integer(rs, 16), rs.getString(17), rs.getString(18), rs.getString(19),
                rs.getString(20), longOrNull(rs, 21),
                integer(rs, 22), integer(rs, 23), rs.getString(24),
                rs.getString(25), rs.getString(26), list(rs.getArray(27)), rs.getString(28),
                rs.getObject(29, OffsetDateTime.class), rs.getObject(31, OffsetDateTime.class),
                rs.getObject(32, OffsetDateTime.class), rs.getString(30), null, null, longOrNull(rs, 33),
                split(rs.getString(34)), split(rs.getString(35)));
    }

    private static List<String> list(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        String[] values = (String[]) a.getArray();
        return values.length == 0 ? List.of() : Arrays.asList(values);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
