package org.claimtrack.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimtrack.common.ClaimtrackConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Loads the demo articles from {@code seeds/} on start; the content hash makes a restart add nothing. */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    ClaimtrackConfig config;

    @Inject
    ArticleService articles;

    @Inject
    ArticleEditService edits;

    /**
     * A closing line such as "Seun Durojaiye is a journalist with International Center for Investigative
     * Reporting (ICIR)." names the byline and the outlet (its short name when the line gives one).
     * The date comes from the seed format's " date YYYY-MM-DD" header (ArticleService).
     */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?m)^\\s*(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}) is an? (?:journalist|reporter|correspondent|writer|editor)"
            + " (?:with|at|for) (?:the )?([^()\\n.]{2,120}?)(?: \\(([\\p{Lu}]{2,12})\\))?\\.?\\s*\\z");

    record SignOff(String byline, String outlet) {
    }

    static SignOff signOff(String text) {
        Matcher m = SIGN_OFF.matcher(text);
        if (!m.find()) {
            return new SignOff(null, null);
        }
        return new SignOff(m.group(1), m.group(3) != null ? m.group(3) : m.group(2).strip());
    }

    @Inject
    ExtractorWarmup warmup;

    /** With a background warm-up the seeds load after it, off the start path (see ExtractorWarmup). */
    void onStart(@Observes @Priority(100) StartupEvent ev) {
        if (!warmup.inBackground()) {
            load();
        }
    }

    public void load() {
        if (!config.loadSeeds()) {
            return;
        }
        Path dir = Path.of(config.seedsDir());
        if (!Files.isDirectory(dir)) {
            LOG.infof("No seeds folder at %s: nothing to load", dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            LOG.warnf("Cannot list seeds in %s: %s", dir, e.getMessage());
            return;
        }
        int added = 0;
        for (Path f : files) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                SignOff by = signOff(text);
                IngestResult r = articles.ingest(new IngestRequest(text, null, by.outlet(), null, null, by.byline()), "seed");
                if (!r.duplicate()) {
                    added++;
                } else {
                    // loaded by an older version that did not read the sign-off: fill in what is missing
                    edits.fillMissing(r.article().id, by.outlet(), null, by.byline(), "seed");
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Seed %s not loaded: %s", f.getFileName(), e.getMessage());
            }
        }
        LOG.infof("Seeds: %d file(s), %d new article(s)", files.size(), added);
    }
}
