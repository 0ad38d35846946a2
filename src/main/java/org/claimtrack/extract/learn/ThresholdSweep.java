package org.claimtrack.extract.learn;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.eval.BratDoc;
import org.claimtrack.extract.eval.Scorer;
import org.claimtrack.extract.pipeline.ClaimProposer;
import org.claimtrack.extract.pipeline.FindSourcesAndContentsStage;
import org.claimtrack.extract.pipeline.Stage;
import org.claimtrack.extract.pipeline.patterns.PatternRegistry;

/**
 * Choosing the threshold on dev: scores a brat folder with the rules alone and with a model file at
 * each threshold T (or T:O, O the object threshold).
 * {@code java -cp ... org.claimtrack.extract.learn.ThresholdSweep DIR MODEL T1 T2:O2 ...}
 */
public final class ThresholdSweep {

    private ThresholdSweep() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        CueModel model;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            model = CueModel.read(in);
        }
        List<BratDoc> docs = BratDoc.readDir(dir);
        List<String> lines = new ArrayList<>();
        lines.add(line("rules", new Scorer(with(ClaimProposer.NONE)::extract).score(docs)));
        System.out.println(lines.get(0));
        for (int k = 2; k < args.length; k++) {
            // T or T:O (O: the object threshold)
            String[] tr = args[k].split(":");
            double t = Double.parseDouble(tr[0]);
            double o = tr.length > 1 ? Double.parseDouble(tr[1]) : LearnedCues.OBJECT_THRESHOLD;
            String l = line(args[k], new Scorer(with(new LearnedCues(model, t, o))::extract).score(docs));
            System.out.println(l);
        }
    }

    public static Extractor with(ClaimProposer learned) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : Extractor.shared().stages()) {
            out.add(s instanceof FindSourcesAndContentsStage ? new FindSourcesAndContentsStage(PatternRegistry.standard(), learned) : s);
        }
        return Extractor.of(out);
    }

    private static String line(String name, Scorer.Report r) {
        return String.format(Locale.ROOT, "%-24s att P %.3f R %.3f F %.3f | src ex %.3f | cue ex %.3f (P %.3f R %.3f) | con ov %.3f | pred %d",
                name, r.attribution.p(), r.attribution.r(), r.attribution.f(), r.exact.get("source").f(), r.exact.get("cue").f(),
                r.exact.get("cue").p(), r.exact.get("cue").r(), r.overlap.get("content").f(), r.predictedAttributions);
    }
}
