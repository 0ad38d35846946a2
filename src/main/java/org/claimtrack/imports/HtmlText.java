package org.claimtrack.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * A page's article text: Mozilla's Readability (Readability4J) finds the article's container, this
 * class writes its blocks as paragraphs in page order and drops the furniture Readability keeps
 * (related links, promo lines, tag lists, photo credits, copyright footers). Measured with
 * {@link HtmlBench} on src/test/resources/html-bench (docs/ingest.md).
 */
final class HtmlText {

    /** Never article text, whatever the page's layout. */
    private static final String JUNK_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, footer, figcaption, figure, picture, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], [role=contentinfo], "
            + "[role=dialog]";

    /** Class or id words of furniture that is never the article, however much text it holds. */
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|comments?|disqus|newsletter|related|recommend\\w*|more-stories|"
                    + "read-?more|promo\\w*|cookie\\w*|consent|breadcrumbs?|outbrain|taboola|tags?|topics|keywords|"
                    + "byline|author-bio|dateline|timestamp|caption|credit|copyright|trending|most-?popular|"
                    + "signup|subscribe|menu|sidebar|nav|navbar|masthead|footer|toolbar|modal|popup)($|[-_\\s])");

    /** Ad and paywall wrappers: dropped only when they hold no article text (a paywall often wraps the story). */
    private static final Pattern AD_NAMES = Pattern.compile(
            "(?i)(^|[-_\\s])(ad|ads|advert\\w*|sponsor\\w*|dfp|gpt|paywall|piano|meter)($|[-_\\s\\d])");

    private static final String BLOCK_TAGS = "p, div, section, article, main, header, h1, h2, h3, h4, h5, h6, li, ul, ol, "
            + "dl, dd, dt, blockquote, pre, table, tr, td, th, tbody, thead, figure, center, address, hr";

    /** A whole paragraph that is furniture (measured on the bench pages; each pattern has its page). */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?i)^(?:"
            + "advertisement|sponsored( content)?|story continues below.*|continue reading.*|skip to .*|"
            + "(read|see) (more|also)\\b.*|related( stories| coverage| articles)?\\s*:.*|more (on|from) .{0,80}:.*|"
            + "also read\\b.*|recommended\\s*:?.*|tags?\\s*:.*|topics?\\s*:.*|filed under\\b.*|"
            + "share (this|on|via)\\b.*|follow us\\b.*|click here\\b.*|sign up\\b.*|subscribe\\b.*|"
            + "(photo|image|video|graphic)( credit)?\\s*:.*|\\(?(photo|image) by .*|"
            + "©.*|\\(c\\) \\d{4}.*|copyright\\b.*|all rights reserved.*|"
            + "(published|updated|posted|last updated)\\b.{0,60}|by [\\p{Lu}][\\p{L}.'’-]+(\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3}"
            + "((,| and) [\\p{Lu}][\\p{L}.'’-]+(\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3})*(,? .{0,40})?|"
            + "(reporting|editing|additional reporting) by .{0,160}|"
            + "this (article|story) (was|has been) (updated|corrected).{0,120}|we use cookies.*|"
            + "this (interview|conversation|transcript) has been (edited|condensed).{0,80}|"
            + "[\\w .,'-]{0,60}(getty images|ap photo|afp via getty|reuters/[\\p{L} ]+|shutterstock)[\\w .,/)-]{0,40}"
            + ")$");

    /** A dateline alone: "March 4, 2024 3:15 PM EST", "2024-03-04", "4 hours ago". */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^[\\p{L}\\d ,.:/+-]{0,60}$");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{4}-\\d{2}-\\d{2}|"
            + "\\b\\d{1,2}:\\d{2}\\b|\\b\\d+ (hours?|minutes?|days?) ago\\b");

    private HtmlText() {
    }

    /** The readable text: paragraphs of the article body in page order, separated by a blank line. */
    static String of(Document page, String title, String url) {
        Document doc = page.clone();
        clean(doc.body());
        Element fallback = fallbackRoot(doc);
        int fallbackWords = textWords(fallback);
        Element root = null;
        try {
            Article a = new Readability4JExtended(url == null ? "" : url, doc.clone()).parse();
            root = a.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some pages; the page's own article markup still serves
        }
        // Readability can settle on one part of a story split in several containers: take the whole
        if (root == null || textWords(root) < 0.6 * fallbackWords) {
            root = fallback;
        }
        List<Block> blocks = new Renderer().render(root);
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            String s = b.text();
            if (furniture(b) || out.isEmpty() && title != null && same(s, title)) {
                continue; // the headline repeated as the first block would become a claim
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(s);
        }
        return out.toString();
    }

    /** Drops what is never article text; a wrapper that holds most of the page's text stays, whatever its name. */
    static void clean(Element body) {
        body.select(JUNK_TAGS).remove();
        for (Element h : body.select("header")) {
            if (h.closest("article") == null) {
                h.remove();
            }
        }
        int pageWords = textWords(body);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null || e.is("article, main, body, [itemprop=articleBody]")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank()) {
                continue;
            }
            boolean furniture = FURNITURE_NAMES.matcher(names).find();
            boolean ad = !furniture && AD_NAMES.matcher(names).find();
            if (!furniture && !ad) {
                continue;
            }
            int w = textWords(e);
            // an ad or paywall slot holds a label or a teaser; one with real paragraphs wraps the story
            if (furniture && w < 0.4 * pageWords || ad && w < 25) {
                e.remove();
            }
        }
    }

    private static Element fallbackRoot(Document doc) {
        Element best = doc.selectFirst("[itemprop=articleBody]");
        for (Element a : doc.select("article, main, [role=main]")) {
            if (best == null || textWords(a) > textWords(best)) {
                best = a;
            }
        }
        return best != null && textWords(best) >= 0.5 * textWords(doc.body()) ? best : doc.body();
    }

    /** The words a reader reads in an element: its paragraphs as written, without link lists, for comparing containers. */
    static int textWords(Element e) {
        int n = 0;
        for (Block b : new Renderer().render(e)) {
            n += b.linkDensity() <= 0.5 ? words(b.text()) : 0;
        }
        return n;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static boolean furniture(Block b) {
        String s = b.text();
        int w = words(s);
        if (w == 0) {
            return true;
        }
        // a list of links: related stories, tags, navigation
        if (b.linkDensity() > 0.6 && w < 40) {
            return true;
        }
        if (w <= 9 && DATE_LINE.matcher(s).matches() && DATE_WORD.matcher(s).find()) {
            return true;
        }
        return w <= 40 && FURNITURE_LINE.matcher(s.replace('\n', ' ')).matches();
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    /** A paragraph as written: its text and the share of it inside links. */
    record Block(String text, double linkDensity) {
    }

    /** Writes block elements as paragraphs and {@code <br>} as a line break, in document order. */
    static final class Renderer {
        private final List<Block> out = new ArrayList<>();
        private final StringBuilder cur = new StringBuilder();
        private int linkChars;
        private int inLink;

        List<Block> render(Element root) {
            walk(root);
            flush();
            return out;
        }

        private void walk(Node n) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
                if (t.parent() instanceof Element p && p.is("pre")) {
                    s = t.getWholeText();
                }
                append(s);
                return;
            }
            if (!(n instanceof Element e)) {
                return;
            }
            if (e.is("br")) {
                append("\n");
                return;
            }
            boolean block = e.is(BLOCK_TAGS);
            boolean link = e.is("a");
            if (block) {
                flush();
            }
            inLink += link ? 1 : 0;
            for (Node c : e.childNodes()) {
                walk(c);
            }
            inLink -= link ? 1 : 0;
            if (block) {
                flush();
            }
        }

        private void append(String s) {
            if (s.isEmpty()) {
                return;
            }
            cur.append(s);
            if (inLink > 0) {
                linkChars += s.strip().length();
            }
        }

        private void flush() {
            String s = cur.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll("\\n{2,}", "\n").strip();
            if (!s.isEmpty()) {
                int len = s.replaceAll("\\s", "").length();
                out.add(new Block(s, len == 0 ? 0 : Math.min(1.0, linkChars / (double) Math.max(1, len))));
            }
            cur.setLength(0);
            linkChars = 0;
        }
    }
}
