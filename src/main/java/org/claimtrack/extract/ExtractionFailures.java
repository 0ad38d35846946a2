package org.claimtrack.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stage failures of the extractor, counted per stage for the whole JVM and logged once each with the
 * article's hash (the same SHA-256 as the article's content hash), so that a partial extraction is never
 * silent. Plain Java: the web layer reads {@link #counts()} for its metrics.
 */
public final class ExtractionFailures {

    private static final System.Logger LOG = System.getLogger(Extractor.class.getName());
    private static final Map<String, LongAdder> BY_STAGE = new ConcurrentHashMap<>();

    private ExtractionFailures() {
    }

    /** Counts and logs one failure of {@code stage} on {@code text}. Never throws. */
    static void record(String stage, String text, Throwable e) {
        BY_STAGE.computeIfAbsent(stage, k -> new LongAdder()).increment();
        try {
            String msg = "extraction stage " + stage + " failed on article sha256=" + sha256(text) + ": " + e;
            // an Error's trace (a stack overflow's thousand frames) says nothing the message does not
            LOG.log(System.Logger.Level.WARNING, msg, e instanceof RuntimeException ? e : null);
        } catch (RuntimeException | OutOfMemoryError ignored) {
            // the count above stands even when there is no memory left to log
        }
    }

    /** Failures so far of one stage, 0 when it never failed. */
    public static long count(String stage) {
        LongAdder a = BY_STAGE.get(stage);
        return a == null ? 0 : a.sum();
    }

    /** Failures so far by stage name, in name order. */
    public static Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        BY_STAGE.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
