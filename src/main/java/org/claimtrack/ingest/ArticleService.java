package org.claimtrack.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.Inputs;
import org.claimtrack.extract.ClaimContract;
import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Span;
import org.claimtrack.review.Claim;
import org.claimtrack.sources.SourceResolver;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Ingest: one article and all its claims in one transaction, idempotent by content hash. */
@ApplicationScoped
public class ArticleService {

    /** The seed format's first line: " date 2020-01-05 ..." gives the published date. */
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

    @Inject
    ClaimtrackConfig config;

    @Inject
    SourceResolver sources;

    @Inject
    EntityManager em;

    @Inject
    IngestMetrics metrics;

    @Inject
    org.claimtrack.compare.ClusterService clusters;

    /** The extraction ingest runs; only tests put another in (a stage that throws). */
    private volatile java.util.function.Function<String, ExtractionResult> extractor = t -> Extractor.shared().extract(t);

    /** Tests: ingest through {@code e} instead of the shared extractor; null puts the shared one back. */
    void extractWith(java.util.function.Function<String, ExtractionResult> e) {
        extractor = e != null ? e : t -> Extractor.shared().extract(t);
    }

    /** A warning in words for each extractor stage that failed: the review page shows the claims may be incomplete. */
    static List<String> partialWarnings(ExtractionResult r) {
        List<String> out = new ArrayList<>();
        for (String stage : r.failures()) {
            out.add("extraction was partial: stage " + stage + " failed");
        }
        return out;
    }

    @io.micrometer.core.annotation.Timed(value = "claimtrack.ingest", description = "Time to ingest one article (extract and store)")
    public IngestResult ingest(IngestRequest req, String user) {
        return ingest(req, user, null);
    }

