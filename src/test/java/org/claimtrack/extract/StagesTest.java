package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.CleanStage;
import org.claimtrack.extract.pipeline.SegmentStage;
import org.junit.jupiter.api.Test;

/** Stages one at a time (the cheap ones need no CoreNLP), plus the JSON rendering. */
class StagesTest {

    static ArticleDoc cleanAndSegment(String text) {
        ArticleDoc d = new ArticleDoc(text);
        new CleanStage().apply(d);
        new SegmentStage().apply(d);
        return d;
    }

    @Test
    void cleanKeepsLengthAndBlanksFurniture() {
        String t = " date 2020-01-05 First sentence here.\n\nRead: Something else\n\nConnect with us\nIt said (Picture: AFP/Getty) more.";
        ArticleDoc d = cleanAndSegment(t);
        assertEquals(t.length(), d.clean.length);
        String c = d.cleanText();
        assertFalse(c.contains("date 2020"));
        assertFalse(c.contains("Read:"));
        assertFalse(c.contains("Connect with us"));
        assertFalse(c.contains("Picture"));
        assertTrue(c.contains("First sentence here."));
        assertTrue(d.furniture.stream().anyMatch(f -> t.substring(f[0], f[1]).equals("Read: Something else")));
    }

    @Test
    void controlCharactersAndCrlfAreNeutralised() {
        String t = "A\u0000b\r\nc\rd\u202Ee";
        ArticleDoc d = new ArticleDoc(t);
        new CleanStage().apply(d);
        assertEquals("A b \nc\nd e", d.cleanText());
    }

    @Test
    void headingsAreFurniture() {
        ArticleDoc d = cleanAndSegment("Attacks in Iraq\n\nThe embassy was attacked on Saturday.");
        assertTrue(d.paragraphs.get(0).heading);
        assertFalse(d.paragraphs.get(1).heading);
    }

    @Test
    void tweetSignatureWithAnyDash() {
        for (String dash : List.of("—", "–", "-")) {
            String t = "Intro paragraph of the article.\n\nWe will respond. pic.twitter.com/abc " + dash + " Jane Doe (@jdoe) March 3, 2020\n\nAfter.";
            ArticleDoc d = cleanAndSegment(t);
            assertEquals(1, d.tweets.size(), dash);
            ArticleDoc.Tweet tw = d.tweets.get(0);
            assertEquals("We will respond.", t.substring(tw.textStart, tw.textEnd));
            assertEquals("Jane Doe", t.substring(tw.nameStart, tw.nameEnd));
            assertEquals("@jdoe", tw.handle);
            assertEquals(dash, t.substring(tw.dashStart, tw.dashEnd));
        }
    }

    @Test
    void multiParagraphTweetGoesBackToTheWideGap() {
        String t = "The minister wrote on Twitter.\n\nFirst line of tweet.\n\n\n\nSecond line. — A B (@ab) January 4, 2020";
        ArticleDoc d = cleanAndSegment(t);
        ArticleDoc.Tweet tw = d.tweets.get(0);
        assertEquals("First line of tweet.\n\n\n\nSecond line.", t.substring(tw.textStart, tw.textEnd));
    }

    @Test
    void quotesSpanningSentencesAndUnclosedRuns() {
        String t = "He said: ‘One thing. ‘Another thing. ‘Last one.’ Then \"straight\" and “curly” marks, Trump’s apostrophe.";
        ArticleDoc d = cleanAndSegment(t);
        List<String> qs = d.quotes.stream().map(q -> t.substring(q[0], q[1])).toList();
        assertTrue(qs.contains("‘One thing. ‘Another thing. ‘Last one.’"), qs.toString());
        assertTrue(qs.contains("\"straight\""), qs.toString());
        assertTrue(qs.contains("“curly”"), qs.toString());
        assertEquals(3, qs.size(), qs.toString());
    }

    @Test
    void moreListEndsWhereTheArticleResumes() {
        String t = "Intro. MORE: TOPIC Headline one about things Another headline ‘quoted’ Tensions rose after the strike on Friday.";
        ArticleDoc d = cleanAndSegment(t);
        String c = d.cleanText();
        assertFalse(c.contains("Headline one"));
        assertTrue(c.contains("Tensions rose after the strike on Friday."));
    }

    @Test
    void jsonIsTheContractShape() {
        ExtractedClaim c = new ExtractedClaim(0, 2, "ab", Kind.NAMED_SOURCE,
                new SourceMention(3, 4, "c", "C D", SourceType.PERSON, null), new Span(5, 6, "e"), QuoteType.INDIRECT, List.of("may"));
        ExtractedClaim u = new ExtractedClaim(7, 8, "😀", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of());
        ExtractionResult r = new ExtractionResult(Extractor.VERSION, List.of(c, u), List.of(new Span(9, 10, "x")));
        String json = ExtractorJson.toJson(r);
        assertEquals("{\"extractor\":\"claimtrack-extractor 0.3.0\",\"claims\":["
                + "{\"start\":0,\"end\":2,\"text\":\"ab\",\"kind\":\"NAMED_SOURCE\",\"source\":{\"start\":3,\"end\":4,\"text\":\"c\","
                + "\"name\":\"C D\",\"type\":\"PERSON\",\"handle\":null},\"cue\":{\"start\":5,\"end\":6,\"text\":\"e\"},"
                + "\"quote\":\"INDIRECT\",\"hedges\":[\"may\"]},"
                + "{\"start\":7,\"end\":8,\"text\":\"😀\",\"kind\":\"UNATTRIBUTED\",\"source\":null,\"cue\":null,\"quote\":\"NONE\",\"hedges\":[]}]}", json);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ExtractorJson.write(r, bos);
        assertEquals(json, bos.toString(StandardCharsets.UTF_8));
        assertNull(ExtractorJson.toJson(new ExtractionResult(Extractor.VERSION, List.of(), null)).contains("furniture") ? "" : null);
    }

    @Test
    void sameTextSameBytes() throws Exception {
        String text = SeedAcceptanceTest.seedText("002_3118819eb84e017f");
        String a = ExtractorJson.toJson(Extractor.shared().extract(text));
        String b = ExtractorJson.toJson(Extractor.shared().extract(text));
        assertEquals(a, b);
    }
}
