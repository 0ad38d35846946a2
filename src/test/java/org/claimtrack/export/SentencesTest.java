package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sentence around a claim in the table exports. */
class SentencesTest {

    private static String around(String text, String claim) {
        int i = text.indexOf(claim);
        int s = text.codePointCount(0, i);
        return Sentences.around(text.codePoints().toArray(), s, s + claim.codePointCount(0, claim.length()));
    }

    @Test
    void theWholeSentenceAroundTheClaimAndNothingMore() {
        String text = "😀 First one. The minister said on Monday that prices will fall. “It is over.” Then\nanother line.";
        assertEquals("The minister said on Monday that prices will fall.", around(text, "prices will fall"));
        assertEquals("“It is over.”", around(text, "It is over"));
        assertEquals("Then", around(text, "Then"));
        assertEquals("😀 First one.", around(text, "First"));
    }
}
