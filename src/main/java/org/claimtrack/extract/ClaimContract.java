package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What a claim must be to be stored: the checks of the claim table (migrations V1 and V8) written
 * once in plain Java, so that ingest, review edits, brat import and the tests ask the same question
 * the database asks, before it does. Keep the two in step: a change here is a migration there.
 */
public final class ClaimContract {

    private ClaimContract() {
    }

    /**
     * Why a claim of this kind cannot stand with or without a source mention, or null when it can.
     * An attributed claim names its source; only an ANONYMOUS_SOURCE claim may rest on its cue alone
     * ("temperatures are forecast to ...", "he appeared to ...", "was accused of ...").
     */
    public static String sourceProblem(Kind kind, boolean hasSource, boolean hasCue) {
        if (kind == null) {
            return "a claim needs a kind";
        }
        if (kind == Kind.UNATTRIBUTED || hasSource || kind == Kind.ANONYMOUS_SOURCE && hasCue) {
            return null;
        }
        return kind == Kind.ANONYMOUS_SOURCE ? "an ANONYMOUS_SOURCE claim needs a source or a cue"
                : "a " + kind + " claim needs a source";
    }

    /** Every reason the claim table would refuse this claim of a text of {@code textLength} code points. */
    public static List<String> problems(ExtractedClaim c, int textLength) {
        List<String> out = new ArrayList<>();
        if (c.text() == null) {
            out.add("no content text");
        }
        if (c.quote() == null) {
            out.add("no quote type");
        }
        if (c.start() < 0 || c.end() <= c.start()) {
            out.add("empty or reversed content span " + c.start() + ".." + c.end());
        }
        if (c.end() > textLength) {
            out.add("content span ends at " + c.end() + ", after the text's end " + textLength);
        }
        SourceMention s = c.source();
        if (s != null) {
            if (s.start() < 0 || s.end() < s.start() || s.end() > textLength) {
                out.add("source span " + s.start() + ".." + s.end() + " outside the text");
            }
        }
        Span cue = c.cue();
        if (cue != null && cue.end() > textLength) {
            out.add("cue span " + cue.start() + ".." + cue.end() + " outside the text");
        }
        String sp = sourceProblem(c.kind(), hasSource(s), cue != null);
        if (sp != null) {
            out.add(sp);
        }
        return out;
    }

    /** The table counts a source when it has words or a name (or a canonical row, which needs one of those). */
    static boolean hasSource(SourceMention s) {
        return s != null && (s.text() != null || s.name() != null);
    }

    /** One line for a warning: where the claim was, and why it was left out. */
    public static String describe(ExtractedClaim c, List<String> problems) {
        String t = c.text() == null ? "" : c.text().replaceAll("\\s+", " ").strip();
        if (t.length() > 80) {
            t = t.substring(0, 77) + "…";
        }
        return "claim at " + c.start() + ".." + c.end() + " («" + t + "») not stored: " + String.join("; ", problems);
    }
}
