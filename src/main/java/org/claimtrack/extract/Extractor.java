package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.ClassifyStage;
import org.claimtrack.extract.pipeline.CleanStage;
import org.claimtrack.extract.pipeline.FindCuesStage;
import org.claimtrack.extract.pipeline.FindSourcesAndContentsStage;
import org.claimtrack.extract.pipeline.HedgeStage;
import org.claimtrack.extract.pipeline.ParseStage;
import org.claimtrack.extract.pipeline.ResolveNamesStage;
import org.claimtrack.extract.pipeline.SegmentStage;
import org.claimtrack.extract.pipeline.Stage;

/**
 * The one entry point of attribution extraction, shared by the web endpoint, the CLI, ingest and the
 * benchmarks. Plain Java: {@link #shared()} builds the CoreNLP models once per JVM; {@link #extract}
 * is thread-safe and never throws.
 */
public final class Extractor {

    public static final String VERSION = "claimtrack-extractor 0.3.0";

    /** The name failures of building the answer (after the stages) are counted under. */
    public static final String RESULT_STAGE = "toResult";

    private static volatile Extractor shared;

    private final List<Stage> stages;

    /** The process-wide extractor, built on first use (loading CoreNLP takes 10-20 s). */
    public static Extractor shared() {
        Extractor e = shared;
        if (e == null) {
            synchronized (Extractor.class) {
                e = shared;
                if (e == null) {
                    e = new Extractor();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** An extractor over the given stages (tests: a stage that throws). */
    public static Extractor of(List<Stage> stages) {
        return new Extractor(stages);
    }

    private Extractor(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    private Extractor() {
        this.stages = List.of(
                new CleanStage(),
                new SegmentStage(),
                new ParseStage(),
                new FindCuesStage(),
                new FindSourcesAndContentsStage(),
                new ResolveNamesStage(),
                new ClassifyStage(),
                new HedgeStage());
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs the stages on a fresh document; a failing stage leaves what the earlier ones found, is
     * logged and counted ({@link ExtractionFailures}) and named in {@link ArticleDoc#failedStages}.
     */
    public ArticleDoc analyse(String text) {
        ArticleDoc doc = new ArticleDoc(text);
        boolean timing = Boolean.getBoolean("ct.timing");
        for (Stage s : stages) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the caller gave up (the web endpoint's time budget): stop spending the core
            }
            long t0 = System.nanoTime();
            try {
                s.apply(doc);
                if (timing) {
                    System.err.printf("%-28s %8.1f ms%n", s.name(), (System.nanoTime() - t0) / 1e6);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // never fail the caller: keep going with what we have, but say so
                doc.failedStages.add(s.name());
                ExtractionFailures.record(s.name(), doc.raw, e);
            }
        }
        return doc;
    }

    public ExtractionResult extract(String text) {
        String t = text == null ? "" : text;
        try {
            return toResult(analyse(t));
        } catch (RuntimeException | StackOverflowError e) {
            ExtractionFailures.record(RESULT_STAGE, t, e);
            return new ExtractionResult(VERSION, List.of(), List.of(), List.of(RESULT_STAGE));
        }
    }

    /** Converts char offsets to code points and drops anything that would not hold up in the contract. */
    public static ExtractionResult toResult(ArticleDoc doc) {
        return toResult(doc, new ArrayList<>());
    }

    /**
     * {@link #toResult(ArticleDoc)}, adding to produced the document's claim behind each claim of the
     * answer, in the same order (the scorer's per-pattern report reads their patterns).
     */
    public static ExtractionResult toResult(ArticleDoc doc, List<ArticleDoc.Claim> produced) {
        Offsets off = new Offsets(doc.raw);
        List<ExtractedClaim> out = new ArrayList<>();
        List<ArticleDoc.Claim> claims = new ArrayList<>(doc.claims);
        claims.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        for (ArticleDoc.Claim c : claims) {
            try {
                if (c.kind == null || c.end <= c.start) {
                    continue;
                }
                Span content = off.span(c.start, c.end);
                SourceMention src = null;
                Span cue = null;
                if (c.kind != Kind.UNATTRIBUTED) {
                    if (c.hasSource()) {
                        Span ss = off.span(c.srcStart, c.srcEnd);
                        src = new SourceMention(ss.start(), ss.end(), ss.text(),
                                c.name == null ? ss.text() : c.name,
                                c.sourceType == null ? SourceType.UNNAMED : c.sourceType, c.handle);
                    }
                    if (c.cueStart >= 0 && c.cueEnd > c.cueStart) {
                        cue = off.span(c.cueStart, c.cueEnd);
                    }
                }
                Kind kind = contractKind(c.kind, src != null, cue != null);
                QuoteType q = kind == Kind.UNATTRIBUTED ? QuoteType.NONE : (c.quote == QuoteType.NONE ? QuoteType.INDIRECT : c.quote);
                out.add(new ExtractedClaim(content.start(), content.end(), content.text(), kind, src, cue, q, c.hedges));
                produced.add(c);
            } catch (RuntimeException e) {
                // skip one bad claim rather than the whole answer
            }
        }
        List<Span> furniture = new ArrayList<>();
        for (int[] f : doc.furniture) {
            try {
                furniture.add(off.span(f[0], f[1]));
            } catch (RuntimeException e) {
                // ignore
            }
        }
        return new ExtractionResult(VERSION, out, furniture, doc.failedStages);
    }

    /**
     * The claim contract ({@link ClaimContract}, docs/extractor.md): an attribution that names no source
     * rests on unnamed people, so it is ANONYMOUS_SOURCE ("temperatures are forecast to ..."); one with
     * neither source nor cue is no attribution at all and stays the article's own assertion.
     */
    static Kind contractKind(Kind kind, boolean hasSource, boolean hasCue) {
        if (kind == Kind.UNATTRIBUTED || hasSource) {
            return kind;
        }
        return hasCue ? Kind.ANONYMOUS_SOURCE : Kind.UNATTRIBUTED;
    }

    /** UTF-16 index to code point index, never splitting a surrogate pair. */
    static final class Offsets {
        private final String s;
        /** cp[i] = number of code points in s[0:i]. */
        private final int[] cp;

        Offsets(String s) {
            this.s = s;
            this.cp = new int[s.length() + 1];
            for (int i = 0; i < s.length(); i++) {
                boolean pairTail = Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                cp[i + 1] = cp[i] + (pairTail ? 0 : 1);
            }
        }

        Span span(int start, int end) {
            int a = Math.max(0, Math.min(start, s.length()));
            int b = Math.max(a, Math.min(end, s.length()));
            if (a > 0 && a < s.length() && Character.isLowSurrogate(s.charAt(a)) && Character.isHighSurrogate(s.charAt(a - 1))) {
                a--;
            }
            if (b > 0 && b < s.length() && Character.isLowSurrogate(s.charAt(b)) && Character.isHighSurrogate(s.charAt(b - 1))) {
                b++;
            }
            return new Span(cp[a], cp[b], s.substring(a, b));
        }
    }
}
