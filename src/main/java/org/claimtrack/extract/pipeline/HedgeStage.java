package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the words that weaken a claim ("reportedly", "may possibly", "it is not clear") from the
 * sentence(s) the claim is in, longest phrase first, words as they appear in the text.
 */
public final class HedgeStage implements Stage {

    /** Longest first so that "may possibly" wins over "may". */
    static final String[][] PHRASES = split(
            "it was not immediately clear", "it is not immediately clear", "not immediately clear", "it is not clear",
            "it was not clear", "it is unclear", "it was unclear", "it remains unclear", "it is not known",
            "it was not known", "may possibly", "might possibly", "could possibly", 
            "appears to", "appear to", "appeared to", "seems to", "seem to", "seemed to", "believed to", "thought to",
            "said to be", "is expected to", "are expected to", "is likely to", "are likely to", "not clear", "unclear",
            "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "perhaps", "probably",
            "likely", "unlikely", "unconfirmed", "unverified", "rumoured", "rumored", "suspected", "may", "might",
            "could", "suggest", "suggests", "suggested", "suggesting", "presumably", "seemingly");

    private static String[][] split(String... ps) {
        String[][] out = new String[ps.length][];
        for (int i = 0; i < ps.length; i++) {
            out[i] = ps[i].split(" ");
        }
        return out;
    }

    @Override
    public void apply(ArticleDoc doc) {
        for (ArticleDoc.Claim c : doc.claims) {
            int from = c.start;
            int to = c.end;
            if (c.hasSource() && c.sent != null) {
                from = Math.min(from, c.srcStart);
                to = Math.max(to, c.srcEnd);
            }
            List<String> hs = new ArrayList<>();
            for (ArticleDoc.Sent s : doc.sentences) {
                if (s.end <= from || s.start >= to) {
                    continue;
                }
                hs.addAll(hedges(doc, s, c));
            }
            c.hedges = hs;
        }
    }

    static List<String> hedges(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Claim c) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            for (String[] p : PHRASES) {
                if (i + p.length > s.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < p.length; k++) {
                    if (!s.word[i + k].toLowerCase(Locale.ROOT).equals(p[k])) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                String first = p[0];
                // modal "may", not the month; "claimed" only when it is not the claim's own cue
                if ((first.equals("may") || first.equals("might") || first.equals("could")) && !s.pos[i].equals("MD")) {
                    continue;
                }
                if (first.equals("claimed") && (c.cue != null && s.tb[i] == c.cueStart || c.attributed())) {
                    continue;
                }
                if ((first.startsWith("suggest")) && c.cue != null && s.tb[i] == c.cueStart && false) {
                    continue;
                }
                matched = p.length;
                break;
            }
            if (matched > 0) {
                out.add(doc.text(s.tb[i], s.te[i + matched - 1]));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }
}
