package org.claimtrack.compare;

import java.util.List;

import org.claimtrack.common.ClaimtrackConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Articles that a crash caught between their commit and their grouping ({@code grouping_pending})
 * are grouped at the next start, in the background so that the start is not held up.
 */
@ApplicationScoped
public class PendingGrouping {

    private static final Logger LOG = Logger.getLogger(PendingGrouping.class);

    @Inject
    ClusterService clusters;

    @Inject
    ClaimtrackConfig config;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent ev) {
        if (!config.compare().groupAtIngest()) {
            return;
        }
        Thread t = new Thread(this::groupPending, "pending-grouping");
        t.setDaemon(true);
        t.start();
    }

    /** Groups every pending article; the number grouped. */
    public int groupPending() {
        try {
            @SuppressWarnings("unchecked")
            List<Number> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select id from article where grouping_pending order by id").getResultList());
            if (!ids.isEmpty()) {
                LOG.infof("Grouping %d article(s) whose grouping a stop interrupted", ids.size());
            }
            for (Number id : ids) {
                clusters.afterIngest(id.longValue());
            }
            return ids.size();
        } catch (RuntimeException e) {
            LOG.warnf("pending grouping: %s", e.getMessage());
            return 0;
        }
    }
}
