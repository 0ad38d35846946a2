package org.claimtrack.review;

public enum ClaimOrigin {
    /** Written by the extractor; a new extraction run may replace it. */
    EXTRACTOR,
    /** Added or corrected by a person; never overwritten by extraction. */
    HUMAN
}
