package org.claimtrack.review;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import io.restassured.RestAssured;
import io.quarkus.test.common.http.TestHTTPResource;
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
    static final int WARMUP = 60;
    static final int RUNS = 100;

    @Inject
    ReviewQuery query;

    @TestHTTPResource("/")
    URI base;

    @Test
    void render300Claims() throws Exception {
        long id = QuarkusTransaction.requiringNew().call(this::article);
        // a browser's session: HTTP Basic would run bcrypt on every request and measure that instead
        var login = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.CHECKER).formParam("j_password", TestUsers.password(TestUsers.CHECKER))
                .post("/j_security_check").then().statusCode(302).extract();
        String session = login.cookie("claimtrack-session") + "; claimtrack-sid=" + login.cookie("claimtrack-sid");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(base.resolve("articles/" + id))
                .header("Cookie", "claimtrack-session=" + session).GET().build();
        String html = client.send(get, HttpResponse.BodyHandlers.ofString()).body();
        if (!html.contains("article-text")) {
            throw new IllegalStateException("not the review page: " + html.substring(0, Math.min(300, html.length())));
        }
        int highlights = html.split("data-claim-id=").length - 1;
        for (int i = 0; i < WARMUP; i++) {
            client.send(get, HttpResponse.BodyHandlers.ofByteArray());
            query.page(id, null, null, null, null);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] http = new double[RUNS];
        double[] model = new double[RUNS];
        long cpu = 0;
        for (int i = 0; i < RUNS; i++) {
            long c0 = cpu(threads);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(get, HttpResponse.BodyHandlers.ofByteArray());
            http[i] = (System.nanoTime() - t0) / 1e6;
            cpu += cpu(threads) - c0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            long t1 = System.nanoTime();
            query.page(id, null, null, null, null);
            model[i] = (System.nanoTime() - t1) / 1e6;
        }
        String report = String.format(Locale.ROOT,
                "review page, %d claims, %d KiB of HTML, %d elements with data-claim-id; %d cores, load average %.1f%n"
                        + "  full request (HTTP on localhost with a session cookie: DB reads, Qute render): median %.1f ms, p95 %.1f ms%n"
                        + "  CPU time of the whole JVM (server and client) per request: %.1f ms%n"
                        + "  the page model alone (DB reads + highlight segments): median %.1f ms, p95 %.1f ms%n",
                CLAIMS, html.length() / 1024, highlights, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), pct(http, 50), pct(http, 95),
                cpu / 1e6 / RUNS, pct(model, 50), pct(model, 95));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/review-bench.txt"), report);
    }

    /** CPU time of every live thread of this JVM (the app runs in it). */
    static long cpu(ThreadMXBean threads) {
        long sum = 0;
        for (long t : threads.getAllThreadIds()) {
            long c = threads.getThreadCpuTime(t);
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
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
