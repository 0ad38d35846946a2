package org.claimtrack.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimtrack.ingest.IngestRequest;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    static final String PAGE = """
            <!DOCTYPE html><html><head>
            <title>Mayor promises new bridge | The Daily Example</title>
            <meta property="og:title" content="Mayor promises new bridge by 2027">
            <meta property="og:site_name" content="The Daily Example">
            <link rel="canonical" href="https://daily.example/news/bridge">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Daily Example"},
              {"@type":"NewsArticle","headline":"Mayor promises new bridge by 2027",
               "datePublished":"2024-03-05T09:30:00+01:00","author":[{"@type":"Person","name":"Ana Reyes"}]}]}</script>
            <style>body { color: red }</style>
            </head><body>
            <header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
            <div class="ad-slot">BUY NOW: cheap flights</div>
            <article>
              <header><h1>Mayor promises new bridge by 2027</h1><p class="byline">By Ana Reyes</p></header>
              <div class="share-bar"><a>Share on Facebook</a><a>Tweet</a></div>
              <p>The mayor said on Monday that the new bridge would open in 2027.</p>
              <p>"We have the money," she told reporters, according to the city's press office.</p>
              <script>alert('x')</script>
              <iframe src="https://ads.example/frame"></iframe>
              <ul><li>Cost: 40 million euros, officials said.</li></ul>
              <aside class="related">Related: Mayor opens library</aside>
            </article>
            <section id="comments"><form><textarea>Your comment</textarea></form><p>Great article!!</p></section>
            <footer>© The Daily Example</footer>
            </body></html>""";

    @Test
    void mainTextAndMetadataWithoutFurniture() {
        IngestRequest r = HtmlArticle.parse(PAGE.getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals("Mayor promises new bridge by 2027", r.title());
        assertEquals("Ana Reyes", r.byline());
        assertEquals(LocalDate.of(2024, 3, 5), r.published());
        assertEquals("https://daily.example/news/bridge", r.url());
        assertEquals("The Daily Example", r.outlet());
        String t = r.text();
        assertTrue(t.startsWith("The mayor said on Monday"), "the byline is metadata, not text: " + t);
        assertTrue(t.contains("\"We have the money,\" she told reporters"), t);
        assertTrue(t.contains("Cost: 40 million euros, officials said."), t);
        for (String junk : new String[] {"Home", "BUY NOW", "Share on Facebook", "alert", "Related:", "Great article",
                "Your comment", "©", "color: red"}) {
            assertFalse(t.contains(junk), junk + " leaked into: " + t);
        }
    }

    @Test
    void metaTagsWithoutJsonLdAndAPageWithoutArticleElement() {
        String html = """
                <html><head><title>Plain page</title><meta name="author" content="J. Doe">
                <meta property="article:published_time" content="2023-11-02"></head>
                <body><div class="menu">Menu</div><p>First paragraph, said the minister.</p><p>Second one.</p></body></html>""";
        IngestRequest r = HtmlArticle.parse(html, "https://news.example/a?id=1");
        assertEquals("Plain page", r.title());
        assertEquals("J. Doe", r.byline());
        assertEquals(LocalDate.of(2023, 11, 2), r.published());
        assertEquals("https://news.example/a?id=1", r.url());
        assertEquals("news.example", r.outlet(), "an unknown host names the outlet as it is");
        assertEquals("First paragraph, said the minister.\n\nSecond one.", r.text());
    }

    @Test
    void utf16WithByteOrderMarkAndMetaCharset() {
        String html = "<html><body><p>Çà et là — “quoted” ✓</p></body></html>";
        byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Çà et là — “quoted” ✓", HtmlArticle.parse(utf16, null, null).text());
        byte[] latin1 = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Çà et là</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Çà et là", HtmlArticle.parse(latin1, null, null).text());
    }

    @Test
    void aWrapperNamedAdOrPaywallKeepsTheArticleAndDivParagraphsCount() {
        String html = """
                <html><head><title>Story</title></head><body><nav><a href="/">Home</a></nav>
                <div class="ad-layout-wrapper"><div class="story-text">
                <div class="para">The council voted on Monday to close the old bridge for repairs until spring.</div>
                <div class="ad-slot"><p>Advertisement</p></div>
                <div class="para">Engineers said the steel had corroded faster than expected, according to a city report.</div>
                </div></div>
                <div class="paywall"><p>Drivers will be sent along the river road, which the city said it would widen.</p>
                <p>The repairs are expected to cost about twelve million dollars, officials said on Monday.</p></div>
                <div class="related-links"><a href="/a">Bridge history</a> <a href="/b">Road closures</a></div>
                </body></html>""";
        String t = HtmlArticle.parse(html, "https://www.reuters.com/world/us/bridge").text();
        assertTrue(t.startsWith("The council voted on Monday"), t);
        assertTrue(t.indexOf("Engineers said") < t.indexOf("Drivers will be sent"), "paragraph order kept: " + t);
        assertTrue(t.endsWith("about twelve million dollars, officials said on Monday."), t);
        for (String junk : new String[] {"Advertisement", "Home", "Bridge history"}) {
            assertFalse(t.contains(junk), junk + " leaked into: " + t);
        }
        assertEquals("Reuters", HtmlArticle.parse(html, "https://www.reuters.com/world/us/bridge").outlet());
    }

    @Test
    void aSectionLabelIsNeverTheOutlet() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"U.S.\">"
                + "<link rel=\"canonical\" href=\"https://www.reuters.com/world/us/x\"></head><body><p>Text said here.</p></body></html>";
        assertEquals("Reuters", HtmlArticle.parse(html, null).outlet());
    }

    /** The benchmark's floor on the pages of src/test/resources/html-bench (figures in docs/ingest.md). */
    @Test
    void benchmarkPagesScoreAtLeastTheFloor() throws java.io.IOException {
        HtmlBench.Report r = HtmlBench.score(java.nio.file.Path.of("src/test/resources/html-bench"));
        System.out.println("HTML bench:\n" + r.table());
        assertTrue(r.pages() >= 15, "pages " + r.pages());
        assertEquals(java.util.List.of(), r.empty(), "no empty page");
        assertTrue(r.f1() >= 0.90, "F1 " + r.f1() + " " + r.misses());
        assertTrue(r.metaErrors().size() <= 1, r.metaErrors().toString());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", broken</script>"
                + "<title>T</title></head><body><p>Body text here.</p></body></html>";
        IngestRequest r = HtmlArticle.parse(html, null);
        assertEquals("T", r.title());
        assertEquals("Body text here.", r.text());
    }
}
