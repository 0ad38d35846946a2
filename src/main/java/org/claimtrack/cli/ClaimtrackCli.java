package org.claimtrack.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.ExtractorJson;
import org.claimtrack.extract.eval.Bench;
import org.claimtrack.extract.eval.KindScores;
import org.claimtrack.extract.eval.PatternScores;
import org.claimtrack.extract.eval.Scorer;
import org.claimtrack.match.EmbeddingBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** claimtrack command line: extract, score, bench, import, reset-password. Plain Java, calls the same Extractor as the web app. */
@Command(name = "claimtrack", mixinStandardHelpOptions = true, version = Extractor.VERSION,
        subcommands = {ClaimtrackCli.Extract.class, ClaimtrackCli.Score.class, ClaimtrackCli.BenchCmd.class,
                org.claimtrack.imports.ImportCommand.class, org.claimtrack.accounts.ResetPasswordCommand.class,
                org.claimtrack.match.FitMatcherCommand.class, org.claimtrack.extract.learn.TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class ClaimtrackCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** The command line with its exit codes (README, "Command line"): errors are one line, never a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new ClaimtrackCli()).setExecutionExceptionHandler(CliErrors::handle);
    }

    /** Checked before the models load (half a minute), so that a typo fails at once. */
    static void requireFile(Path f) throws java.io.IOException {
        if (!Files.exists(f)) {
            throw new java.nio.file.NoSuchFileException(f.toString());
        }
        if (Files.isDirectory(f)) {
            throw new java.io.IOException("a folder, not a file: " + f);
        }
    }

    static void requireFolder(Path d) throws java.io.IOException {
        if (!Files.exists(d)) {
            throw new java.nio.file.NoSuchFileException(d.toString());
        }
        if (!Files.isDirectory(d)) {
            throw new java.nio.file.NotDirectoryException(d.toString());
        }
    }

    @Command(name = "extract", description = "Extract claims from text files. With --json: the contract JSON, one document per line (JSON Lines) in file order.")
    static final class Extract implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files = new ArrayList<>();

        @Option(names = "--json", description = "print exactly the /api/extract JSON, one line per file")
        boolean json;

        @Option(names = "--debug", description = "print each sentence's tokens, tags and dependencies")
        boolean debug;

        @Override
        public Integer call() throws Exception {
            for (Path f : files) {
                requireFile(f);
            }
            Extractor ex = Extractor.shared();
            if (debug) {
                for (Path f : files) {
                    org.claimtrack.extract.pipeline.ArticleDoc d = ex.analyse(Files.readString(f, StandardCharsets.UTF_8));
                    for (org.claimtrack.extract.pipeline.ArticleDoc.Sent s : d.sentences) {
                        StringBuilder sb = new StringBuilder("S" + s.index + ":");
                        for (int i = 0; i < s.size(); i++) {
                            sb.append(' ').append(i).append(':').append(s.word[i]).append('/').append(s.pos[i]);
                            if (!"O".equals(s.ner[i])) {
                                sb.append('/').append(s.ner[i]);
                            }
                            if (s.parsed()) {
                                sb.append('<').append(s.rel[i]).append(':').append(s.head[i]);
                            }
                        }
                        System.out.println(sb);
                    }
                }
            }
            OutputStream out = new BufferedOutputStream(System.out);
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ExtractionResult r = ex.extract(text);
                if (json) {
                    ps.flush();
                    ExtractorJson.write(r, out);
                    out.write('\n');
                } else {
                    ps.println("== " + f + " (" + r.claims().size() + " claims, " + r.furniture().size() + " furniture spans)");
                    for (ExtractedClaim c : r.claims()) {
                        String src = c.source() == null ? "-" : c.source().text() + " => " + c.source().name() + " [" + c.source().type()
                                + (c.source().handle() == null ? "" : " " + c.source().handle()) + "]";
                        ps.printf("%-18s %-8s [%d,%d) src: %s | cue: %s | hedges: %s%n    %s%n", c.kind(), c.quote(), c.start(), c.end(),
                                src, c.cue() == null ? "-" : c.cue().text(), c.hedges(), c.text().replace('\n', ' '));
                    }
                }
            }
            ps.flush();
            out.flush();
            return 0;
        }
    }

    @Command(name = "score", description = "Score against a brat folder (PolNeAR DIR/text + DIR/attributions, or flat NAME.txt + NAME.ann).")
    static final class Score implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Option(names = "--json", description = "print the scores as JSON")
        boolean json;

        @Option(names = "--by-pattern", description = "per attribution pattern: predicted, true and false positives, precision")
        boolean byPattern;

        @Option(names = "--by-kind", description = "per kind: precision, recall and F1 on the found attributions and end to end (gold with Kind attributes)")
        boolean byKind;

        @Override
        public Integer call() throws Exception {
            requireFolder(dir);
            if (byPattern) {
                System.out.print(PatternScores.score(dir).table());
                return 0;
            }
            if (byKind) {
                System.out.print(KindScores.score(dir).table());
                return 0;
            }
            Scorer.Report r = new Scorer().score(dir);
            System.out.println(json ? r.json() : r.table());
            return 0;
        }
    }

    @Command(name = "bench", description = "Time extraction over the texts of a folder after warm-up, with 1 and 2 threads.")
    static final class BenchCmd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "thread counts, e.g. 1,2")
        List<Integer> threads;

        @Option(names = "--warmup", defaultValue = "1", description = "warm-up passes over the texts")
        int warmup;

        @Option(names = "--embeddings", description = "also time the claim embeddings that grouping adds (one thread: run under taskset -c 0)")
        boolean embeddings;

        @Option(names = "--min-words", defaultValue = "5", description = "with --embeddings: claims shorter than this are not embedded (claimtrack.compare.min-words)")
        int minWords;

        @Override
        public Integer call() throws Exception {
            requireFolder(dir);
            List<String> texts = Bench.texts(dir);
            long t0 = System.nanoTime();
            Extractor.shared();
            System.out.printf("model load: %.1f s, %d texts%n", (System.nanoTime() - t0) / 1e9, texts.size());
            for (int i = 0; i < warmup; i++) {
                Bench.run(texts, 1);
            }
            List<Bench.Row> rows = new ArrayList<>();
            for (int t : threads) {
                rows.add(Bench.run(texts, t));
            }
            System.out.print(Bench.table(rows));
            if (embeddings) {
                System.out.print(embeddingTable(texts));
            }
            return 0;
        }

        private String embeddingTable(List<String> texts) {
            List<List<String>> claims = EmbeddingBench.groupedClaims(texts, minWords);
            EmbeddingBench.batched(claims); // warm-up: the model loads on first use
            List<EmbeddingBench.Row> rows = new ArrayList<>(EmbeddingBench.ingest(texts, minWords));
            rows.add(EmbeddingBench.batched(claims));
            rows.add(EmbeddingBench.oneByOne(claims));
            return EmbeddingBench.table(rows);
        }
    }
}
