package org.claimtrack.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Takes docs/screenshots/*.png of a running claimtrack with the demo data a newcomer sees (the seeds, loaded
 * on the first start of an empty database), not of a test database. Not a test. Start a fresh instance, then:
 *
 * <pre>
 * CLAIMTRACK_DB_DIR=/tmp/demo/pgdata CLAIMTRACK_ADMIN_PASSWORD=demo-password PORT=18480 java -jar target/quarkus-app/quarkus-run.jar
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtrack.testing.DemoScreenshots \
 *   -Dexec.args="http://localhost:18480 admin demo-password docs/screenshots"
 * </pre>
 */
public final class DemoScreenshots {

    private DemoScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String user = args[1];
        String password = args[2];
        Path out = Path.of(args.length > 3 ? args[3] : "docs/screenshots");
        Files.createDirectories(out);
        // the first seed (000_...) is the first article loaded; the largest group compares the most outlets
        long article = json(base + "/api/articles?limit=1000", user, password).findValues("id").stream()
                .mapToLong(JsonNode::asLong).min().orElseThrow();
        JsonNode groups = json(base + "/api/clusters?limit=1000", user, password);
        JsonNode biggest = null;
        for (JsonNode g : groups) {
            if (biggest == null || g.get("articles").asInt() > biggest.get("articles").asInt()) {
                biggest = g;
            }
        }
        // the machine's Chromium (testing.Chromium), never a download
        Playwright.CreateOptions env = new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        try (Playwright pw = Playwright.create(env); Browser browser = Chromium.launch(pw)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 1000));
            page.navigate(base + "/login");
            page.fill("input[name=j_username]", user);
            page.fill("input[name=j_password]", password);
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            shoot(page, base + "/articles", out.resolve("articles.png"), true);
            shoot(page, base + "/articles/" + article, out.resolve("review.png"), false);
            if (biggest != null) {
                shoot(page, base + "/clusters/" + biggest.get("id").asLong(), out.resolve("cluster.png"), false);
            }
            shoot(page, base + "/profile", out.resolve("profile.png"), false);
        }
        System.out.println("screenshots of " + base + " in " + out + " (article " + article + ", group "
                + (biggest == null ? "none" : biggest.get("id")) + ")");
    }

    static void shoot(Page page, String url, Path file, boolean fullPage) {
        page.navigate(url);
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
    }

    static JsonNode json(String url, String user, String password) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + res.statusCode() + " " + res.body());
        }
        return new ObjectMapper().readTree(res.body());
    }
}
