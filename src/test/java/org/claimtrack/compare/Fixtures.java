package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.Outlet;
import org.claimtrack.review.Claim;
import org.claimtrack.sources.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Test data made directly as entities: an article whose text is the given sentences, and claims
 * with chosen contents, kinds and attributions (never the extractor's output, which is changing).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A word no other test or seed contains, to keep each test's data its own. */
    public static String nonce() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static final String[] WORDS = ("river flood village harvest school teacher bridge market price grain "
            + "budget council mayor festival museum painter orchestra railway station tunnel forest wolf glacier "
            + "summit island ferry harbour lighthouse storm drought vineyard copper mine union strike hospital nurse "
            + "vaccine library archive court ruling election ballot").split(" ");

    /**
     * Sentences on topics far from each other, from the seeds and from every other fixture: an embedding sees
     * random words of one vocabulary as alike, so a claim that must stay ungrouped takes one of these instead.
     * Each is handed out once per JVM ({@link #unrelated}); {@code UnrelatedPoolTest} proves the shipped
     * matcher keeps every pair of them apart.
     */
    static final List<String> UNRELATED = List.of(
            "the bakery on the corner now sells sourdough loaves only on Saturdays",
            "a rare comet will be visible to the naked eye just after sunset in late spring",
            "the chess champion resigned after sixty moves in a drawn-out endgame",
            "knitting circles have become popular with teenagers in suburban towns",
            "the zoo's oldest tortoise celebrated its one hundred and twentieth birthday",
            "engineers replaced the elevator cables in the downtown parking garage",
            "a violinist left a priceless instrument in the back seat of a taxi",
            "sales of electric scooters doubled among commuters during the summer",
            "the spelling bee was won by a twelve-year-old who spelled a botanical term",
            "volunteers planted two thousand oak saplings along the motorway verge",
            "the cheese factory switched to recyclable wax for its wheels of gouda",
            "an amateur astronomer photographed a meteor shower from her rooftop",
            "the ballet company postponed its winter tour because of a dancer's injury",
            "a cookbook of grandmother recipes topped the bestseller list for weeks",
            "the marathon course was rerouted around the new cycling lanes",
            "researchers taught crows to recognise human faces in a laboratory game",
            "the toy maker recalled plastic building blocks with a choking hazard",
            "a heatwave made ice cream parlours run out of vanilla by noon",
            "the city aquarium unveiled a tank of glowing jellyfish for children",
            "a famous tenor cancelled his opera debut after losing his voice",
            "the skateboard park will stay open until midnight on weekends",
            "a beekeeper found a swarm of honeybees inside an abandoned piano",
            "the fashion show featured coats made from recycled fishing nets",
            "a teenager solved the puzzle cube in under five seconds at the tournament",
            "the lottery jackpot went unclaimed for the third draw in a row",
            "a yoga instructor led a class of three hundred people on the beach",
            "the circus retired its last elephants to a sanctuary in the hills",
            "a pastry chef built a life-size sculpture of a giraffe out of chocolate",
            "the golf club banned mobile phones from its eighteenth green",
            "a snowboarder broke the record for the longest jump on the glacier run");

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_UNRELATED =
            new java.util.concurrent.atomic.AtomicInteger();

    /** The next sentence of {@link #UNRELATED} (each once per JVM), marked with the test's nonce. */
    public static String unrelated(String nonce) {
        int i = NEXT_UNRELATED.getAndIncrement();
        if (i >= UNRELATED.size()) {
            throw new IllegalStateException("more unrelated sentences asked for than Fixtures.UNRELATED holds");
        }
        return UNRELATED.get(i) + " " + nonce;
    }

    /** A sentence of random words seeded by the given string: unrelated to any other such sentence. */
    public static String words(String seed, int count) {
        java.util.Random r = new java.util.Random(seed.hashCode());
        StringBuilder s = new StringBuilder(seed);
        for (int i = 0; i < count; i++) {
            s.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** An article (no extractor run, no automatic grouping) whose text is the sentences joined by spaces. */
    public static long article(String outlet, LocalDate published, String... sentences) {
        String text = String.join(" ", sentences);
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = new Article();
            a.title = "Test article " + nonce();
            a.rawText = text;
            a.contentHash = ArticleService.sha256(text + a.title);
            a.published = published;
            a.outlet = outlet == null ? null : Outlet.findOrCreate(outlet);
            a.extractorVersion = "test fixture";
            a.ingestedBy = "test";
            a.persist();
            return a.id;
        });
    }

    public record Spec(String content, Kind kind, Long sourceId, String sourceText, String cue, List<String> hedges) {
        public static Spec of(String content) {
            return new Spec(content, Kind.UNATTRIBUTED, null, null, null, List.of());
        }

        public static Spec of(String content, Kind kind, Long sourceId, String sourceText, String cue, String... hedges) {
            return new Spec(content, kind, sourceId, sourceText, cue, List.of(hedges));
        }
    }

    /** Claims of the article; each content (and its source and cue words) must occur in the article text. */
    public static List<Long> claims(long articleId, Spec... specs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article a = Article.findById(articleId);
            List<Long> ids = new ArrayList<>();
            for (Spec s : specs) {
                Claim c = new Claim();
                c.article = a;
                c.start = at(a.rawText, s.content());
                c.end = c.start + s.content().length();
                c.content = s.content();
                c.kind = s.kind();
                c.quote = s.kind() == Kind.UNATTRIBUTED ? QuoteType.NONE : QuoteType.INDIRECT;
                c.hedges = new ArrayList<>(s.hedges());
                if (s.sourceText() != null || s.sourceId() != null) {
                    String words = s.sourceText() == null ? "" : s.sourceText();
                    c.sourceStart = s.sourceText() == null ? null : at(a.rawText, words);
                    c.sourceEnd = s.sourceText() == null ? null : c.sourceStart + words.length();
                    c.sourceText = s.sourceText();
                    c.source = s.sourceId() == null ? null : Source.findById(s.sourceId());
                    c.sourceName = c.source == null ? s.sourceText() : c.source.name;
                    c.sourceType = c.source == null ? org.claimtrack.extract.SourceType.UNNAMED : c.source.type;
                }
                if (s.cue() != null) {
                    c.cueStart = at(a.rawText, s.cue());
                    c.cueEnd = c.cueStart + s.cue().length();
                    c.cueText = s.cue();
                }
                c.persist();
                ids.add(c.id);
            }
            return ids;
        });
    }

    /** A canonical source made directly (not through the resolver). */
    public static long source(String name, org.claimtrack.extract.SourceType type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = new Source();
            s.name = name;
            s.type = type;
            s.keys.add(org.claimtrack.sources.SourceNames.key(name));
            s.persist();
            return s.id;
        });
    }

    private static int at(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the article text");
        }
        return text.codePointCount(0, i);
    }
}
