package org.claimtrack.ingest;

import java.util.concurrent.atomic.AtomicReference;

import org.claimtrack.extract.Extractor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Loads the extractor (CoreNLP's models: seconds) and runs it a few times while the app starts, so that
 * the first ingest is as fast as the tenth; then loads the seeds. In the background by default, so the
 * pages answer at once; {@code /q/health/ready} says DOWN until the extractor is warm. Tests run it on the
 * start path instead, so they never race it.
 */
@ApplicationScoped
public class ExtractorWarmup {

    private static final Logger LOG = Logger.getLogger(ExtractorWarmup.class);

    /** Exercises every stage: quotes, a tweet, an anonymous source, a hedge, a named speaker. */
    static final String TEXT = "The minister said on Monday that prices would probably fall next year. "
            + "\"We are ready,\" officials told reporters, according to a statement. "
            + "Two senior officials, speaking on condition of anonymity, warned of further attacks. "
            + "The agency reported that the bridge was closed.";
    static final int ROUNDS = 30;

    /** {@code claimtrack.warmup.background}: false runs the warm-up (and the seeds) on the start path. */
    @ConfigMapping(prefix = "claimtrack.warmup")
    public interface Config {
        @WithDefault("true")
        boolean background();
    }

    @Inject
    Config config;

    @Inject
    SeedLoader seeds;

    private final AtomicReference<String> state = new AtomicReference<>("waiting");

    public boolean inBackground() {
        return config.background();
    }

    void onStart(@Observes @Priority(90) StartupEvent ev) {
        if (!config.background()) {
            warm();
            return;
        }
        Thread t = new Thread(() -> {
            warm();
            seeds.load();
        }, "claimtrack-warmup");
        t.setDaemon(true);
        t.start();
    }

    void warm() {
        long t0 = System.nanoTime();
        state.set("loading");
        try {
            Extractor ex = Extractor.shared();
            long loaded = System.nanoTime();
            state.set("warming");
            for (int i = 0; i < ROUNDS; i++) {
                ex.extract(TEXT + " Round " + i + ".");
            }
            state.set("ready");
            LOG.infof("Extractor loaded in %d ms and warmed in %d ms", (loaded - t0) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
        } catch (RuntimeException | Error e) {
            // extraction loads lazily on first use then; ready, so the app is not held out of service
            state.set("ready");
            LOG.error("Extractor warm-up failed; it loads on first use", e);
        }
    }

    public boolean isReady() {
        return "ready".equals(state.get());
    }

    /** waiting, loading, warming or ready (a method: the check holds a client proxy, whose fields are its own). */
    public String state() {
        return state.get();
    }

    /** Readiness: DOWN (503) until the extractor is warm. */
    @ApplicationScoped
    @Readiness
    public static class Check implements HealthCheck {

        @Inject
        ExtractorWarmup warmup;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("extractor").status(warmup.isReady()).withData("state", warmup.state())
                    .build();
        }
    }
}
