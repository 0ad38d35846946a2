package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;

/** An embedded post: the text above its "— Name (@handle) Month D, YYYY" signature, said by the name. */
final class TweetPattern extends CueTypePattern {

    static final String NAME = "tweet";

    TweetPattern() {
        super(NAME, ArticleDoc.Cue.Type.TWEET_DASH);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        for (ArticleDoc.Tweet tw : doc.tweets) {
            if (tw.dashStart != cue.start || tw.textEnd <= tw.textStart) {
                continue;
            }
            ArticleDoc.Claim c = new ArticleDoc.Claim();
            c.start = tw.textStart;
            c.end = tw.textEnd;
            c.srcStart = tw.nameStart;
            c.srcEnd = tw.nameEnd;
            c.cueStart = tw.dashStart;
            c.cueEnd = tw.dashEnd;
            c.quote = QuoteType.DIRECT;
            c.kind = Kind.TWEET;
            c.channel = Kind.TWEET;
            c.handle = tw.handle;
            c.cue = cue;
            c.paragraph = Claims.paragraphOf(doc, tw.textStart);
            Claims.add(doc, c, NAME);
        }
        return true;
    }
}
