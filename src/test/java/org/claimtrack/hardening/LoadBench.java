package org.claimtrack.hardening;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Load benchmark (not a unit test): N concurrent readers, each logged in with its own session as a
 * browser is, read article and review pages of a running claimtrack over loopback for a fixed time,
 * then p50/p99 per page and the error count are printed.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtrack.hardening.LoadBench \
 *     -Dexec.args="http://127.0.0.1:8094 admin admin-pass 100 60"
 * </pre>
 * Arguments: base URL, user, password, clients (100), seconds (60). Pages that the running build does not
 * have (404) are left out and named in the output.
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://127.0.0.1:8094";
        String user = args.length > 1 ? args[1] : "admin";
        String password = args.length > 2 ? args[2] : "admin-pass";
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        if (!base.startsWith("http://127.") && !base.startsWith("http://localhost") && !base.startsWith("http://[::1]")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses, not " + base);
        }

        HttpClient probe = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        JsonNode articles = new ObjectMapper().readTree(probe.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=50"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).body());
        List<Long> ids = new ArrayList<>();
        articles.forEach(a -> ids.add(a.get("id").asLong()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("no articles to read: import some first");
        }
        List<String> candidates = List.of("/", "/articles/{id}", "/claims?article={id}", "/api/articles/{id}",
                "/api/claims?article={id}");
        List<String> pages = new ArrayList<>();
        for (String c : candidates) {
            int status = probe.send(HttpRequest.newBuilder(URI.create(base + c.replace("{id}", String.valueOf(ids.get(0)))))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                pages.add(c);
            } else {
                System.out.println("left out (" + status + " in this build): " + c);
            }
        }
        System.out.printf("%d readers, %d s, %d articles, pages %s%n", clients, seconds, ids.size(), pages);

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        pages.forEach(p -> latencies.put(p, Collections.synchronizedList(new ArrayList<>())));
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        // every reader logs in first; the timed reading starts when all are in
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(clients);
        java.util.concurrent.atomic.AtomicLong deadlineHolder = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "reader");
            t.setDaemon(true); // exec:java waits for non-daemon threads
            return t;
        });
        AtomicLong logins = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                // a browser: one form login, then the session cookie on every request
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
                String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8);
                long l0 = System.nanoTime();
                HttpResponse<Void> login;
                try {
                    login = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
                } finally {
                    ready.countDown();
                }
                if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                    errors.incrementAndGet();
                    errorKinds.computeIfAbsent("login " + login.statusCode() + " "
                            + login.headers().firstValue("Location").orElse(""), k -> new AtomicLong()).incrementAndGet();
                    return null;
                }
                logins.addAndGet(System.nanoTime() - l0);
                go.await();
                long deadline = deadlineHolder.get();
                int n = client;
                while (System.nanoTime() < deadline) {
                    String page = pages.get(n % pages.size());
                    long id = ids.get((n / pages.size()) % ids.size());
                    n++;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base
                                + page.replace("{id}", String.valueOf(id)))).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.computeIfAbsent(page + " " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        } else {
                            latencies.get(page).add(System.nanoTime() - t0);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent(page + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long loginStart = System.nanoTime();
        // a reader whose login throws counts down too, so this never waits past the login timeout
        if (!ready.await(180, TimeUnit.SECONDS)) {
            System.out.println("not every reader could log in within 180 s");
        }
        System.out.printf("all logged in after %.1f s; reading for %d s%n", (System.nanoTime() - loginStart) / 1e9, seconds);
        deadlineHolder.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
        go.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 120L);
        for (Future<?> f : futures) {
            try {
                f.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                System.out.println("a reader failed: " + e);
                errors.incrementAndGet();
            }
        }
        pool.shutdownNow();

        List<Long> all = new ArrayList<>();
        System.out.println("| page | requests | p50 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        Map<String, List<Long>> sorted = new TreeMap<>(latencies);
        for (var e : sorted.entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            System.out.println(row(e.getKey(), l));
        }
        System.out.println(row("**all**", all));
        System.out.printf("throughput: %.0f requests/s; mean login %.0f ms; errors: %d %s%n", all.size() / (double) seconds,
                logins.get() / 1e6 / Math.max(1, clients), errors.get(), errorKinds);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    static String row(String name, List<Long> nanos) {
        Collections.sort(nanos);
        return String.format("| `%s` | %d | %.1f | %.1f | %.1f |", name, nanos.size(), pct(nanos, 0.50), pct(nanos, 0.99),
                nanos.isEmpty() ? 0.0 : nanos.get(nanos.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
