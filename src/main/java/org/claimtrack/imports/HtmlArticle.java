package org.claimtrack.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.IngestRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A news page turned into an article: its main text without navigation, ads, share bars or comment
 * forms, and title, byline, published date and canonical URL from meta tags and JSON-LD.
 */
public final class HtmlArticle {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Never article text, whatever the page's layout. */
    private static final String JUNK_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, footer, figure figcaption, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], [role=contentinfo]";

    /** Class or id words of site furniture: share bars, ads, comments, newsletters, related links. */
    private static final Pattern JUNK_NAMES = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|comments?|disqus|ad|ads|advert\\w*|sponsor\\w*|promo\\w*|newsletter|"
                    + "subscribe|subscription|related|recommend\\w*|cookie\\w*|consent|breadcrumbs?|menu|sidebar|"
                    + "nav|navbar|masthead|footer|outbrain|taboola|paywall|signup|popup|modal|toolbar|tags)($|[-_\\s])");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th";

    private HtmlArticle() {
    }

    /** Parses the page; {@code fetchedFrom} is the URL it came from, or null for an uploaded file. */
    public static IngestRequest parse(String html, String fetchedFrom) {
        return parse(Jsoup.parse(html, fetchedFrom == null ? "" : fetchedFrom), fetchedFrom);
    }

    /**
     * Parses page bytes: the charset is the given one (from Content-Type), else a byte order mark or
     * the page's meta charset, else UTF-8, as browsers do.
     */
    public static IngestRequest parse(byte[] html, String charset, String fetchedFrom) {
        try {
            return parse(Jsoup.parse(new ByteArrayInputStream(html), charset, fetchedFrom == null ? "" : fetchedFrom),
                    fetchedFrom);
        } catch (IOException | IllegalArgumentException e) {
            throw ApiError.of(422, "unreadable HTML: " + e.getMessage());
        }
    }

    static IngestRequest parse(Document doc, String fetchedFrom) {
        JsonNode ld = newsArticle(doc);
        String title = first(meta(doc, "og:title"), text(ld, "headline"), text(ld, "name"), doc.title(),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String byline = first(author(ld), meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"),
                doc.selectFirst("[rel=author], [itemprop=author], .byline") == null ? null
                        : doc.selectFirst("[rel=author], [itemprop=author], .byline").text());
        LocalDate published = date(first(meta(doc, "article:published_time"), text(ld, "datePublished"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "pubdate"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime")));
        String canonical = first(httpOrNull(doc.selectFirst("link[rel=canonical]") == null ? null
                : doc.selectFirst("link[rel=canonical]").absUrl("href")), httpOrNull(meta(doc, "og:url")),
                httpOrNull(text(ld, "url")), httpOrNull(fetchedFrom));
        JsonNode publisher = ld == null ? null : ld.get("publisher");
        String outlet = first(meta(doc, "og:site_name"), publisher == null ? null : text(publisher, "name"));
        String text = mainText(doc, title);
        return new IngestRequest(text, clip(title, 1000), clip(outlet, 200), canonical, published, clip(byline, 500));
    }

    /** The readable text: paragraphs of the article body, each separated by a blank line. */
    static String mainText(Document doc, String title) {
        Element body = doc.body();
        body.select(JUNK_TAGS).remove();
        // the site's header goes; an article's own header holds its headline and stays
        for (Element h : body.select("header")) {
            if (h.closest("article") == null) {
                h.remove();
            }
        }
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && isJunk(e)) {
                e.remove();
            }
        }
        Element main = first(body.selectFirst("[itemprop=articleBody]"), largest(body.select("article")),
                body.selectFirst("main"), body.selectFirst("[role=main]"));
        if (main == null) {
            main = body;
        }
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = main.select(BLOCKS);
        if (blocks.isEmpty()) {
            paragraphs.add(main.text());
        } else {
            for (Element b : blocks) {
                // a block inside another block (li > p) is written once, by the innermost
                if (!b.select(BLOCKS).stream().filter(x -> x != b).toList().isEmpty()) {
                    String own = ownText(b);
                    if (!own.isBlank()) {
                        paragraphs.add(own);
                    }
                    continue;
                }
                paragraphs.add(b.text());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            String s = p.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (s.isEmpty() || out.isEmpty() && title != null && s.equals(title.strip())) {
                continue; // the headline repeated as the first block would become a claim
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(s);
        }
        return out.toString();
    }

    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !c.is(BLOCKS) && c.select(BLOCKS).isEmpty()) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    private static boolean isJunk(Element e) {
        if (e.is("article, main, body, [itemprop=articleBody]")) {
            return false;
        }
        String names = e.className() + " " + e.id();
        return !names.isBlank() && JUNK_NAMES.matcher(names).find();
    }

    private static Element largest(Elements elements) {
        Element best = null;
        for (Element e : elements) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    /** The page's JSON-LD object of an article type, also inside arrays and {@code @graph}. */
    static JsonNode newsArticle(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(s.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // a broken JSON-LD block is common; the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n, int depth) {
        if (n == null || depth > 5) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!n.isObject()) {
            return null;
        }
        JsonNode type = n.get("@type");
        if (type != null) {
            String types = type.toString().toLowerCase(Locale.ROOT);
            if (types.contains("article") || types.contains("blogposting") || types.contains("report")) {
                return n;
            }
        }
        return findArticle(n.get("@graph"), depth + 1);
    }

    private static String author(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return null;
        }
        JsonNode a = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
            String name = one.isTextual() ? one.asText() : text(one, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode n, String field) {
        if (n == null || n.get(field) == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isValueNode() ? v.asText() : null;
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    /** A page's date, or null: one that cannot be stored (year 0, 99999) is as good as none. */
    static LocalDate date(String value) {
        LocalDate d = parsedDate(value);
        return d == null || d.isBefore(org.claimtrack.common.Inputs.MIN_DATE)
                || d.isAfter(org.claimtrack.common.Inputs.MAX_DATE) ? null : d;
    }

    private static LocalDate parsedDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = ISO_DATE.matcher(value);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
            return null;
        }
    }

    private static String httpOrNull(String url) {
        return url != null && !url.isBlank() && ArticleService.isHttpUrl(url) ? url.strip() : null;
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
