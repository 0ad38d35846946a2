package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The newest N rows that match a full-text query, without fetching every match. A GIN index finds
 * all matches of a common word (half of 100,000 articles, 65,000 of 3,000,000 claims), and sorting
 * them by date means reading each from the table. Instead the query is asked for the newest N
 * matches within a date window back from the newest article date; the full-text indexes lead with
 * the date (V6, btree_gin), so only the window's part of the posting lists and the window's rows
 * are read. The first window is a week; when it holds fewer than N matches the next one is
 * extrapolated from the matches found (at least twice as wide, eight times when none), and past
 * a maximum width (four years for articles, a quarter for claims) the query runs without a bound. Every row outside a window is older than every row
 * inside it, so the answer is exactly the newest N matches overall (rows without a date sort last).
 */
public final class NewestFirst {

    /** The first window, in days back from the newest date. */
    static final int FIRST_DAYS = 7;
    /** Windows wider than this give way to the unbounded query (for articles; claims pass their own). */
    static final int MAX_DAYS = 1461;
    /**
     * For claims: a date range in the GIN index costs about as much as the claims in it (a year is
     * 750,000 at 3 M claims), while a word that has fewer matches than asked for in the last quarter
     * is rare enough to be fetched whole.
     */
    public static final int CLAIM_MAX_DAYS = 92;

    private NewestFirst() {
    }

    /** One run of the query: the newest rows on or after {@code since} (null: no bound). */
    public interface Query<T, E extends Exception> {
        List<T> run(LocalDate since) throws E;
    }

    /** The newest article date (at or before {@code to}, when given): the windows count back from it. */
    public static String anchorSql(LocalDate to, Map<String, Object> p) {
        if (to == null) {
            return "select max(published) from article";
        }
        p.put("anchorTo", to);
        return "select max(published) from article where published <= :anchorTo";
    }

    /**
     * Runs {@code query} with ever wider windows until it returns at least {@code limit} rows; the last
     * run has no bound. {@code anchor} is the answer of {@link #anchorSql}; {@code from} the filter's
     * lower date bound (a window reaching past it is no narrower than the filter itself).
     */
    public static <T, E extends Exception> List<T> find(LocalDate anchor, LocalDate from, int limit, Query<T, E> query)
            throws E {
        return find(anchor, from, limit, MAX_DAYS, query);
    }

    /** As {@link #find(LocalDate, LocalDate, int, Query)}, with windows up to {@code maxDays} wide. */
    public static <T, E extends Exception> List<T> find(LocalDate anchor, LocalDate from, int limit, int maxDays,
            Query<T, E> query) throws E {
        long days = FIRST_DAYS;
        while (anchor != null && days <= maxDays) {
            LocalDate since = anchor.minusDays(days);
            if (from != null && !since.isAfter(from)) {
                break;
            }
            List<T> rows = query.run(since);
            if (rows.size() >= limit) {
                return rows;
            }
            // wide enough for the matches still missing at the density seen so far, with room to spare
            long wanted = rows.isEmpty() ? days * 8 : (long) Math.ceil(days * 1.5 * limit / rows.size());
            days = Math.max(wanted, days * 2);
        }
        return query.run(null);
    }
}
