package org.claimtrack.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.Outlet;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimStatus;
import org.claimtrack.review.Rating;
import org.claimtrack.sources.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A test article of its own with hand-made claims: every kind of field filled somewhere, an emoji
 * before the spans (code points differ from UTF-16 indexes), a line break inside a claim, and text
 * that a spreadsheet would run as a formula in a claim, a source name and a verdict explanation.
 */
final class ExportFixture {

    static final String EVIL_CLAIM = "=HYPERLINK(\"http://evil.example/\",\"click\") is fine";
    static final String EVIL_EXPLANATION = "-2+3 is what @SUM(A1) says";
    static final String TAB_EXPLANATION = "\tstarts with a tab";

    final long articleId;
    final String text;
    final String title;
    final String sourceName;

    private ExportFixture(long articleId, String text, String title, String sourceName) {
        this.articleId = articleId;
        this.text = text;
        this.title = title;
        this.sourceName = sourceName;
    }

    static ExportFixture create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String text = "Emoji 😀 opens report " + tag + ". The minister said " + EVIL_CLAIM + ".\n"
                + "According to sources, \"prices will\nfall\" soon. Agency X warned of delays. "
                + "Unattributed fact here. A rejected sentence.";
        String title = "Export fixture " + tag;
        String sourceName = "+Jane Minister " + tag;
        // the article row is made directly: the fixture needs no extractor, whichever one main has
        long id = article(text, title, "Fixture Outlet " + tag, "https://example.org/export/" + tag,
                LocalDate.of(2020, 1, 5), "By Tester");
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = Article.findById(id);
            Source minister = new Source();
            minister.name = sourceName;
            minister.type = SourceType.PERSON;
            minister.persist();

            Claim c1 = claim(a, text, EVIL_CLAIM, Kind.NAMED_SOURCE, QuoteType.INDIRECT);
            span(c1, text, "The minister", "said");
            c1.sourceName = "Jane Minister";
            c1.sourceType = SourceType.PERSON;
            c1.sourceHandle = "@jminister";
            c1.source = minister;
            c1.hedges = new ArrayList<>(List.of("is fine"));
            c1.verdictRating = Rating.FALSE;
            c1.verdictExplanation = EVIL_EXPLANATION;
            c1.verdictEvidence = new ArrayList<>(List.of("https://evidence.example/1", "https://evidence.example/2"));
            c1.verdictBy = "chuck";
            c1.verdictAt = OffsetDateTime.of(2020, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC);
            // the ClaimReview export holds published fact-checks only
            c1.status = ClaimStatus.PUBLISHED;
            c1.publishedAt = c1.verdictAt;
            c1.persist();

            Claim c2 = claim(a, text, "\"prices will\nfall\" soon", Kind.ANONYMOUS_SOURCE, QuoteType.MIXED);
            span(c2, text, "sources", "According to");
            c2.sourceType = SourceType.UNNAMED;
            c2.verdictRating = Rating.UNVERIFIABLE;
            c2.verdictExplanation = TAB_EXPLANATION;
            c2.verdictBy = "chuck";
            c2.verdictAt = OffsetDateTime.of(2020, 2, 2, 10, 0, 0, 0, ZoneOffset.UTC);
            c2.status = ClaimStatus.PUBLISHED;
            c2.publishedAt = c2.verdictAt;
            c2.persist();

            // a source known by name only (no words in the text), no cue
            Claim c3 = claim(a, text, "warned of delays", Kind.OFFICIAL_STATEMENT, QuoteType.INDIRECT);
            c3.sourceName = "Agency X";
            c3.sourceType = SourceType.GOVERNMENT;
            c3.persist();

            claim(a, text, "Unattributed fact here.", Kind.UNATTRIBUTED, QuoteType.NONE).persist();

            Claim rejected = claim(a, text, "A rejected sentence.", Kind.UNATTRIBUTED, QuoteType.NONE);
            rejected.status = ClaimStatus.REJECTED;
            rejected.persist();
        });
        return new ExportFixture(id, text, title, sourceName);
    }

    /** An article row of its own (in its own transaction); its id. */
    static long article(String text, String title, String outlet, String url, LocalDate published, String byline) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = new Article();
            a.rawText = text;
            a.contentHash = ArticleService.sha256(text);
            a.title = title;
            a.outlet = Outlet.findOrCreate(outlet);
            a.url = url;
            a.published = published;
            a.byline = byline;
            a.extractorVersion = "test fixture";
            a.ingestedBy = "test";
            a.persist();
            return a.id;
        });
    }

    static int cp(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part);
        }
        return text.codePointCount(0, i);
    }

    static Claim claim(Article a, String text, String content, Kind kind, QuoteType quote) {
        Claim c = new Claim();
        c.article = a;
        c.start = cp(text, content);
        c.end = c.start + content.codePointCount(0, content.length());
        c.content = content;
        c.kind = kind;
        c.quote = quote;
        return c;
    }

    static void span(Claim c, String text, String source, String cue) {
        c.sourceStart = cp(text, source);
        c.sourceEnd = c.sourceStart + source.length();
        c.sourceText = source;
        c.cueStart = cp(text, cue);
        c.cueEnd = c.cueStart + cue.length();
        c.cueText = cue;
    }

    /** The article's claims (rejected ones left out) as a brat file carries them, in document order. */
    static List<BratClaim> storedClaims(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofArticle(articleId).stream()
                .map(c -> new BratClaim(c.start, c.end, c.content, c.kind.name(), c.quote.name(), c.hedges,
                        c.sourceStart, c.sourceEnd, c.sourceText, c.source != null ? c.source.name : c.sourceName,
                        c.source != null ? c.source.type.name() : c.sourceType == null ? null : c.sourceType.name(),
                        c.sourceHandle, c.cueStart, c.cueEnd, c.cueText))
                .toList());
    }
}
