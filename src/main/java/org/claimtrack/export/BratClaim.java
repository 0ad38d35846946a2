package org.claimtrack.export;

import java.util.List;

/**
 * A claim as a brat file carries it: what an import stores and what the round trip compares.
 * Offsets are code points; source and cue fields are null when absent.
 */
public record BratClaim(
        int start,
        int end,
        String text,
        String kind,
        String quote,
        List<String> hedges,
        Integer sourceStart,
        Integer sourceEnd,
        String sourceText,
        String sourceName,
        String sourceType,
        String sourceHandle,
        Integer cueStart,
        Integer cueEnd,
        String cueText) {

    public BratClaim {
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    public boolean hasSource() {
        return sourceText != null || sourceName != null;
    }
}
