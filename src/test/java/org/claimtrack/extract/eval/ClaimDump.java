package org.claimtrack.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;

/**
 * Prints the extractor's full answer (the extract API JSON: every claim's spans, kind, source,
 * cue, hedges) for each document of brat folders, one line per document, so that two builds can be
 * compared byte for byte. Usage: ClaimDump OUT [--every N] DIR...; --every 4 keeps every fourth
 * document (by name) of the folders after it.
 */
public final class ClaimDump {

    private ClaimDump() {
    }

    public static void main(String[] args) throws IOException {
        int every = 1;
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (int a = 1; a < args.length; a++) {
                if (args[a].equals("--every")) {
                    every = Integer.parseInt(args[++a]);
                    continue;
                }
                List<BratDoc> docs = BratDoc.readDir(Path.of(args[a]));
                for (int i = 0; i < docs.size(); i += every) {
                    BratDoc d = docs.get(i);
                    out.println(d.name() + "\t" + ExtractorJson.toJson(Extractor.shared().extract(d.text())));
                }
            }
        }
    }
}
