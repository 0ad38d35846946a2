package org.claimtrack.review;

import java.util.List;
import java.util.Map;

import org.claimtrack.compare.ClaimSuggestions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For the review page's template: what the same claim in other articles says about a claim (a verdict
 * there, suggested matches). The first call loads the whole article's at once, so the table and the
 * panel cost one query for the verdicts and one for the suggestions, whatever the number of claims.
 */
@Named("sameClaim")
@RequestScoped
public class SameClaimPanel {

    @Inject
    VerdictReuse verdicts;

    @Inject
    ClaimSuggestions suggestions;

    private Map<Long, CheckedElsewhere> checked;
    private List<ClaimSuggestions.Suggestion> suggested;

    /** The newest verdict on the same claim in another article, or null. */
    public CheckedElsewhere checkedElsewhere(Long claimId) {
        if (claimId == null) {
            return null;
        }
        if (checked == null) {
            checked = verdicts.ofArticleOf(claimId);
        }
        return checked.get(claimId);
    }

    /** The open suggestions with the claim on either side, best first. */
    public List<ClaimSuggestions.Suggestion> suggestions(Long claimId) {
        if (claimId == null) {
            return List.of();
        }
        if (suggested == null) {
            suggested = suggestions.forArticleOf(claimId);
        }
        return suggested.stream().filter(s -> s.claimId() == claimId || s.otherClaimId() == claimId).toList();
    }
}
