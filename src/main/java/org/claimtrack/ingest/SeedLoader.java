package org.claimtrack.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                IngestResult r = articles.ingest(new IngestRequest(text, null, null, null, null, null), "seed");
                if (!r.duplicate()) {
                    added++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Seed %s not loaded: %s", f.getFileName(), e.getMessage());
            }
        }
        LOG.infof("Seeds: %d file(s), %d new article(s)", files.size(), added);
    }
}
