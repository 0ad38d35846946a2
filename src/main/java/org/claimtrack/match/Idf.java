package org.claimtrack.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How rare a content word (stemmed, as {@link Details#content}) is in news sentences: inverse document
 * frequency counted on the fit file's sentences by {@code fit-matcher} and shipped as {@code idf.tsv}
 * (words and counts only, no sentences; words seen once are left out and count as once).
 */
public final class Idf {

    public static final String RESOURCE = "idf.tsv";

    private final int documents;
    private final Map<String, Integer> counts;

    Idf(int documents, Map<String, Integer> counts) {
        this.documents = documents;
        this.counts = counts;
    }

    private static final class Holder {
        static final Idf SHARED = load();
    }

    public static Idf shared() {
        return Holder.SHARED;
    }

    public double of(String word) {
        int df = counts.getOrDefault(word, 1);
        return Math.log((documents + 1.0) / (df + 0.5));
    }

    /** Counts over these texts (each counted once per text). */
    static Idf count(Collection<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Set<String> seen = new HashSet<>(Details.of(t).content);
            for (String w : seen) {
                df.merge(w, 1, Integer::sum);
            }
        }
        df.values().removeIf(c -> c < 2);
        return new Idf(texts.size(), df);
    }

    /** The file, byte for byte the same for the same counts (words sorted). */
    String toTsv() {
        StringBuilder sb = new StringBuilder("# document frequency of content words, written by bin/claimtrack fit-matcher\n");
        sb.append("#documents\t").append(documents).append('\n');
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    static Idf load() {
        try (InputStream in = Idf.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + Idf.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int documents = 0;
            Map<String, Integer> counts = new HashMap<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.lastIndexOf('\t');
                if (line.startsWith("#documents\t")) {
                    documents = Integer.parseInt(line.substring(tab + 1));
                } else if (!line.startsWith("#") && tab > 0) {
                    counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                }
            }
            return new Idf(documents, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
