package org.claimtrack.compare.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.Extractor;

/**
 * The measurement behind the grouping threshold: extracts the seed articles, then prints the
 * pg_trgm similarity of every pair of claims from different articles (highest first) and how many
 * pairs each threshold would group. Run:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtrack.compare.bench.SeedSimilarity}
 */
public final class SeedSimilarity {

    public static void main(String[] args) throws Exception {
        double floor = args.length > 0 ? Double.parseDouble(args[0]) : 0.3;
        try (BenchDb db = BenchDb.start("seed-similarity-pg", true); Connection c = db.connect()) {
            c.createStatement().execute("create temp table sc (article int, content text)");
            List<Path> seeds;
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            PreparedStatement ins = c.prepareStatement("insert into sc values (?, ?)");
            int a = 0;
            for (Path p : seeds) {
                for (ExtractedClaim claim : Extractor.shared().extract(Files.readString(p, StandardCharsets.UTF_8)).claims()) {
                    ins.setInt(1, a);
                    ins.setString(2, claim.text());
                    ins.addBatch();
                }
                a++;
            }
            ins.executeBatch();
            System.out.printf(Locale.ROOT, "extractor: %s, %d seed articles%n", Extractor.VERSION, a);
            ResultSet r = c.createStatement().executeQuery("""
                    select x.article, y.article, round(similarity(x.content, y.content)::numeric, 3) s,
                           x.content, y.content
                    from sc x join sc y on x.article < y.article
                    where similarity(x.content, y.content) >= %s
                    order by s desc""".formatted(floor));
            while (r.next()) {
                System.out.printf(Locale.ROOT, "%.3f  [%d] %s%n       [%d] %s%n", r.getDouble(3), r.getInt(1),
                        cut(r.getString(4)), r.getInt(2), cut(r.getString(5)));
            }
            ResultSet h = c.createStatement().executeQuery("""
                    select t, count(*) filter (where similarity(x.content, y.content) >= t)
                    from sc x join sc y on x.article < y.article,
                         unnest(array[0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9]) t
                    group by t order by t""");
            System.out.println("threshold  cross-article pairs at or above");
            while (h.next()) {
                System.out.printf(Locale.ROOT, "%5.2f      %d%n", h.getDouble(1), h.getLong(2));
            }
        }
    }

    private static String cut(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 110 ? t.substring(0, 110) + "…" : t;
    }
}
