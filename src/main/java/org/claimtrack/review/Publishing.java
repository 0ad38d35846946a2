package org.claimtrack.review;

import org.claimtrack.common.ApiError;

/** When a claim may be published: it has a verdict that is a fact-check (not NOT_A_CLAIM) and is not rejected. */
final class Publishing {

    private Publishing() {
    }

    /** 409 with a sentence saying what is missing. */
    static void check(Claim c) {
        if (c.status == ClaimStatus.REJECTED) {
            throw ApiError.of(409, "claim " + c.id + " is rejected: a rejected claim cannot be published");
        }
        if (c.verdictRating == null) {
            throw ApiError.of(409, "claim " + c.id + " has no verdict yet: rate it before publishing");
        }
        if (c.verdictRating == Rating.NOT_A_CLAIM) {
            throw ApiError.of(409, "claim " + c.id + " is rated NOT_A_CLAIM: there is no fact-check to publish");
        }
    }
}
