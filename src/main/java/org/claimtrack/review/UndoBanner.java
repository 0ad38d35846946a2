package org.claimtrack.review;

/**
 * The line a change leaves at the top of the review page ("Verdict set to FALSE — Undo"): what was
 * done to which claim and, while the person's undo on that claim would go through, its Undo button.
 * The claim may be another than the one the page shows next (a rejection moves on to the neighbour).
 */
record UndoBanner(String text, Long undoClaim, String undoLabel) {

    static final UndoBanner NONE = new UndoBanner(null, null, null);

    static UndoBanner duplicate() {
        return new UndoBanner("This text is stored already: here is the existing article.", null, null);
    }

    /** The changed claim's id from the page address, or null (a hand-edited address shows no banner's Undo). */
    static Long claimId(String changed) {
        if (changed == null || changed.isBlank() || changed.length() > 18 || !changed.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(changed.strip());
    }

    static UndoBanner of(String done, ClaimView changed, boolean undoable) {
        if (done == null) {
            return NONE;
        }
        String what = changed == null ? null : text(done, changed);
        if (what == null) {
            what = switch (done) {
                case "verdict" -> "Verdict saved.";
                case "edit" -> "Correction saved.";
                case "reject" -> "Claim rejected.";
                case "undo" -> "Your last change was undone.";
                case "split" -> "Claim split in two.";
                case "merge" -> "Claims merged.";
                case "add" -> "Claim added.";
                case "article" -> "Article details saved.";
                case "status" -> "Status saved.";
                case "comment" -> "Comment added.";
                case "publish" -> "Published: the fact-check has its public page.";
                case "reuse-verdict" -> "Verdict reused: its explanation says where it came from.";
                case "suggestion-confirmed" -> "Suggestion confirmed: the claims are in one group.";
                case "suggestion-dismissed" -> "Suggestion dismissed: it is not offered again.";
                default -> null;
            };
        }
        boolean offer = what != null && undoable && changed != null && !done.equals("comment") && !done.equals("article")
                && !done.startsWith("suggestion-");
        // after an undo the banner's button walks further back
        return new UndoBanner(what, offer ? changed.id() : null, done.equals("undo") ? "Undo the change before" : "Undo");
    }

    private static String text(String done, ClaimView c) {
        return switch (done) {
            case "verdict" -> c.verdict() == null ? null : "Verdict set to " + c.verdict().rating() + " on claim #" + c.id() + ".";
            case "edit" -> "Claim #" + c.id() + " corrected.";
            case "reject" -> "Claim #" + c.id() + " rejected.";
            case "undo" -> "Your change to claim #" + c.id() + " was undone.";
            case "split" -> "Claim #" + c.id() + " split in two.";
            case "merge" -> "Claims merged into #" + c.id() + ".";
            case "add" -> "Claim #" + c.id() + " added.";
            case "status" -> "Status of claim #" + c.id() + " set to " + c.status() + ".";
            case "reuse-verdict" -> c.verdict() == null ? null : "Verdict reused on claim #" + c.id() + " (" + c.verdict().rating()
                    + "): its explanation says where it came from.";
            default -> null;
        };
    }
}
