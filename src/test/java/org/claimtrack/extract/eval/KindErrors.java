package org.claimtrack.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;

/** Prints each gold attribution of brat folders whose kind is wrong or that is not found (a tuning aid). Usage: KindErrors DIR... */
public final class KindErrors {

    private KindErrors() {
    }

    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            KindScores all = new KindScores();
            for (BratDoc d : BratDoc.readDir(Path.of(dir))) {
                ExtractionResult res = Extractor.shared().extract(d.text());
                all.add(d, res);
                List<ExtractedClaim> pred = Scorer.predicted(res);
                int[] m = Scorer.matchAttributions(d.attributions(), pred, Scorer.tokenIndex(d.text()));
                for (int i = 0; i < m.length; i++) {
                    BratDoc.Attribution g = d.attributions().get(i);
                    String src = g.source() == null ? "-" : cps(d.text(), g.source().get(0));
                    if (m[i] < 0) {
                        System.out.println(d.name() + " MISSED " + g.kind() + " [" + src + "] " + cps(d.text(), g.content().get(0)));
                        continue;
                    }
                    ExtractedClaim c = pred.get(m[i]);
                    if (!c.kind().name().equals(g.kind())) {
                        System.out.println(d.name() + " " + g.kind() + " -> " + c.kind() + " [" + src + "] pred source "
                                + (c.source() == null ? "-" : "[" + c.source().text() + "] name=" + c.source().name() + " type=" + c.source().type())
                                + " cue=" + (c.cue() == null ? "-" : c.cue().text()));
                    }
                }
            }
            System.out.print(all.table());
        }
    }

    private static String cps(String text, int[] sp) {
        int a = text.offsetByCodePoints(0, sp[0]);
        int b = text.offsetByCodePoints(0, sp[1]);
        return text.substring(a, b);
    }
}
