package org.claimtrack.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.claimtrack.extract.Kind;
import org.junit.jupiter.api.Test;

/** The boundary list: overlapping and nested spans, code points, nothing lost or doubled. */
class HighlighterTest {

    static String joined(List<Highlighter.Segment> segs) {
        return segs.stream().map(Highlighter.Segment::text).collect(Collectors.joining());
    }

    @Test
    void nestedSourceAndCueInsideContentWithAstralCharacters() {
        // "😀" is one code point, two UTF-16 units: offsets after it differ by one
        String text = "😀 He said 𝒳 is <b>true</b>. Then more.";
        int heStart = 2;
        List<Highlighter.Segment> segs = Highlighter.segments(text, List.of(
                new Highlighter.Marks(1, Kind.NAMED_SOURCE, 2, 26, heStart, heStart + 2, 5, 9),
                new Highlighter.Marks(2, Kind.UNATTRIBUTED, 28, 38, null, null, null, null)), List.of(
                        new Highlighter.Range(33, 38)));
        assertEquals(text, joined(segs), "every character once, in order");
        Highlighter.Segment he = segs.stream().filter(s -> s.text().equals("He")).findFirst().orElseThrow();
        assertTrue(he.cls().contains("hl k-NAMED_SOURCE") && he.cls().contains("src"), he.cls());
        assertEquals(1L, he.claimId());
        Highlighter.Segment said = segs.stream().filter(s -> s.text().equals("said")).findFirst().orElseThrow();
        assertTrue(said.cls().contains("cue"), said.cls());
        Highlighter.Segment more = segs.stream().filter(s -> s.text().equals("more.")).findFirst().orElseThrow();
        assertTrue(more.cls().contains("furniture") && more.cls().contains("k-UNATTRIBUTED"), more.cls());
        assertTrue(segs.get(0).isPlain(), "the emoji before any claim is plain text");
        assertTrue(segs.stream().anyMatch(s -> s.text().contains("<b>true</b>")), "markup is just text here");
    }

    @Test
    void overlappingClaimsPickTheInnermostAndListBoth() {
        String text = "abcdefghij";
        List<Highlighter.Segment> segs = Highlighter.segments(text, List.of(
                new Highlighter.Marks(10, Kind.TWEET, 0, 6, null, null, null, null),
                new Highlighter.Marks(11, Kind.DOCUMENT, 3, 9, null, null, null, null),
                new Highlighter.Marks(12, Kind.MEDIA_REPORT, 4, 5, null, null, null, null)), List.of());
        assertEquals(text, joined(segs));
        Highlighter.Segment e = segs.stream().filter(s -> s.text().equals("e")).findFirst().orElseThrow();
        assertEquals(12L, e.claimId());
        assertTrue(e.cls().contains("nested"));
        assertEquals("10 11 12", e.claims());
        Highlighter.Segment tail = segs.stream().filter(s -> s.text().equals("ghi")).findFirst().orElseThrow();
        assertEquals(11L, tail.claimId());
        assertEquals("j", segs.get(segs.size() - 1).text());
        assertTrue(segs.get(segs.size() - 1).isPlain());
    }

    @Test
    void emptyAndOutOfRangeSpansAreSkipped() {
        String text = "short";
        List<Highlighter.Segment> segs = Highlighter.segments(text, List.of(
                new Highlighter.Marks(1, Kind.TWEET, 0, 5, 3, 3, 9, 12)), List.of(new Highlighter.Range(2, 2)));
        assertEquals(text, joined(segs));
        assertEquals(1, segs.size());
    }
}
