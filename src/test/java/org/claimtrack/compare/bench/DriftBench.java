package org.claimtrack.compare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.claimtrack.compare.DriftFlag;
import org.claimtrack.compare.DriftService;

/**
 * GET /api/drift at scale: ScaleBench's corpus (default 100,000 articles, about 3,000,000 claims,
 * its story groups) plus 25,000 groups of four articles' first claims, some quotations and conflict
 * suggestions; then drift_rebuild() and the statements of the list (every filter combination) and of
 * one group's detail, timed as p50/p99, and the trigger cost of one member edit. Run (docs/compare.md):
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   "-Dexec.args=-Xmx1g -cp %classpath org.claimtrack.compare.bench.DriftBench 100000"
 * </pre>
 *
 * Arguments: number of articles (default 100000), then "reuse" to time an existing database again.
 */
public final class DriftBench {

    static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean reuse = args.length > 1 && args[1].equals("reuse");
        try (BenchDb db = BenchDb.start("drift-pg", !reuse); Connection c = db.connect()) {
            if (!reuse) {
                ScaleBench.generate(c, articles);
                drift(c, articles);
            }
            bench(c);
        }
    }

    /** More groups, quotations and conflicts than the stories give, then the drift rows from scratch. */
    static void drift(Connection c, int articles) throws SQLException {
        exec(c, "25,000 groups of four first claims", """
                insert into claim_cluster (id, label)
                select 1000000 + g, 'bench group ' || g from generate_series(0, least(24999, %1$d / 4 - 1)) g;
                insert into cluster_member (claim_id, cluster_id, similarity)
                select a::bigint * 64 + 1, 1000000 + a %% least(25000, %1$d / 4), 1 from generate_series(1, %1$d) a
                where not exists (select 1 from cluster_member m where m.claim_id = a::bigint * 64 + 1)
                  and a <= 4 * least(25000, %1$d / 4)""".formatted(articles));
        exec(c, "a third of the attributed members quote", """
                update claim set quote = 'DIRECT' where id in (select claim_id from cluster_member)
                and kind <> 'UNATTRIBUTED' and id % 3 = 0""");
        exec(c, "conflict suggestions on 5 % of the groups", """
                insert into claim_suggestion (claim_id, other_claim_id, score, conflict)
                select m.claim_id + 2, m.claim_id, 0.6, true from cluster_member m
                where m.cluster_id % 20 = 0 and exists (select 1 from claim x where x.id = m.claim_id + 2)
                on conflict do nothing""");
        exec(c, "drift_rebuild() from scratch", "select drift_rebuild()");
        exec(c, "vacuum analyze", "vacuum analyze drift_facet, drift_group, drift_member, claim_suggestion");
        try (ResultSet r = c.createStatement().executeQuery("""
                select (select count(*) from drift_group), (select count(*) from drift_member),
                       (select count(*) from drift_facet), (select count(*) from drift_group where cardinality(flags) > 0),
                       pg_size_pretty(pg_total_relation_size('drift_facet') + pg_total_relation_size('drift_group')
                                      + pg_total_relation_size('drift_member'))""")) {
            r.next();
            System.out.printf(Locale.ROOT, "drift: %,d groups (%,d with a flag), %,d members, %,d facet rows, %s%n",
                    r.getLong(1), r.getLong(4), r.getLong(2), r.getLong(3), r.getString(5));
        }
    }

    static void bench(Connection c) throws SQLException {
        List<Long> outlets = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("select id from outlet order by id")) {
            while (r.next()) {
                outlets.add(r.getLong(1));
            }
        }
        long maxGroup;
        try (ResultSet r = c.createStatement().executeQuery("select max(cluster_id) from drift_group")) {
            r.next();
            maxGroup = r.getLong(1);
        }
        DriftFlag[] flags = DriftFlag.values();
        LocalDate start = LocalDate.of(2019, 1, 1);
        Map<String, ScaleBench.Case> cases = new LinkedHashMap<>();
        cases.put("list, default (ANY), first page", (conn, rnd) -> list(conn, "ANY", -1, null, null, 0));
        cases.put("list, one flag", (conn, rnd) -> list(conn, flags[rnd.nextInt(flags.length)].name(), -1, null, null, 0));
        cases.put("list, one outlet", (conn, rnd) -> list(conn, "ANY", outlets.get(rnd.nextInt(outlets.size())), null, null, 0));
        cases.put("list, outlet + flag", (conn, rnd) -> list(conn, flags[rnd.nextInt(flags.length)].name(),
                outlets.get(rnd.nextInt(outlets.size())), null, null, 0));
        cases.put("list, one quarter", (conn, rnd) -> {
            LocalDate from = start.plusDays(rnd.nextInt(1300));
            list(conn, "ANY", -1, from, from.plusDays(91), 0);
        });
        cases.put("list, outlet + flag + quarter", (conn, rnd) -> {
            LocalDate from = start.plusDays(rnd.nextInt(1300));
            list(conn, flags[rnd.nextInt(flags.length)].name(), outlets.get(rnd.nextInt(outlets.size())), from,
                    from.plusDays(91), 0);
        });
        cases.put("list, ALL, page at offset 5,000", (conn, rnd) -> list(conn, "ALL", -1, null, null, 5000));
        cases.put("detail /api/drift/{id}", (conn, rnd) -> detail(conn, maxGroup, rnd));
        cases.put("trigger: one member's hedges edited", (conn, rnd) -> edit(conn, rnd));
        ScaleBench.time(c, cases, 11);
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = DriftService.listSql(new DriftService.Filter("HEDGE_DROPPED", outlets.get(0), start.plusDays(400),
                start.plusDays(491)), p) + " limit 50 offset 0";
        try (PreparedStatement ps = BenchDb.prepare(c, "explain (analyze, buffers) " + sql, p); ResultSet r = ps.executeQuery()) {
            System.out.println("\nEXPLAIN list, outlet + flag + quarter:");
            while (r.next()) {
                System.out.println("  " + r.getString(1));
            }
        }
    }

    /** What GET /api/drift reads: a page of ids from the facet index, then the page's summaries. */
    static void list(Connection c, String flag, long outlet, LocalDate from, LocalDate to, int offset) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = DriftService.listSql(new DriftService.Filter(flag, outlet, from, to), p) + " limit :limit offset :offset";
        p.put("limit", 50);
        p.put("offset", offset);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = BenchDb.prepare(c, sql, p); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        if (!ids.isEmpty()) {
            drain(c, DriftService.SUMMARIES_SQL, ids);
        }
    }

    static void detail(Connection c, long maxGroup, Random rnd) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "select cluster_id from drift_group where cluster_id >= ? order by cluster_id limit 1")) {
            ps.setLong(1, 1 + (long) (rnd.nextDouble() * maxGroup));
            try (ResultSet r = ps.executeQuery()) {
                id = r.next() ? r.getLong(1) : 1;
            }
        }
        drain(c, DriftService.DETAIL_HEAD_SQL, List.of(id));
        drain(c, DriftService.VERSIONS_SQL, List.of(id));
        drain(c, DriftService.CONFLICTS_SQL, List.of(id));
    }

    /** A member claim's hedges changed and changed back (the trigger refreshes its group), rolled back. */
    static void edit(Connection c, Random rnd) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("""
                update claim set hedges = case when cardinality(hedges) = 0 then '{may}'::text[] else '{}'::text[] end
                where id = (select claim_id from cluster_member where claim_id >= ? order by claim_id limit 1)""")) {
            ps.setLong(1, 64 + (long) (rnd.nextDouble() * 6_400_000L));
            ps.executeUpdate();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static void drain(Connection c, String sql, List<Long> ids) throws SQLException {
        Map<String, Object> p = Map.of("ids", ids);
        try (PreparedStatement ps = BenchDb.prepare(c, sql.replace("in (:ids)", "= any (:ids)"), p);
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }

    private static void exec(Connection c, String label, String sql) throws SQLException {
        ScaleBench.exec(c, label, sql);
    }
}
