package org.claimtrack.extract.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contract's content convention applied to gold spans (docs/extractor.md, "Scoring"). */
class ScorerTest {

    private static final String TEXT = "The mayor said that the bridge 🌉 was closed. “It is shut,” she said, “for now.”";

    private static int cp(String s) {
        return TEXT.codePointCount(0, TEXT.indexOf(s));
    }

    @Test
    void theComplementizerLeavesTheGoldContent() {
        int that = cp("that the bridge");
        int end = cp(" was closed") + " was closed".length();
        List<int[]> gold = Scorer.contractContent(TEXT, List.of(new int[] {that, end}));
        assertArrayEquals(new int[] {cp("the bridge"), end}, gold.get(0), "starts at the clause, in code points");
    }

    @Test
    void otherContentsAndLaterPiecesStayAsAnnotated() {
        int[] first = {cp("“It is"), cp(" she said")};
        int[] second = {cp("“for now"), TEXT.codePointCount(0, TEXT.length())};
        List<int[]> gold = Scorer.contractContent(TEXT, List.of(second, first));
        assertEquals(2, gold.size());
        assertArrayEquals(second, gold.get(0));
        assertArrayEquals(first, gold.get(1));
        int[] thatAlone = {cp("that the"), cp("that the") + 4};
        assertArrayEquals(thatAlone, Scorer.contractContent(TEXT, List.<int[]>of(thatAlone)).get(0), "a content that is only \"that\" stays");
    }
}
