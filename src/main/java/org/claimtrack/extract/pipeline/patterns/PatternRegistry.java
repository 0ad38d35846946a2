package org.claimtrack.extract.pipeline.patterns;

import java.util.List;

import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * The attribution patterns in the order they are tried: each cue goes to the patterns in turn until
 * one takes it; then each pattern may read the whole document ({@link AttributionPattern#afterCues}).
 * The order is part of the behaviour: a verb cue without a parse is read from the surface, a headline
 * cue before a stance, a stance before the verb's own speaker and complement.
 */
public final class PatternRegistry {

    private final List<AttributionPattern> patterns;

    public PatternRegistry(List<AttributionPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The shipped patterns. */
    public static PatternRegistry standard() {
        return new PatternRegistry(List.of(
                new TweetPattern(),
                new AccordingToPattern(),
                new NounCuePattern(),
                new ColonTurnPattern(),
                new QuoteDashPattern(),
                new QuoteColonPattern(),
                new UnparsedVerbPattern(),
                new HeadlinePattern(),
                new StancePattern(),
                new VerbCuePattern(),
                new ClauseCueFallbackPattern()));
    }

    public List<AttributionPattern> patterns() {
        return patterns;
    }

    /** Offers one more cue (a learned one) to the patterns in turn, as {@link #run} does; whether one took it. */
    public boolean offer(ArticleDoc doc, ArticleDoc.Cue cue) {
        for (AttributionPattern p : patterns) {
            if (p.claim(doc, cue)) {
                return true;
            }
        }
        return false;
    }

    /** Runs every cue through the patterns, then the document-wide ones. */
    public void run(ArticleDoc doc) {
        for (ArticleDoc.Cue cue : doc.cues) {
            offer(doc, cue);
        }
        for (AttributionPattern p : patterns) {
            p.afterCues(doc);
        }
    }
}
