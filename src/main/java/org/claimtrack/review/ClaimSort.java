package org.claimtrack.review;

import java.util.Locale;

import org.claimtrack.common.ApiError;

/** The orders of the claim list ({@code sort=}); every one ends in document order so pages never overlap. */
public enum ClaimSort {
    NEWEST("a.published desc nulls last, c.article_id desc"),
    ARTICLE("lower(a.title), c.article_id"),
    KIND("c.kind, a.published desc nulls last, c.article_id desc"),
    /** The workflow's order: what still needs work first. */
    STATUS("case c.status when 'NEW' then 0 when 'IN_REVIEW' then 1 when 'CHECKED' then 2 when 'PUBLISHED' then 3"
            + " else 4 end, a.published desc nulls last, c.article_id desc"),
    /** TRUE to NOT_A_CLAIM (the rating scale's order), claims without a verdict last. */
    VERDICT("case c.verdict_rating when 'TRUE' then 0 when 'MOSTLY_TRUE' then 1 when 'MIXED' then 2"
            + " when 'MOSTLY_FALSE' then 3 when 'FALSE' then 4 when 'UNVERIFIABLE' then 5 when 'NOT_A_CLAIM' then 6"
            + " else 7 end, a.published desc nulls last, c.article_id desc");

    final String orderBy;

    ClaimSort(String orderBy) {
        this.orderBy = orderBy + ", c.start_offset, c.id";
    }

    public String getParam() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Blank: newest first; an unknown order is a 400 naming the known ones. */
    public static ClaimSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "unknown sort '" + value + "': use newest, article, kind, status or verdict");
        }
    }
}
