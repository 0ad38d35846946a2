package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.claimtrack.compare.PendingGrouping;
import org.claimtrack.extract.Extractor;
import org.claimtrack.imports.ImportKind;
import org.claimtrack.imports.ImportService;
import org.claimtrack.imports.ImportStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A crash between an article's commit and the grouping of its claims (issue 19, item 11): simulated
 * by storing the article the way ingest does and then not grouping it. Its import item's retry
 * reports it DONE (not a skipped duplicate) and groups it; an article of no import is grouped at start.
 */
@QuarkusTest
class GroupingCrashTest {

    @Inject
    ArticleService service;

    @Inject
    ImportService imports;

    @Inject
    PendingGrouping pending;

    @Inject
    EntityManager em;

    static String sentence(String who, String word) {
        return who + " said the new bridge over the " + word + " river will open to traffic next spring.";
    }

    /** Stores like ingest and "crashes" before the grouping. */
    long storeWithoutGrouping(String text, Long item) {
        return QuarkusTransaction.requiringNew().call(() -> service.store(new IngestRequest(text, null, null, null,
                null, null), text, ArticleService.sha256(text), Extractor.shared().extract(text), "test", item).id);
    }

    boolean pending(long article) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "select grouping_pending from article where id = ?1").setParameter(1, article).getSingleResult());
    }

    long groupedClaims(long article) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from cluster_member m join claim c on c.id = m.claim_id where c.article_id = ?1")
                .setParameter(1, article).getSingleResult()).longValue());
    }

    @Test
    void theItemRetryFindsItsOwnArticleAndGroupsIt() {
        String word = "Zor" + UUID.randomUUID().toString().substring(0, 6);
        long first = service.ingest(new IngestRequest(sentence("The city council", word), null, null, null, null, null),
                "test").article().id;
        assertFalse(pending(first), "a normal ingest is grouped at once");
        long item = 900_000_000L + (long) (Math.random() * 1_000_000);
        String text = sentence("The mayor", word);
        long crashed = storeWithoutGrouping(text, item);
        assertTrue(pending(crashed));
        assertEquals(0, groupedClaims(crashed));

        ImportService.Outcome retry = imports.process(item, ImportKind.TEXT, "b.txt",
                text.getBytes(StandardCharsets.UTF_8), null, "test");
        assertEquals(ImportStatus.DONE, retry.status(), "the item's own article, not a duplicate: " + retry);
        assertEquals(crashed, retry.articleId());
        assertFalse(pending(crashed));
        assertTrue(groupedClaims(crashed) > 0, "grouped with the council's claim now");
        assertTrue(groupedClaims(first) > 0);

        ImportService.Outcome other = imports.process(item + 1, ImportKind.TEXT, "c.txt",
                text.getBytes(StandardCharsets.UTF_8), null, "test");
        assertEquals(ImportStatus.SKIPPED, other.status(), "another item's upload of the same text is a duplicate");
    }

    @Test
    void aPendingArticleIsGroupedAtStart() {
        String word = "Qua" + UUID.randomUUID().toString().substring(0, 6);
        service.ingest(new IngestRequest(sentence("The governor", word), null, null, null, null, null), "test");
        long crashed = storeWithoutGrouping(sentence("A spokesperson", word), null);
        assertTrue(pending(crashed));
        assertTrue(pending.groupPending() >= 1);
        assertFalse(pending(crashed));
        assertTrue(groupedClaims(crashed) > 0);
    }
}
