package org.claimtrack.compare;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For templates of other pages: which group a claim is in. The review page includes
 * {@code {#include compare/claimGroupLink claimId=claim.id /}} next to each claim; the first call
 * loads the groups of that claim's article at once, so a page of claims costs one query.
 */
@Named("claimGroups")
@RequestScoped
public class ClaimGroups {

    @Inject
    ClusterService clusters;

    @Inject
    jakarta.persistence.EntityManager em;

    private Map<Long, ClusterService.GroupLink> loaded;

    /** The group of the claim, or null when it is in none (groups of one are none). */
    public ClusterService.GroupLink of(Long claimId) {
        if (claimId == null) {
            return null;
        }
        if (loaded == null || !loaded.containsKey(claimId)) {
            if (loaded == null) {
                loaded = new java.util.HashMap<>();
            }
            List<Long> ids = articleClaims(claimId);
            Map<Long, ClusterService.GroupLink> links = clusters.linksFor(ids);
            for (Long id : ids) {
                loaded.put(id, links.get(id));
            }
            loaded.putIfAbsent(claimId, null);
        }
        return loaded.get(claimId);
    }

    @jakarta.transaction.Transactional
    List<Long> articleClaims(Long claimId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                "select c.id from claim c where c.article_id = (select article_id from claim where id = ?1)")
                .setParameter(1, claimId).getResultList();
        return ids.isEmpty() ? List.of(claimId) : ids.stream().map(Number::longValue).toList();
    }
}
