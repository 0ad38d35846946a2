package org.claimtrack.ingest;

import java.time.LocalDate;
import java.util.Map;

import org.claimtrack.extract.Kind;

/** A row of the article list: counts by kind and review progress. */
public record ArticleSummary(
        Long id,
        String title,
        String outlet,
        LocalDate published,
        long claimCount,
        long checkedCount,
        Map<Kind, Long> kinds) {

    /** Share of claims reviewed, 0-100. */
    public int progress() {
        return claimCount == 0 ? 0 : (int) Math.round(100.0 * checkedCount / claimCount);
    }

    public long count(String kind) {
        return kinds.getOrDefault(Kind.valueOf(kind), 0L);
    }
}
