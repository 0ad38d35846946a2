package org.claimtrack.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests per second (benchmark, not a test): the main pages of a running claimtrack beside a static file,
 * each hammered by {@code wrk} (100 connections, 2 threads) for a fixed time, with a browser's session
 * cookie, a personal API token (Bearer) or HTTP Basic. Prints a Markdown table of req/s, p50, p99, errors
 * and each page's ratio to the static file (docs/review.md, "Serving").
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtrack.hardening.PageRateBench \
 *     -Dexec.args="http://127.0.0.1:8094 admin admin-pass 100 20"
 * </pre>
 * Arguments: base URL, user, password, connections (100), seconds per page (20). Needs {@code wrk}
 * ({@code apt-get install wrk}).
 */
public final class PageRateBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageRateBench() {
    }

    record Target(String name, String path, Map<String, String> headers) {
    }

    record Result(double rps, String p50, String p99, long errors) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://127.0.0.1:8094";
        String user = args.length > 1 ? args[1] : "admin";
        String password = args.length > 2 ? args[2] : "admin-pass";
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        if (!base.startsWith("http://127.") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses, not " + base);
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String cookie = login(http, base, user, password);
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"PageRateBench\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
        long article = biggestArticle(http, base, basic);
        String reviewPath = "/articles/" + article;
        HttpResponse<String> review = http.send(HttpRequest.newBuilder(URI.create(base + reviewPath))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        String etag = review.headers().firstValue("ETag").orElse("none");

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("static file /static/app.css", "/static/app.css", Map.of()));
        targets.add(new Target("review page (session)", reviewPath, Map.of("Cookie", cookie)));
        targets.add(new Target("review page, If-None-Match (304)", reviewPath, Map.of("Cookie", cookie, "If-None-Match", etag)));
        targets.add(new Target("article list / (session)", "/", Map.of("Cookie", cookie)));
        targets.add(new Target("claims list (session)", "/claims?article=" + article, Map.of("Cookie", cookie)));
        targets.add(new Target("GET /api/articles/{id} (Bearer)", "/api/articles/" + article,
                Map.of("Authorization", "Bearer " + token)));
        targets.add(new Target("GET /api/articles/{id} (session)", "/api/articles/" + article, Map.of("Cookie", cookie)));
        targets.add(new Target("GET /api/articles/{id} (Basic)", "/api/articles/" + article, Map.of("Authorization", basic)));

        System.out.printf("%d connections, %d s per page, article %d (%d bytes of review page)%n", connections, seconds,
                article, review.body().length());
        System.out.println("| page | req/s | p50 | p99 | errors | vs static |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        double staticRps = 0;
        for (Target t : targets) {
            Result r = wrk(base + t.path(), t.headers(), connections, seconds);
            if (staticRps == 0) {
                staticRps = r.rps();
            }
            System.out.printf("| %s | %.0f | %s | %s | %d | %.2fx |%n", t.name(), r.rps(), r.p50(), r.p99(), r.errors(),
                    r.rps() / staticRps);
        }
    }

    static String login(HttpClient http, String base, String user, String password) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        List<String> cookies = new ArrayList<>();
        for (String c : r.headers().allValues("Set-Cookie")) {
            cookies.add(c.split(";", 2)[0]);
        }
        // a fixed CSRF cookie, as a browser keeps one
        cookies.add("claimtrack-csrf=bench-csrf-token-0123456789");
        return String.join("; ", cookies);
    }

    static long biggestArticle(HttpClient http, String base, String basic) throws IOException, InterruptedException {
        JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=100"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).body());
        long best = -1;
        long most = -1;
        for (JsonNode a : list) {
            if (a.path("claimCount").asLong() > most) {
                most = a.path("claimCount").asLong();
                best = a.get("id").asLong();
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no articles: import some first");
        }
        return best;
    }

    static Result wrk(String url, Map<String, String> headers, int connections, int seconds)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s"));
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.forEach((k, v) -> {
            cmd.add("-H");
            cmd.add(k + ": " + v);
        });
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)", "0"));
        long non2xx = Long.parseLong(find(out, "Non-2xx or 3xx responses:\\s+(\\d+)", "0"));
        long socket = 0;
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (m.find()) {
            for (int i = 1; i <= 4; i++) {
                socket += Long.parseLong(m.group(i));
            }
        }
        return new Result(rps, find(out, "\\s50%\\s+(\\S+)", "?"), find(out, "\\s99%\\s+(\\S+)", "?"), non2xx + socket);
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
