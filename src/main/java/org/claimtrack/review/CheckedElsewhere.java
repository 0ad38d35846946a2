package org.claimtrack.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A claim of the same group, in another article, with a verdict and status CHECKED or PUBLISHED: the
 * newest such verdict (who, when, which article), how many claims of the group elsewhere are checked
 * and their ratings (more than one: they disagree).
 */
@Schema(description = "The newest verdict on the same claim in another article of its group")
public record CheckedElsewhere(
        @Schema(description = "The checked claim; POST /api/claims/{id}/reuse-verdict takes it as \"from\"") long claimId,
        long articleId,
        String articleTitle,
        String outlet,
        LocalDate published,
        Rating rating,
        String explanation,
        String reviewer,
        OffsetDateTime at,
        ClaimStatus status,
        @Schema(description = "The review page of the checked claim") String page,
        @Schema(description = "Claims of the group in other articles that are checked") int checked,
        @Schema(description = "Their ratings, each once, newest first: more than one when they disagree") List<Rating> ratings) {

    /** More than one rating among the checked claims of the group (for the pages; the JSON has ratings). */
    @JsonIgnore
    public boolean isDisagreeing() {
        return ratings.size() > 1;
    }
}
