package org.claimtrack.extract.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Stage;

/**
 * One thread, after a warm-up pass: per-article wall and CPU time (median, p90) and the CPU time of
 * each stage. CPU time is the thread's own, so it stays meaningful when other processes load the
 * shared cores and stretch wall time. Run: {@code ./mvnw -q -B compile exec:java
 * -Dexec.mainClass=org.claimtrack.extract.eval.StageTimes -Dexec.args="../shared/polnear/dev"}.
 */
public final class StageTimes {

    public static void main(String[] args) throws Exception {
        List<String> texts = Bench.texts(Path.of(args[0]));
        Extractor ex = Extractor.shared();
        for (String t : texts) {
            ex.extract(t);
        }
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[texts.size()];
        double[] wall = new double[texts.size()];
        Map<String, Double> stageCpu = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            long c = tb.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            ArticleDoc d = new ArticleDoc(texts.get(i));
            for (Stage s : ex.stages()) {
                long c0 = tb.getCurrentThreadCpuTime();
                try {
                    s.apply(d);
                } catch (RuntimeException e) {
                    // as Extractor.analyse: keep going
                }
                stageCpu.merge(s.name(), (tb.getCurrentThreadCpuTime() - c0) / 1e6, Double::sum);
            }
            cpu[i] = (tb.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%d articles, 1 thread: median wall %.1f ms (p90 %.1f), median CPU %.1f ms (p90 %.1f)%n",
                texts.size(), Bench.pct(wall, 0.5), Bench.pct(wall, 0.9), Bench.pct(cpu, 0.5), Bench.pct(cpu, 0.9));
        stageCpu.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %7.1f ms CPU/article%n", k, v / texts.size()));
    }
}
