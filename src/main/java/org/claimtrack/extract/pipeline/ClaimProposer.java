package org.claimtrack.extract.pipeline;

import org.claimtrack.extract.pipeline.patterns.PatternRegistry;

/**
 * Proposes more claims once the rule patterns have run and before the stage drops the shapes that
 * are no attribution (package learn: cues a model accepts where no rule proposed one).
 */
public interface ClaimProposer {

    /** Proposes nothing: the rules alone. */
    ClaimProposer NONE = (doc, rules) -> { };

    /** Adds claims to doc; rules reads the sources and contents of any cue it offers. */
    void propose(ArticleDoc doc, PatternRegistry rules);
}
