package org.claimtrack.extract;

import java.util.List;

/**
 * The extractor's answer for one text. {@code furniture} lists the stretches the clean stage
 * recognised as site furniture (headings, "Read: ..." links, comment forms): not claims, but the
 * review page shows them dimmed. {@code failures} names the stages that threw, in order: when it is
 * not empty the extraction is partial (what the earlier stages found). Neither is part of the JSON
 * contract, which allows no extra fields.
 */
public record ExtractionResult(String extractor, List<ExtractedClaim> claims, List<Span> furniture, List<String> failures) {

    public ExtractionResult {
        claims = List.copyOf(claims);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** A complete extraction: no stage failed. */
    public ExtractionResult(String extractor, List<ExtractedClaim> claims, List<Span> furniture) {
        this(extractor, claims, furniture, List.of());
    }

    /** True when some stage failed and the claims are only what the stages before it found. */
    public boolean partial() {
        return !failures.isEmpty();
    }
}
