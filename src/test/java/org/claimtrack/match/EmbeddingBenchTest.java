package org.claimtrack.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimtrack.extract.eval.Bench;
import org.junit.jupiter.api.Test;

/** {@code bench --embeddings} on the seeds: it embeds what grouping embeds, and its table is complete. */
class EmbeddingBenchTest {

    @Test
    void embedsTheClaimsGroupingEmbedsAndReportsEveryRow() throws Exception {
        List<String> texts = Bench.texts(Path.of("seeds"));
        List<List<String>> claims = EmbeddingBench.groupedClaims(texts, 5);
        assertEquals(texts.size(), claims.size());
        int total = claims.stream().mapToInt(List::size).sum();
        assertTrue(total > 20, "the seeds have claims of five words or more: " + total);
        claims.forEach(cs -> cs.forEach(c -> assertTrue(EmbeddingBench.words(c) >= 5, c)));
        assertTrue(EmbeddingBench.groupedClaims(texts, 1000).stream().allMatch(List::isEmpty));

        EmbeddingBench.Row batch = EmbeddingBench.batched(claims);
        EmbeddingBench.Row single = EmbeddingBench.oneByOne(claims);
        List<EmbeddingBench.Row> ingest = EmbeddingBench.ingest(texts, 5);
        for (EmbeddingBench.Row r : List.of(batch, single, ingest.get(0), ingest.get(1))) {
            assertEquals(texts.size(), r.articles());
            assertEquals(total, r.claims(), r.mode());
            assertTrue(r.medianMs() > 0 && r.p90Ms() >= r.medianMs() && r.articlesPerSecond() > 0, r.toString());
        }
        String table = EmbeddingBench.table(List.of(batch, single));
        assertTrue(table.contains("| embedding, one batch per article | 5 | " + total + " |"), table);
        assertTrue(table.contains("peak heap used"), table);
    }

    @Test
    void aBatchEmbedsAsClaimByClaimDoes() {
        List<String> s = List.of("No U.S. troops were harmed in the attack.", "Iran fired a dozen missiles at two bases.");
        List<float[]> batch = Embedder.embedAll(s);
        for (int i = 0; i < s.size(); i++) {
            float[] one = Embedder.embed(s.get(i));
            double dot = 0;
            for (int k = 0; k < one.length; k++) {
                dot += one[k] * batch.get(i)[k];
            }
            assertEquals(1.0, dot, 1e-4);
        }
    }
}
