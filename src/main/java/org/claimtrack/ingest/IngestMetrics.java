package org.claimtrack.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.claimtrack.extract.ExtractionResult;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The app's own metrics at /q/metrics beside Quarkus' HTTP timings per route and the ingest timer
 * ({@code @Timed} on ArticleService.ingest): extraction time and failures, claims per article, and import items by status (all jobs, read from the
 * database at most every 5 s, so every instance reports the same numbers).
 */
@ApplicationScoped
public class IngestMetrics {

    static final List<String> ITEM_STATES = List.of("PENDING", "DONE", "FAILED", "SKIPPED");
    private static final long REFRESH_MS = 5_000;

    @Inject
    MeterRegistry registry;

    @Inject
    AgroalDataSource db;

    private Timer extraction;
    private Counter extractionFailures;
    private DistributionSummary claims;
    private final Map<String, Long> items = new ConcurrentHashMap<>();
    private volatile long itemsReadAt;

    void register(@Observes StartupEvent ev) {
        extraction = Timer.builder("claimtrack.extraction").description("Time to extract the claims of one article")
                .publishPercentileHistogram().register(registry);
        extractionFailures = Counter.builder("claimtrack.extraction.failures")
                .description("Extractions that threw (the ingest failed)").register(registry);
        claims = DistributionSummary.builder("claimtrack.extraction.claims").description("Claims found per article")
                .baseUnit("claims").register(registry);
        for (String s : ITEM_STATES) {
            Gauge.builder("claimtrack.import.items", this, m -> m.itemCount(s)).tag("status", s.toLowerCase())
                    .description("Import job items by status, all jobs").register(registry);
        }
    }

    /** Times one extraction and counts its claims or its failure. */
    public ExtractionResult extract(Supplier<ExtractionResult> run) {
        if (extraction == null) {
            return run.get(); // before start (a CLI run): nothing registered
        }
        long t0 = System.nanoTime();
        try {
            ExtractionResult r = run.get();
            claims.record(r.claims().size());
            for (String stage : r.failures()) {
                // a stage that threw: the extraction went on without it (partial), counted per stage
                Counter.builder("claimtrack.extraction.stage.failures").tag("stage", stage)
                        .description("Extractor stages that threw; the article was stored with what the others found")
                        .register(registry).increment();
            }
            return r;
        } catch (RuntimeException | Error e) {
            extractionFailures.increment();
            throw e;
        } finally {
            extraction.record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    double itemCount(String status) {
        long now = System.currentTimeMillis();
        if (now - itemsReadAt > REFRESH_MS) {
            itemsReadAt = now;
            try (Connection c = db.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select status, count(*) from import_item group by status")) {
                ITEM_STATES.forEach(s -> items.put(s, 0L));
                while (rs.next()) {
                    items.put(rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                return Double.NaN;
            }
        }
        return items.getOrDefault(status, 0L);
    }
}