    /**
     * Ingests for an import item ({@code importItem}, or null): the article remembers the item, so that
     * the item's retry after a crash finds its own article and reports it done, not as a duplicate.
     */
    public IngestResult ingest(IngestRequest req, String user, Long importItem) {
        String text = validate(req);
        String hash = sha256(text);
        Article existing = QuarkusTransaction.requiringNew().call(() -> Article.findByHash(hash));
        if (existing != null) {
            if (existing.groupingPending) {
                // a crash came between its commit and its grouping: group it now
                clusters.afterIngest(existing.id);
            }
            boolean own = importItem != null && importItem.equals(existing.importItemId);
            return new IngestResult(existing, !own);
        }
        // the slow part runs outside any transaction: no connection is held while parsing
        ExtractionResult extracted = metrics.extract(() -> extractor.apply(text));
        // what the claim table would refuse is left out before it is asked, with a warning in words
        List<String> warnings = new ArrayList<>(partialWarnings(extracted));
        ExtractionResult extraction = new ExtractionResult(extracted.extractor(),
                storable(extracted.claims(), text, warnings), extracted.furniture());
        if (blankToNull(req.outlet()) != null) {
            // concurrent imports naming the same new outlet: let the database pick one row, so that
            // no ingest fails on the outlet's unique name
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into outlet (name) values (?1) on conflict (name) do nothing")
                    .setParameter(1, req.outlet().strip()).executeUpdate());
        }
        Long id = null;
        for (int attempt = 1; id == null; attempt++) {
            try {
                id = QuarkusTransaction.requiringNew().call(() -> store(req, text, hash, extraction, warnings, user, importItem).id);
            } catch (RuntimeException e) {
                if (isUniqueViolation(e)) {
                    // another request stored the same text meanwhile: the unique hash decided, nothing partial is left
                    Article winner = QuarkusTransaction.requiringNew().call(() -> Article.findByHash(hash));
                    if (winner != null) {
                        return new IngestResult(winner, true);
                    }
                }
                if (isRefusedData(e)) {
                    // a claim the database refused although the contract passed it: the article still goes in
                    id = storeClaimByClaim(req, text, hash, extraction, warnings, user, importItem);
                    break;
                }
                // two ingests that name the same canonical source at once (a new alias, handle or the
                // source itself): the loser's transaction left nothing behind and retries on the winner's
                if (attempt >= 3 || !(isUniqueViolation(e) || isStaleUpdate(e))) {
                    throw e;
                }
            }
        }
        Long stored = id;
        // same-claim groups take the new article in at once (its own transactions)
        clusters.afterIngest(stored);
        return new IngestResult(QuarkusTransaction.requiringNew().call(() -> Article.findById(stored)), false);
    }

    private static boolean isStaleUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fallback when the database refused a claim the contract let through (the two have drifted):
     * the article first, then each claim in a transaction of its own; a refused claim becomes a warning.
     */
    Long storeClaimByClaim(IngestRequest req, String text, String hash, ExtractionResult extraction,
            List<String> contractWarnings, String user, Long importItem) {
        ExtractionResult none = new ExtractionResult(extraction.extractor(), List.of(), extraction.furniture());
        Long id = QuarkusTransaction.requiringNew().call(() -> store(req, text, hash, none, user, importItem).id);
        List<String> warnings = new ArrayList<>(contractWarnings);
        for (ExtractedClaim c : extraction.claims()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    toEntity(Article.findById(id), c).persist();
                    em.flush();
                });
            } catch (RuntimeException e) {
                warnings.add(ClaimContract.describe(c, List.of("the database refused it (" + rootMessage(e) + ")")));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = Article.findById(id);
            a.warnings = new ArrayList<>(warnings);
        });
        return id;
    }

    /** The claims the contract lets through; a warning in words for each one it does not. */
    static List<ExtractedClaim> storable(List<ExtractedClaim> claims, String text, List<String> warnings) {
        int len = text.codePointCount(0, text.length());
        List<ExtractedClaim> ok = new ArrayList<>();
        for (ExtractedClaim c : claims) {
            List<String> problems = ClaimContract.problems(c, len);
            if (problems.isEmpty()) {
                ok.add(c);
            } else {
                warnings.add(ClaimContract.describe(c, problems));
            }
        }
        return ok;
    }

    /** Stores the article with the given extraction; must run in a transaction. Package-visible for tests. */
    Article store(IngestRequest req, String text, String hash, ExtractionResult extraction, String user,
            Long importItem) {
        return store(req, text, hash, extraction, List.of(), user, importItem);
    }

    /** Stores the article, the claims as given and the warnings; must run in a transaction. */
    Article store(IngestRequest req, String text, String hash, ExtractionResult extraction, List<String> warnings,
            String user, Long importItem) {
        Article a = new Article();
        a.groupingPending = config.compare().groupAtIngest();
        a.importItemId = importItem;
        a.warnings = new ArrayList<>(warnings);
        a.rawText = text;
        a.contentHash = hash;
        a.title = title(req, text);
        a.url = blankToNull(req.url());
        a.byline = blankToNull(req.byline());
        a.published = req.published() != null ? req.published() : headerDate(text);
        a.outlet = blankToNull(req.outlet()) == null ? null : Outlet.findOrCreate(req.outlet().strip());
        a.extractorVersion = extraction.extractor();
        a.ingestedBy = user;
        a.persist();
        for (Span f : extraction.furniture()) {
            em.createNativeQuery("insert into article_furniture (article_id, start_offset, end_offset) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
                    .setParameter(1, a.id).setParameter(2, f.start()).setParameter(3, f.end()).executeUpdate();
        }
        for (ExtractedClaim c : extraction.claims()) {
            toEntity(a, c).persist();
        }
        em.flush();
        return a;
    }

    public Claim toEntity(Article a, ExtractedClaim c) {
        Claim e = new Claim();
        e.article = a;
        e.start = c.start();
        e.end = c.end();
        e.content = c.text();
        e.kind = c.kind();
        e.quote = c.quote();
        e.hedges = new java.util.ArrayList<>(c.hedges());
        if (c.source() != null) {
            e.sourceStart = c.source().start();
            e.sourceEnd = c.source().end();
            e.sourceText = c.source().text();
            e.sourceName = c.source().name();
            e.sourceType = c.source().type();
            e.sourceHandle = c.source().handle();
            e.source = sources.resolve(c.source());
        }
        if (c.cue() != null) {
            e.cueStart = c.cue().start();
            e.cueEnd = c.cue().end();
            e.cueText = c.cue().text();
        }
        return e;
    }

    /** The checks of an ingest, without storing: public so that a batch can check every document first. */
    public String validate(IngestRequest req) {
        String text = req.text();
        if (text == null || text.isEmpty()) {
            throw ApiError.of(400, "empty body: send the article text");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
            throw ApiError.of(413, "article too large: the limit is " + config.maxBodyBytes() + " bytes");
        }
        if (text.isBlank()) {
            throw ApiError.of(422, "the article text is blank");
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiError.of(422, "the article text contains NUL characters: is it a binary file?");
        }
        Inputs.noNul(req.title(), "title");
        Inputs.noNul(req.outlet(), "outlet");
        Inputs.noNul(req.url(), "url");
        Inputs.noNul(req.byline(), "byline");
        Inputs.date(req.published(), "published");
        if (req.url() != null && !req.url().isBlank() && !isHttpUrl(req.url())) {
            throw ApiError.of(422, "url must be an http or https URL");
        }
        if (req.title() != null && req.title().length() > 1000) {
            throw ApiError.of(422, "title is longer than 1000 characters");
        }
        if (req.outlet() != null && req.outlet().length() > 200) {
            throw ApiError.of(422, "outlet is longer than 200 characters");
        }
        return text;
    }

    public static boolean isHttpUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static LocalDate parseDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.of(400, field + " must be a date YYYY-MM-DD, not '" + Inputs.noNul(value, field) + "'");
        }
        return Inputs.date(d, field);
    }

    /** The seed format's header as a line or a prefix of its own: " date 2020-01-05 " or "date 2020-01-05\n". */
    private static final Pattern DATE_HEADER_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]*\\R\\s*|[ \\t]+|\\z)");

    /**
     * A .txt import in the seed format: the date header is metadata, so it sets the published date
     * (unless one is given) and never reaches the stored text.
     */
    public static IngestRequest withoutDateHeader(IngestRequest req) {
        if (req.text() == null) {
            return req;
        }
        Matcher m = DATE_HEADER_LINE.matcher(req.text());
        if (!m.find()) {
            return req;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return req;
        }
        String rest = req.text().substring(m.end());
        if (rest.isBlank()) {
            return req;
        }
        return new IngestRequest(rest, req.title(), req.outlet(), req.url(),
                req.published() != null ? req.published() : date, req.byline());
    }

    static LocalDate headerDate(String text) {
        Matcher m = DATE_HEADER.matcher(text);
        if (m.find()) {
            try {
                LocalDate d = LocalDate.parse(m.group(1));
                return d.getYear() >= 1 ? d : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** A title when none is given: the first line that reads like one, else the start of the first sentence. */
    static String title(IngestRequest req, String text) {
        if (req.title() != null && !req.title().isBlank()) {
            return req.title().strip();
        }
        String body = DATE_HEADER.matcher(text).replaceFirst("").strip();
        for (String line : body.split("\\R")) {
            String l = line.strip();
            if (l.split("\\s+").length >= 5 && l.length() <= 140 && !l.matches(".*[.:]$")) {
                return l;
            }
            if (l.split("\\s+").length >= 5) {
                break;
            }
        }
        int stop = body.indexOf(". ");
        String first = stop > 0 ? body.substring(0, stop) : body;
        first = first.replaceAll("\\s+", " ").strip();
        return first.length() <= 120 ? first : first.substring(0, first.lastIndexOf(' ', 117) > 40 ? first.lastIndexOf(' ', 117) : 117) + "…";
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A check, not-null, foreign-key or data error (SQL states 22xxx, 23xxx), other than a duplicate. */
    private static boolean isRefusedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String state = t instanceof ConstraintViolationException c ? c.getSQLState()
                    : t instanceof java.sql.SQLException q ? q.getSQLState() : null;
            if (state != null && (state.startsWith("22") || state.startsWith("23")) && !state.equals("23505")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return true;
            }
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
