package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Benchmark, not a test: renders the review page of an article with 300 claims (sources, cues, some
 * nested spans) and prints timings. Never part of the suite (the name matches no surefire pattern);
 * run it with {@code ./mvnw -B test -Dtest=ReviewPageBench -Dbench}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = ".*")
class ReviewPageBench {

    static final int CLAIMS = 300;
    static final int WARMUP = 30;
    static final int RUNS = 100;

    @Inject
    ReviewQuery query;

    @Test
    void render300Claims() throws Exception {
        long id = QuarkusTransaction.requiringNew().call(this::article);
        String url = "/articles/" + id;
        String html = as(TestUsers.CHECKER).get(url).then().statusCode(200).extract().asString();
        int highlights = html.split("data-claim-id=").length - 1;
        for (int i = 0; i < WARMUP; i++) {
            as(TestUsers.CHECKER).get(url).then().statusCode(200);
            query.page(id, null, null, null, null);
        }
        double[] http = new double[RUNS];
        double[] model = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            as(TestUsers.CHECKER).get(url).then().statusCode(200);
            http[i] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            query.page(id, null, null, null, null);
            model[i] = (System.nanoTime() - t1) / 1e6;
        }
        String report = String.format(Locale.ROOT,
                "review page, %d claims, %d KiB of HTML, %d elements with data-claim-id%n"
                        + "  full request (HTTP on localhost, incl. Basic auth check, DB reads, Qute render): median %.1f ms, p95 %.1f ms%n"
                        + "  of which the page model (DB reads + highlight segments): median %.1f ms, p95 %.1f ms%n",
                CLAIMS, html.length() / 1024, highlights, pct(http, 50), pct(http, 95), pct(model, 50), pct(model, 95));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/review-bench.txt"), report);
    }

    static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    /** 300 sentences, each a claim with source and cue; every tenth claim also spans the next sentence (nesting). */
    Long article() {
        StringBuilder text = new StringBuilder("Benchmark ").append(System.nanoTime()).append(" 😀\n");
        int[][] spans = new int[CLAIMS][];
        for (int i = 0; i < CLAIMS; i++) {
            int base = text.codePointCount(0, text.length());
            String src = "Minister " + i;
            String cue = "said";
            String content = "the figure " + i + " is <b>right</b> & final";
            text.append(src).append(' ').append(cue).append(" that ").append(content).append(". ");
            if (i % 12 == 11) {
                text.append("\n\n");
            }
            int cs = base + src.length() + 1;
            int ct = cs + cue.length() + " that ".length();
            spans[i] = new int[] {base, base + src.length(), cs, cs + cue.length(), ct, ct + content.length()};
        }
        String raw = text.toString();
        Article a = new Article();
        a.rawText = raw;
        a.contentHash = ArticleService.sha256(raw);
        a.title = "Benchmark article with " + CLAIMS + " claims";
        a.extractorVersion = "bench";
        a.persist();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < CLAIMS; i++) {
            int[] s = spans[i];
            Claim c = new Claim();
            c.article = a;
            c.start = i % 10 == 0 && i + 1 < CLAIMS ? s[0] : s[4];
            c.end = i % 10 == 0 && i + 1 < CLAIMS ? spans[i + 1][5] : s[5];
            c.content = ClaimService.codePoints(raw, c.start, c.end);
            c.kind = kinds[i % kinds.length];
            c.quote = QuoteType.INDIRECT;
            c.sourceStart = s[0];
            c.sourceEnd = s[1];
            c.sourceText = ClaimService.codePoints(raw, s[0], s[1]);
            c.sourceName = c.sourceText;
            c.sourceType = SourceType.PERSON;
            c.cueStart = s[2];
            c.cueEnd = s[3];
            c.cueText = "said";
            c.persist();
        }
        return a.id;
    }
}
