package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * One shape of attribution ("X said that ...", "according to X", "“...,” said X", a tweet's
 * signature ...): reads the claims of a cue off the sentence and adds them to the document, each
 * with {@link ArticleDoc.Claim#pattern} set, so that the scorer can say what each shape finds.
 */
public interface AttributionPattern {

    /** The name the claims carry (score --by-pattern reports per name). */
    String name();

    /**
     * Adds the claims this pattern reads off cue; true when the pattern took the cue (it may have
     * added nothing), so that no later pattern of the registry sees it.
     */
    default boolean claim(ArticleDoc doc, ArticleDoc.Cue cue) {
        return false;
    }

    /** Adds claims read off the whole document once every cue had its turn (verbs the cue finder missed). */
    default void afterCues(ArticleDoc doc) {
    }
}
