package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile and random text never makes the extractor throw, and every span it returns is inside the
 * text, equal to the text between its code point offsets, with claims in document order.
 */
class RobustnessProperties {

    static void checkInvariants(String text, ExtractionResult r) {
        assertNotNull(r);
        assertEquals(Extractor.VERSION, r.extractor());
        int[] cps = text.codePoints().toArray();
        int prev = -1;
        for (ExtractedClaim c : r.claims()) {
            check(cps, c.start(), c.end(), c.text());
            // and the claim table takes it (migrations V1, V8)
            assertEquals(List.of(), ClaimContract.problems(c, cps.length), c.toString());
            assertTrue(c.start() >= prev, "claims in document order");
            prev = c.start();
            assertNotNull(c.kind());
            assertNotNull(c.quote());
            if (c.source() != null) {
                check(cps, c.source().start(), c.source().end(), c.source().text());
                assertNotNull(c.source().type());
            }
            if (c.cue() != null) {
                check(cps, c.cue().start(), c.cue().end(), c.cue().text());
            }
            if (c.kind() == Kind.UNATTRIBUTED) {
                assertEquals(null, c.source());
                assertEquals(QuoteType.NONE, c.quote());
            }
        }
        for (Span f : r.furniture()) {
            check(cps, f.start(), f.end(), f.text());
        }
        // and the JSON renders
        assertTrue(ExtractorJson.toJson(r).startsWith("{\"extractor\":"));
    }

    static void check(int[] cps, int start, int end, String text) {
        assertTrue(0 <= start && start <= end && end <= cps.length, "span " + start + ".." + end + " in " + cps.length);
        assertEquals(new String(cps, start, end - start), text);
    }

    static ExtractionResult run(String text) {
        ExtractionResult r = Extractor.shared().extract(text);
        checkInvariants(text, r);
        return r;
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("He said ", "“", "”", "\"", "'", "‘", "’", "according to ", "Reports say that ", ", she added. ",
                        "— Jane Doe (@jdoe) May 4, 2020\n", "\n\n", "\r\n", ".", "!?", " ", "Read: more\n", "(Picture: AP)",
                        "MORE: ", "السلام عليكم ", "שלום עולם ", "😀", "👍🏽", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u0000", "\u0007", "\u202E", "\uFEFF",
                        "Mr. Smith told reporters that the plan \"will fail,\" officials said.", "Pompeo", " it "),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(15),
                Arbitraries.strings().withChars(".,;:!?\"'“”‘’()[]—–- \n").ofMaxLength(15));
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 120)
    void hostileTextNeverBreaks(@ForAll("hostile") String text) {
        run(text);
    }

    @Property(tries = 60)
    void anyUnicodeNeverBreaks(@ForAll String text) {
        run(text);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> name = Arbitraries.of("John Smith", "the ministry", "Reports", "Sources", "he", "She", "Officials");
        Arbitrary<String> verb = Arbitraries.of("said", "claimed", "warned", "told reporters", "suggested", "added");
        Arbitrary<String> body = Arbitraries.of("the plan will fail", "rockets hit the base 😀", "אין הערות", "prices may rise");
        Arbitrary<String> emoji = Arbitraries.of("", "🚀 ", "𝟘 ", "\u0000");
        return Combinators.combine(name, verb, body, emoji).as((n, v, b, e) -> e + n + " " + v + " that " + b + ". “" + b + ",” " + n + " said.")
                .list().ofMaxSize(6).map(l -> String.join(l.size() % 2 == 0 ? "\r\n\r\n" : " ", l));
    }

    @Property(tries = 60)
    void attributionsKeepCodePointOffsets(@ForAll("sentences") String text) {
        run(text);
    }

    @Example
    void edgeCases() {
        for (String t : List.of("", " ", "\n\n\n", ".", "...!!!???", "“", "”\"'’", "\u0000\u0000", "😀", "\uD800", "\uDC00x\uD800",
                "“He said “nested ‘quotes’ here” and more.", "'unbalanced \"quotes. ‘ and “ more", "— (@x) January 1, 2020",
                "\r\r\r", "a\rb\r\nc\n", "According to", "according to .", "He said:", "said that")) {
            run(t);
        }
    }

    @Example
    void oneMegabyteWithoutFullStop() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"officials", "said", "that", "the", "rockets", "hit", "“", "base", "”", "😀", "and", "reports", "claim"};
        int i = 0;
        while (sb.length() < 1_000_000) {
            sb.append(words[i++ % words.length]).append(i % 97 == 0 ? ", " : " ");
        }
        long t0 = System.nanoTime();
        run(sb.toString());
        long secs = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(secs < 120, "1 MB took " + secs + " s");
    }

    @Example
    void emojiBeforeClaimShiftsCodePointsNotChars() {
        String text = "😀😀 Officials said that the rockets hit the base.";
        ExtractionResult r = run(text);
        ExtractedClaim c = r.claims().get(0);
        assertEquals("the rockets hit the base", c.text());
        assertEquals(text.codePointCount(0, text.indexOf("the rockets")), c.start());
    }
}
