package org.claimtrack.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.eval.Bench;

/**
 * What embeddings add to ingest, per article: the claims grouping embeds (at least min-words words,
 * as the grouping's filter) are embedded once as one batch (what ingest does) and once claim by claim
 * on the calling thread; and extraction with and without the batch, for the throughput beside
 * today's. Plain Java: the CLI's {@code bench --embeddings} runs it.
 */
public final class EmbeddingBench {

    public record Row(String mode, int articles, int claims, double medianMs, double p90Ms, double articlesPerSecond) {
    }

    private EmbeddingBench() {
    }

    /** Per article, the contents grouping would embed. */
    public static List<List<String>> groupedClaims(List<String> texts, int minWords) {
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) {
            out.add(embeddable(Extractor.shared().extract(t).claims(), minWords));
        }
        return out;
    }

    static List<String> embeddable(List<ExtractedClaim> claims, int minWords) {
        List<String> out = new ArrayList<>();
        for (ExtractedClaim c : claims) {
            if (words(c.text()) >= minWords) {
                out.add(c.text());
            }
        }
        return out;
    }

    /** One {@link Embedder#embedAll} per article, as ingest embeds an article's claims. */
    public static Row batched(List<List<String>> perArticle) {
        return time("embedding, one batch per article", perArticle, claims -> {
            if (!claims.isEmpty()) {
                Embedder.embedAll(claims);
            }
        });
    }

    /** Each claim on its own, on the calling thread. */
    public static Row oneByOne(List<List<String>> perArticle) {
        return time("embedding, claim by claim", perArticle, claims -> claims.forEach(Embedder::embed));
    }

    /** The ingest path on one thread: extraction alone, then extraction and the article's batch. */
    public static List<Row> ingest(List<String> texts, int minWords) {
        List<List<String>> asLists = texts.stream().map(List::of).toList();
        Row plain = time("extraction", asLists, t -> Extractor.shared().extract(t.get(0)));
        Row both = time("extraction + embedding batch", asLists, t -> {
            List<String> claims = embeddable(Extractor.shared().extract(t.get(0)).claims(), minWords);
            if (!claims.isEmpty()) {
                Embedder.embedAll(claims);
            }
        });
        int claims = groupedClaims(texts, minWords).stream().mapToInt(List::size).sum();
        return List.of(withClaims(plain, claims), withClaims(both, claims));
    }

    private static Row withClaims(Row r, int claims) {
        return new Row(r.mode(), r.articles(), claims, r.medianMs(), r.p90Ms(), r.articlesPerSecond());
    }

    private static Row time(String mode, List<List<String>> perArticle, java.util.function.Consumer<List<String>> work) {
        double[] ms = new double[perArticle.size()];
        int claims = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < perArticle.size(); i++) {
            long a = System.nanoTime();
            work.accept(perArticle.get(i));
            ms[i] = (System.nanoTime() - a) / 1e6;
            claims += perArticle.get(i).size();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(ms);
        return new Row(mode, perArticle.size(), claims, Bench.pct(ms, 0.5), Bench.pct(ms, 0.9),
                wall == 0 ? 0 : perArticle.size() / wall);
    }

    static int words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| measured | articles | claims | median ms/article | p90 ms/article | articles/s |\n");
        sb.append("|----------|---------:|-------:|------------------:|---------------:|-----------:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.2f |%n", r.mode(), r.articles(),
                    r.claims(), r.medianMs(), r.p90Ms(), r.articlesPerSecond()));
        }
        sb.append(String.format(Locale.ROOT, "peak heap used: %.0f MiB (max heap %.0f MiB); cores available: %d%n",
                Bench.peakHeapMiB(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0),
                Runtime.getRuntime().availableProcessors()));
        return sb.toString();
    }
}
