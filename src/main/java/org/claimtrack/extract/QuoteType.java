package org.claimtrack.extract;

public enum QuoteType {
    DIRECT,
    INDIRECT,
    MIXED,
    NONE
}
