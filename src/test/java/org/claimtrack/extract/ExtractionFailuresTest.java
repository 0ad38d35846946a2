package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Stage;
import org.junit.jupiter.api.Test;

/** Item 6 of issue 15: a stage that throws is logged once, counted, and makes the result partial. */
class ExtractionFailuresTest {

    /** A stage with a fixed name that runs {@code body}. */
    record Named(String name, java.util.function.Consumer<ArticleDoc> body) implements Stage {
        @Override
        public void apply(ArticleDoc doc) {
            body.accept(doc);
        }
    }

    @Test
    void aThrowingStageIsLoggedCountedAndMakesThePartialResult() {
        List<String> ran = new ArrayList<>();
        Extractor ex = Extractor.of(List.of(
                new Named("FirstOk", d -> {
                    ran.add("first");
                    d.claims.add(claim(0, 5));
                }),
                new Named("TestBoom", d -> {
                    throw new IllegalStateException("boom");
                }),
                new Named("TestDeep", d -> {
                    throw new StackOverflowError();
                }),
                new Named("LastOk", d -> ran.add("last"))));
        long boomBefore = ExtractionFailures.count("TestBoom");
        long deepBefore = ExtractionFailures.count("TestDeep");
        List<LogRecord> logged = new ArrayList<>();
        Logger jul = Logger.getLogger(Extractor.class.getName());
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        String text = "Hello world. Nothing else.";
        ExtractionResult r;
        try {
            r = ex.extract(text);
        } finally {
            jul.removeHandler(h);
        }
        assertEquals(List.of("first", "last"), ran, "the stages after a failure still run");
        assertEquals(List.of("TestBoom", "TestDeep"), r.failures());
        assertTrue(r.partial());
        assertEquals(1, r.claims().size(), "what the stage before the failure found is kept");
        assertEquals(boomBefore + 1, ExtractionFailures.count("TestBoom"));
        assertEquals(deepBefore + 1, ExtractionFailures.count("TestDeep"));
        assertEquals(boomBefore + 1, ExtractionFailures.counts().get("TestBoom"));
        String hash = ExtractionFailures.sha256(text);
        assertEquals(2, logged.size(), "one log line per failure: " + logged);
        assertTrue(logged.get(0).getMessage().contains("TestBoom") && logged.get(0).getMessage().contains(hash),
                logged.get(0).getMessage());
        assertTrue(logged.get(1).getMessage().contains("TestDeep") && logged.get(1).getMessage().contains(hash));
        String json = ExtractorJson.toJson(r);
        assertFalse(json.contains("failures") || json.contains("partial"), "the contract JSON stays as specified: " + json);
    }

    @Test
    void aCleanRunIsNotPartial() {
        ExtractionResult r = Extractor.of(List.of(new Named("Ok", d -> d.claims.add(claim(0, 5))))).extract("Hello world.");
        assertFalse(r.partial());
        assertEquals(List.of(), r.failures());
    }

    private static ArticleDoc.Claim claim(int s, int e) {
        ArticleDoc.Claim c = new ArticleDoc.Claim();
        c.start = s;
        c.end = e;
        c.kind = Kind.UNATTRIBUTED;
        return c;
    }
}
