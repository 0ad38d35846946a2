package org.claimtrack.extract;

import java.util.List;

/**
 * The extractor's answer for one text. {@code furniture} lists the stretches the clean stage
 * recognised as site furniture (headings, "Read: ..." links, comment forms): not claims, but the
 * review page shows them dimmed. It is not part of the JSON contract.
 */
public record ExtractionResult(String extractor, List<ExtractedClaim> claims, List<Span> furniture) {

    public ExtractionResult {
        claims = List.copyOf(claims);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }
}
