package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interim sentence splitter; the CoreNLP pipeline from the extractor branch replaces this file. */
public final class Extractor {

    public static final String VERSION = "claimtrack-extractor 0.3.0";
    private static final Extractor SHARED = new Extractor();
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]+");

    public static Extractor shared() {
        return SHARED;
    }

    public ExtractionResult extract(String text) {
        List<ExtractedClaim> claims = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start();
            while (s < m.end() && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int cs = text.codePointCount(0, s);
            int ce = cs + text.codePointCount(s, m.end());
            claims.add(new ExtractedClaim(cs, ce, text.substring(s, m.end()), Kind.UNATTRIBUTED, null, null,
                    QuoteType.NONE, List.of()));
        }
        return new ExtractionResult(VERSION, claims, List.of());
    }
}
