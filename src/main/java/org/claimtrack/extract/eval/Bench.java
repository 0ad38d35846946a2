package org.claimtrack.extract.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.claimtrack.extract.Extractor;

/** Times the shared extractor over a folder of texts with 1..n threads after a warm-up pass. */
public final class Bench {

    public record Row(int threads, int articles, double medianMs, double p90Ms, double articlesPerSecond) {
    }

    public static List<String> texts(Path dir) throws IOException {
        Path d = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
        List<Path> files;
        try (Stream<Path> st = Files.list(d)) {
            files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        return out;
    }

    public static Row run(List<String> texts, int threads) throws Exception {
        Extractor ex = Extractor.shared();
        double[] ms = new double[texts.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                final int k = i;
                fs.add(pool.submit(() -> {
                    long a = System.nanoTime();
                    ex.extract(texts.get(k));
                    ms[k] = (System.nanoTime() - a) / 1e6;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Row(threads, texts.size(), pct(sorted, 0.5), pct(sorted, 0.9), texts.size() / wall);
    }

    public static double pct(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Peak heap used since start (sum of the heap pools' peaks), in MiB. */
    public static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| threads | articles | median ms/article | p90 ms/article | articles/s |\n");
        sb.append("|--------:|---------:|------------------:|---------------:|-----------:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %7d | %8d | %17.1f | %14.1f | %10.2f |%n", r.threads(), r.articles(),
                    r.medianMs(), r.p90Ms(), r.articlesPerSecond()));
        }
        long max = Runtime.getRuntime().maxMemory();
        sb.append(String.format(Locale.ROOT, "peak heap used: %.0f MiB (max heap %.0f MiB, current used %.0f MiB)%n",
                peakHeapMiB(), max / (1024.0 * 1024.0),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0)));
        return sb.toString();
    }
}
