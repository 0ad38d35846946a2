package org.claimtrack.review;

/** The verdict scale of the HTTP spec, in the order of the 1-7 keyboard shortcuts. */
public enum Rating {
    TRUE,
    MOSTLY_TRUE,
    MIXED,
    MOSTLY_FALSE,
    FALSE,
    UNVERIFIABLE,
    NOT_A_CLAIM
}
