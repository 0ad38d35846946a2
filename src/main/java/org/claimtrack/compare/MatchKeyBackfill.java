package org.claimtrack.compare;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Claims embedded before V17 have no match keys, so the key lookup of a newer claim never finds
 * them (only the trigram path of an undated claim, or "Regroup all articles", gave them keys). At
 * each start they get their keys in the background, in batches of their own transactions and in
 * claim id order, the order grouping stores keys in, so the two cannot deadlock.
 */
@ApplicationScoped
public class MatchKeyBackfill {

    private static final Logger LOG = Logger.getLogger(MatchKeyBackfill.class);

    /** claims per transaction: short transactions beside live grouping */
    static final int BATCH = 500;

    /** Embedded claims after id ?1 without keys, in id order, at most ?2. */
    static final String KEYLESS_SQL = """
            select c.id, c.article_id, c.content, array_to_string(e.vector, ','), c.published
            from claim_embedding e join claim c on c.id = e.claim_id
            left join claim_match_key k on k.claim_id = e.claim_id
            where k.claim_id is null and e.claim_id > ?1
            order by e.claim_id limit ?2""";

    @Inject
    EntityManager em;

    @Inject
    MatchCandidates candidates;

    void onStart(@Observes StartupEvent ev) {
        Thread t = new Thread(this::backfillQuietly, "match-key-backfill");
        t.setDaemon(true);
        t.start();
    }

    private void backfillQuietly() {
        try {
            int n = backfill();
            if (n > 0) {
                LOG.infof("Match keys stored for %d claim(s) embedded before V17", n);
            }
        } catch (RuntimeException e) {
            // the next start tries again; grouping still stores keys for the claims it reads
            LOG.warnf("match key backfill stopped: %s", e.getMessage());
        }
    }

    /** Stores the keys of every embedded claim that has none; the number stored. */
    public int backfill() {
        long after = 0;
        int stored = 0;
        while (true) {
            long from = after;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(KEYLESS_SQL)
                    .setParameter(1, from).setParameter(2, BATCH).getResultList());
            if (rows.isEmpty()) {
                return stored;
            }
            stored += QuarkusTransaction.requiringNew().call(() -> store(rows));
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    private int store(List<Object[]> rows) {
        int n = 0;
        for (Object[] r : rows) {
            n += candidates.storeKeys(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    MatchCandidates.parse((String) r[3]), MatchCandidates.toDate(r[4]));
        }
        return n;
    }
}
