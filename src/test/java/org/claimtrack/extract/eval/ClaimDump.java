package org.claimtrack.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * Prints the extractor's full answer (the extract API JSON: every claim's spans, kind, source,
 * cue, hedges) for each document of brat folders, one line per document, so that two builds can be
 * compared byte for byte; then, per folder, the per-pattern table ({@link PatternScores}) to
 * OUT.patterns.md. Usage: ClaimDump OUT [--every N] DIR...; --every 4 keeps every fourth document
 * (by name) of the folders after it.
 */
public final class ClaimDump {

    private ClaimDump() {
    }

    public static void main(String[] args) throws IOException {
        int every = 1;
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8);
                PrintStream tables = new PrintStream(Files.newOutputStream(Path.of(args[0] + ".patterns.md")), true, StandardCharsets.UTF_8)) {
            for (int a = 1; a < args.length; a++) {
                if (args[a].equals("--every")) {
                    every = Integer.parseInt(args[++a]);
                    continue;
                }
                List<BratDoc> docs = BratDoc.readDir(Path.of(args[a]));
                PatternScores scores = new PatternScores();
                for (int i = 0; i < docs.size(); i += every) {
                    BratDoc d = docs.get(i);
                    ArticleDoc doc = Extractor.shared().analyse(d.text());
                    out.println(d.name() + "\t" + ExtractorJson.toJson(Extractor.toResult(doc)));
                    scores.add(d, doc);
                }
                tables.println(args[a] + (every > 1 ? " (every " + every + ")" : ""));
                tables.println(scores.table());
            }
        }
    }
}
