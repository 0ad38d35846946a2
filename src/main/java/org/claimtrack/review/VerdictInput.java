package org.claimtrack.review;

import java.util.List;

/** {@code PUT /api/claims/{id}/verdict}: a rating of the spec's scale, why, links to the evidence, and the version read. */
public record VerdictInput(String rating, String explanation, List<String> evidence, Integer version) {
}
