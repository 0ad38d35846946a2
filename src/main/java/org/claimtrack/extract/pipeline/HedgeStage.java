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
        // hedges depend on the sentence only: found once per sentence
        java.util.Map<Integer, List<String>> perSentence = new java.util.HashMap<>();
        for (ArticleDoc.Claim c : doc.claims) {
            int from = c.start;
            int to = c.end;
            if (c.hasSource() && c.sent != null) {
                from = Math.min(from, c.srcStart);
                to = Math.max(to, c.srcEnd);
            }
            List<String> hs = new ArrayList<>();
            for (int k = doc.firstSentenceEndingAfter(from); k < doc.sentences.size(); k++) {
                ArticleDoc.Sent s = doc.sentences.get(k);
                if (s.start >= to) {
                    break;
                }
                for (String h : perSentence.computeIfAbsent(s.index, x -> hedges(doc, s, c))) {
                    if (!hs.contains(h)) {
                        hs.add(h);
                    }
                }
            }
            c.hedges = hs;
        }
    }

    static List<String> hedges(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Claim c) {
        List<String> out = new ArrayList<>();
        String[] lower = new String[s.size()];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = s.word[k].toLowerCase(Locale.ROOT);
        }
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            for (String[] p : PHRASES) {
                if (i + p.length > s.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < p.length; k++) {
                    if (!lower[i + k].equals(p[k])) {
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
