package org.claimtrack.common;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** One page of a native list query whose conditions were collected as named parameters. */
public final class NativePage {

    /** Most rows one page may ask for; a larger limit is cut to it rather than refused. */
    public static final int MAX_LIMIT = 1000;

    private NativePage() {
    }

    /** Runs {@code sql} (ordered, without LIMIT) with {@code params}, limit clamped to 1..1000, offset to >= 0. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, CharSequence sql, Map<String, Object> params, int limit,
            int offset) {
        var query = em.createNativeQuery(sql + " limit :limit offset :offset");
        params.forEach(query::setParameter);
        query.setParameter("limit", Math.max(1, Math.min(limit, MAX_LIMIT)));
        query.setParameter("offset", Math.max(0, offset));
        return query.getResultList();
    }
}
