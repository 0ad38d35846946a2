package org.claimtrack.imports;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.ingest.ArticleService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A news page's metadata: title, outlet, byline, published date and canonical URL, from the page's
 * own statements first (meta tags, JSON-LD), then its visible markup, then its address.
 */
record HtmlMetadata(String title, String outlet, String byline, LocalDate published, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    /** Words a page uses as a section or page label, never as its outlet's name ("U.S." on a Reuters page). */
    private static final Set<String> NOT_AN_OUTLET = Set.of("u.s.", "us", "world", "news", "politics", "business", "home",
            "homepage", "article", "articles", "opinion", "sports", "tech", "technology", "health", "science", "local",
            "national", "international", "latest", "top stories", "breaking news", "video", "live", "markets", "europe",
            "americas", "asia", "middle east", "africa", "uk", "entertainment", "lifestyle", "culture", "wordpress");

    /** Hosts of well-known outlets, by registrable domain: the readable name a newsroom would write. */
    private static final Map<String, String> HOSTS = Map.ofEntries(
            Map.entry("reuters.com", "Reuters"), Map.entry("apnews.com", "Associated Press"),
            Map.entry("nytimes.com", "The New York Times"), Map.entry("washingtonpost.com", "The Washington Post"),
            Map.entry("wsj.com", "The Wall Street Journal"), Map.entry("bbc.co.uk", "BBC News"), Map.entry("bbc.com", "BBC News"),
            Map.entry("cnn.com", "CNN"), Map.entry("foxnews.com", "Fox News"), Map.entry("nbcnews.com", "NBC News"),
            Map.entry("cbsnews.com", "CBS News"), Map.entry("abcnews.go.com", "ABC News"), Map.entry("npr.org", "NPR"),
            Map.entry("politico.com", "Politico"), Map.entry("theguardian.com", "The Guardian"),
            Map.entry("usatoday.com", "USA Today"), Map.entry("latimes.com", "Los Angeles Times"),
            Map.entry("bloomberg.com", "Bloomberg"), Map.entry("aljazeera.com", "Al Jazeera"), Map.entry("axios.com", "Axios"),
            Map.entry("thehill.com", "The Hill"), Map.entry("huffpost.com", "HuffPost"), Map.entry("breitbart.com", "Breitbart"),
            Map.entry("nypost.com", "New York Post"), Map.entry("cnbc.com", "CNBC"), Map.entry("ft.com", "Financial Times"),
            Map.entry("economist.com", "The Economist"), Map.entry("theatlantic.com", "The Atlantic"),
            Map.entry("newsweek.com", "Newsweek"), Map.entry("time.com", "Time"), Map.entry("vox.com", "Vox"),
            Map.entry("pbs.org", "PBS"), Map.entry("independent.co.uk", "The Independent"),
            Map.entry("telegraph.co.uk", "The Telegraph"), Map.entry("dw.com", "DW"), Map.entry("france24.com", "France 24"),
            Map.entry("afp.com", "AFP"), Map.entry("chicagotribune.com", "Chicago Tribune"),
            Map.entry("bostonglobe.com", "The Boston Globe"), Map.entry("sfchronicle.com", "San Francisco Chronicle"),
            Map.entry("texastribune.org", "The Texas Tribune"), Map.entry("propublica.org", "ProPublica"),
            Map.entry("apnews.org", "Associated Press"), Map.entry("msnbc.com", "MSNBC"), Map.entry("yahoo.com", "Yahoo News"));

    static HtmlMetadata of(Document doc, String fetchedFrom) {
        JsonNode ld = newsArticle(doc);
        String url = first(httpOrNull(attr(doc.selectFirst("link[rel=canonical]"), "abs:href")), httpOrNull(meta(doc, "og:url")),
                httpOrNull(text(ld, "url")), httpOrNull(fetchedFrom));
        String outlet = outlet(doc, ld, url);
        String title = title(doc, ld, outlet);
        return new HtmlMetadata(clip(title, 1000), clip(outlet, 200), clip(byline(doc, ld), 500), published(doc, ld), url);
    }

    private static String title(Document doc, JsonNode ld, String outlet) {
        String t = first(meta(doc, "og:title"), text(ld, "headline"), meta(doc, "twitter:title"), text(ld, "name"),
                textOf(doc.selectFirst("article h1, main h1, h1")), doc.title());
        if (t == null) {
            return null;
        }
        // "Storm hits coast | Daily Example": the outlet's name is not part of the headline
        Matcher m = Pattern.compile("^(.{12,}?)\\s+[|–—-]\\s+([^|–—-]{2,60})$").matcher(t.strip());
        String suffix = m.find() ? m.group(2).strip().toLowerCase(Locale.ROOT) : null;
        if (suffix != null && outlet != null && (outlet.toLowerCase(Locale.ROOT).contains(suffix)
                || suffix.contains(outlet.toLowerCase(Locale.ROOT)))) {
            return m.group(1).strip();
        }
        return t;
    }

    static String outlet(Document doc, JsonNode ld, String url) {
        JsonNode publisher = ld == null ? null : ld.get("publisher");
        if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
            publisher = publisher.get(0);
        }
        for (String candidate : new String[] {meta(doc, "og:site_name"), publisher == null ? null
                : publisher.isTextual() ? publisher.asText() : text(publisher, "name"), meta(doc, "application-name"),
                meta(doc, "publisher"), meta(doc, "dc.publisher")}) {
            if (candidate != null && !candidate.isBlank() && !NOT_AN_OUTLET.contains(candidate.strip().toLowerCase(Locale.ROOT))
                    && !candidate.strip().startsWith("http")) {
                return candidate.strip();
            }
        }
        return hostName(url);
    }

    /** The readable name of a known outlet's host, else the host itself without "www.". */
    static String hostName(String url) {
        if (url == null) {
            return null;
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|amp|edition|mobile)\\.", "");
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String known = HOSTS.get(h);
            if (known != null) {
                return known;
            }
        }
        return host;
    }

    private static String byline(Document doc, JsonNode ld) {
        String fromLd = author(ld);
        if (fromLd != null) {
            return fromLd;
        }
        for (String b : new String[] {meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"),
                meta(doc, "parsely-author"), meta(doc, "dc.creator"),
                textOf(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author, [class*=byline]"))}) {
            if (b != null && !b.isBlank() && !b.strip().startsWith("http")) {
                return b.strip().replaceFirst("(?i)^by\\s+", "");
            }
        }
        return null;
    }

    private static LocalDate published(Document doc, JsonNode ld) {
        return date(first(meta(doc, "article:published_time"), text(ld, "datePublished"), meta(doc, "parsely-pub-date"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "pubdate"),
                meta(doc, "sailthru.date"), attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), text(ld, "dateCreated")));
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
            if (name != null && !name.isBlank() && !name.strip().startsWith("http")) {
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

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
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
        return t.isEmpty() ? null : t.length() <= max ? t : t.substring(0, max);
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
