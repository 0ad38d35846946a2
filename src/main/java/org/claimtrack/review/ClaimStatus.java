package org.claimtrack.review;

public enum ClaimStatus {
    NEW,
    IN_REVIEW,
    CHECKED,
    PUBLISHED,
    /** Rejected by a reviewer: kept for history, hidden from lists and exports. */
    REJECTED
}
