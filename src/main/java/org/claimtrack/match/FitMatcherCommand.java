package org.claimtrack.match;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bin/claimtrack fit-matcher ../shared/msrp/train.tsv}: rebuilds matcher.properties and prints the scores. */
@Command(name = "fit-matcher", description = "Fit the same-claim matcher's weights and thresholds on MSRP-style pairs and write matcher.properties.")
public final class FitMatcherCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TSV")
    Path tsv;

    @Option(names = "--out", defaultValue = "src/main/resources/org/claimtrack/match/matcher.properties",
            description = "where to write the weights (default: the shipped resource)")
    Path out;

    @Option(names = "--cache", description = "embeddings of an earlier run of the same file (written when absent)")
    Path cache;

    @Override
    public Integer call() throws Exception {
        MatcherFit.Report r = MatcherFit.fit(tsv, cache);
        r.lines().forEach(System.out::println);
        List<String> comments = new ArrayList<>();
        comments.add("Same-claim matcher (org.claimtrack.match): written by bin/claimtrack fit-matcher " + tsv.getFileName());
        comments.add("score = logistic(bias + sum of weight.X * X); same at threshold.autoLink; docs/compare.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, r.model().toProperties(comments), StandardCharsets.UTF_8);
        Path idf = out.resolveSibling(Idf.RESOURCE);
        Files.writeString(idf, r.idf().toTsv(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " and " + idf);
        return 0;
    }
}
