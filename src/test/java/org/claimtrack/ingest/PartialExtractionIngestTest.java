package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Stage;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Item 6 of issue 15: an extractor stage that throws leaves the article stored with a warning that says so. */
@QuarkusTest
class PartialExtractionIngestTest {

    @Inject
    ArticleService service;

    static final class FindsTheFirstSentence implements Stage {
        @Override
        public void apply(ArticleDoc doc) {
            ArticleDoc.Claim c = new ArticleDoc.Claim();
            c.start = 0;
            c.end = doc.raw.indexOf('.') + 1;
            c.kind = Kind.UNATTRIBUTED;
            doc.claims.add(c);
        }
    }

    static final class ThrowingResolveStage implements Stage {
        @Override
        public void apply(ArticleDoc doc) {
            throw new IllegalStateException("resolver broke");
        }
    }

    @Test
    void aStageThatThrowsBecomesAWarningOnTheArticle() {
        String text = "The harbour reopened on Monday. Ferries ran again, partial-extraction test " + System.nanoTime();
        service.extractWith(t -> Extractor.of(List.of(new FindsTheFirstSentence(), new ThrowingResolveStage())).extract(t));
        IngestResult r;
        try {
            r = service.ingest(new IngestRequest(text, null, null, null, null, null), "test");
        } finally {
            service.extractWith(null);
        }
        Long id = r.article().id;
        Article a = QuarkusTransaction.requiringNew().call(() -> {
            Article x = Article.findById(id);
            x.warnings.size(); // load inside the transaction
            return x;
        });
        assertTrue(a.warnings.contains("extraction was partial: stage ThrowingResolveStage failed"), a.warnings.toString());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> org.claimtrack.review.Claim.count("article.id", id)), "the claims found before the failure are stored");
    }
}
