package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindCuesStage;

/** "Trump Says Wall Will Be Built": a headline cue, the words before it the speaker, those after it the claim. */
final class HeadlinePattern extends CueTypePattern {

    static final String NAME = "headline";

    HeadlinePattern() {
        super(NAME, ArticleDoc.Cue.Type.VERB);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        if (!FindCuesStage.headlineCue(s, i)) {
            return false;
        }
        int l = 0;
        while (l < i && isPunct(s.word[l])) {
            l++;
        }
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, i - 1, l, i - 1);
        int[] range = tokRange(s, new int[] {i + 1, s.size() - 1});
        Claims.addWithContent(doc, c, range[0], range[1], NAME);
        return true;
    }
}
