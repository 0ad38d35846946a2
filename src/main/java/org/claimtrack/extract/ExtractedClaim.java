package org.claimtrack.extract;

import java.util.List;

/**
 * One claim as the extraction contract (shared/spec/extract-api.md) defines it. All offsets are
 * Unicode code points into the text exactly as submitted.
 */
public record ExtractedClaim(
        int start,
        int end,
        String text,
        Kind kind,
        SourceMention source,
        Span cue,
        QuoteType quote,
        List<String> hedges) {

    public ExtractedClaim {
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }
}
