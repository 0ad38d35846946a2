package org.claimtrack.extract.learn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** bin/claimtrack train: rebuilds the shipped learned cue model from PolNeAR train (docs/extractor.md "Learned cues"). */
@Command(name = "train", description = "Train the learned cue model on a brat folder (PolNeAR train) and write cue-model.txt.")
public final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--out", defaultValue = "src/main/resources/org/claimtrack/extract/learn/cue-model.txt",
            description = "model file to write (default: the shipped one, from the project folder)")
    Path out;

    @Option(names = "--limit", defaultValue = "0", description = "only the first N articles in name order (0: all)")
    int limit;

    @Option(names = "--cache", description = "candidate rows of an earlier run (written when absent; corpus-derived, keep out of the project)")
    Path cache;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("claimtrack: not a folder: " + dir);
            return 2;
        }
        List<CueTrainer.Row> rows;
        if (cache != null && Files.exists(cache)) {
            rows = CueTrainer.readRows(cache);
        } else {
            rows = CueTrainer.rows(dir, limit);
            if (cache != null) {
                CueTrainer.writeRows(cache, rows);
            }
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, text(rows, dir), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
        return 0;
    }

    /** The model file of rows; the same rows give the same bytes. */
    public static String text(List<CueTrainer.Row> rows, Path dir) {
        CueModel m = CueTrainer.fit(rows);
        long pos = rows.stream().filter(CueTrainer.Row::cue).count();
        return m.write(List.of(
                "Learned cues (org.claimtrack.extract.learn): written by bin/claimtrack train " + dir.getFileName(),
                "p(cue) = logistic(bias + sum of the weights of the candidate's features); accepted at LearnedCues.THRESHOLD",
                "candidates " + rows.size() + ", gold cues among them " + pos + ", features " + m.weights().size()));
    }
}
