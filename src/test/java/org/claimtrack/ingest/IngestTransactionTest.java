package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.Span;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class IngestTransactionTest {

    @Inject
    ArticleService service;

    @Inject
    EntityManager em;

    @Test
    void aFailureMidIngestLeavesNothingBehind() {
        String text = "Half stored article. The second claim points outside the text.";
        String hash = ArticleService.sha256(text);
        long articlesBefore = QuarkusTransaction.requiringNew().call(() -> Article.count());
        // the second claim ends beyond the text: the database refuses it after the article and the
        // first claim were written in the same transaction
        ExtractionResult bad = new ExtractionResult(Extractor.VERSION, List.of(
                new ExtractedClaim(0, 20, "Half stored article.", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of()),
                new ExtractedClaim(21, 500, "The second…", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of())),
                List.of(new Span(0, 4, "Half")));
        IngestRequest req = new IngestRequest(text, "partial", "Partial Outlet", null, null, null);
        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> service.store(req, text, hash, bad, "test", null)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Article.findByHash(hash)));
        assertEquals(articlesBefore, (long) QuarkusTransaction.requiringNew().call(() -> Article.count()));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Outlet.count("name", "Partial Outlet")),
                "the outlet created inside the failed transaction is gone too");
        assertEquals(0, ((Number) QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select count(*) from claim where content = 'Half stored article.'")
                .getSingleResult())).intValue());
    }

    @Test
    void migrationsMadeTheSchemaAndItsChecks() {
        List<?> tables = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' order by 1")
                .getResultList());
        for (String t : List.of("article", "claim", "claim_history", "outlet", "source", "app_user")) {
            assertEquals(true, tables.contains(t), t + " in " + tables);
        }
        // the vocabularies are enforced by the database, not only by the code
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update claim set kind = 'RUMOUR' where id = (select min(id) from claim)").executeUpdate()));
    }
}
