package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;

/** A pattern that reads cues of one type only; {@link #read} sees only those. */
abstract class CueTypePattern implements AttributionPattern {

    private final String name;
    private final ArticleDoc.Cue.Type type;

    CueTypePattern(String name, ArticleDoc.Cue.Type type) {
        this.name = name;
        this.type = type;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean claim(ArticleDoc doc, ArticleDoc.Cue cue) {
        return cue.type == type && read(doc, cue);
    }

    /** {@link AttributionPattern#claim} for a cue of this pattern's type. */
    abstract boolean read(ArticleDoc doc, ArticleDoc.Cue cue);
}
