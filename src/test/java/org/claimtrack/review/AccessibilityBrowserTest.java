package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.imports.Jobs;
import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every page, as each role that sees it, in the light and the dark scheme: axe-core (vendored under
 * src/test/resources/axe, injected by Playwright, no network) finds no serious or critical violation; in the
 * dark scheme no element keeps a near-white background; at 400 px and at 1400 px no page is wider than the
 * window. All findings are collected, then reported together.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    static final String ANONYMOUS = "";
    static final int[] WIDTHS = {400, 1400};

    /** Serious and critical axe violations, a few nodes each, as one line of text per violation. */
    static final String AXE = "async () => { const r = await axe.run(document, { resultTypes: ['violations'] });"
            + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + " .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')"
            + " + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ']').join('; ')); }";

    /** Elements painted near-white (relative luminance above 0.7) although the scheme is dark; kind chips keep theirs. */
    static final String LIGHT_LEFT = "() => { const lum = c => { const m = c.match(/[\\d.]+/g); if (!m || m.length < 3"
            + " || (m.length > 3 && Number(m[3]) === 0)) return 0; const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92"
            + " : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(+m[0]) + 0.7152 * f(+m[1]) + 0.0722 * f(+m[2]); };"
            + " return [...document.querySelectorAll('body, body *')].filter(e => !e.closest('.kind-chip, svg')"
            + " && e.checkVisibility() && lum(getComputedStyle(e).backgroundColor) > 0.7)"
            + " .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.'"
            + " + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + getComputedStyle(e).backgroundColor); }";

    /** The page's width, the window's, and the innermost elements reaching past the window's right edge. */
    static final String WIDE = "() => [document.documentElement.scrollWidth, innerWidth, [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1 && ![...e.children].some(c =>"
            + " c.getBoundingClientRect().right > innerWidth + 1)).slice(0, 4).map(e => e.tagName.toLowerCase()"
            + " + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim()"
            + ".split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')]";

    static Browsers browsers;
    static String axe;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browsers = Browsers.start();
    }

    @AfterAll
    static void stop() {
        Browsers.stop(browsers);
    }

    /** The pages and who sees them: address -> the roles (ANONYMOUS: without logging in). */
    Map<String, List<String>> pages() {
        ReviewFixtures.Made m = ReviewFixtures.article("Accessible pages");
        long tweet = m.claims().get("tweet");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "FALSE", "explanation",
                "Prices rose the following year.", "evidence", List.of("https://stats.example/cpi"), "version",
                ReviewFixtures.version(tweet))).put("/api/claims/" + tweet + "/verdict").then().statusCode(200);
        as(TestUsers.CHECKER).post("/api/claims/" + tweet + "/publish").then().statusCode(200);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("text", "Is this still up, @" + TestUsers.EDITOR + "?"))
                .post("/api/claims/" + tweet + "/comments").then().statusCode(201);
        long source = as(TestUsers.VIEWER).get("/api/claims/" + tweet).jsonPath().getLong("source.id");
        long job = as(TestUsers.EDITOR).multiPart("files", "story.txt", "An imported story. It has two sentences."
                .getBytes(StandardCharsets.UTF_8), "text/plain").post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        Jobs.await(job);
        List<Integer> groups = as(TestUsers.VIEWER).get("/api/clusters?limit=1").jsonPath().getList("id");

        List<String> all = List.of(TestUsers.VIEWER, TestUsers.CHECKER, TestUsers.EDITOR, TestUsers.ADMIN);
        List<String> editors = List.of(TestUsers.EDITOR, TestUsers.ADMIN);
        // a role that may not open a page sees the 403 page there
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("login", List.of(ANONYMOUS));
        pages.put("fact-checks/" + tweet, List.of(ANONYMOUS, TestUsers.VIEWER));
        pages.put("fact-checks/987654321", List.of(ANONYMOUS));
        pages.put("", all);
        pages.put("articles/" + m.article() + "?claim=" + tweet, all);
        pages.put("claims", all);
        pages.put("claims?article=" + m.article(), all);
        pages.put("queue", all);
        pages.put("sources", all);
        pages.put("sources/" + source, all);
        pages.put("clusters", all);
        if (!groups.isEmpty()) {
            pages.put("clusters/" + groups.get(0), all);
        }
        pages.put("profile", all);
        pages.put("account", all);
        pages.put("articles/new", editors);
        pages.put("import", all);
        pages.put("imports/" + job, editors);
        pages.put("admin/users", all);
        pages.put("no-such-page", all); // the 404 page
        return pages;
    }

    Page open(String user) {
        BrowserContext ctx = browsers.context(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setBypassCSP(true)); // the CSP forbids inline script, and axe is injected as one
        ctx.setDefaultTimeout(30_000);
        Page page = ctx.newPage();
        if (!user.isEmpty()) {
            Browsers.logIn(page, base, user);
        }
        return page;
    }

    @Test
    void everyPageForEveryRoleIsAccessibleInBothSchemesAndFitsTheWindow() {
        Map<String, List<String>> pages = pages();
        List<String> roles = List.of(ANONYMOUS, TestUsers.VIEWER, TestUsers.CHECKER, TestUsers.EDITOR, TestUsers.ADMIN);
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String role : roles) {
            Page page = open(role);
            for (var e : pages.entrySet()) {
                if (!e.getValue().contains(role)) {
                    continue;
                }
                String where = "/" + e.getKey() + " as " + (role.isEmpty() ? "anonymous" : role);
                checked++;
                check(page, e.getKey(), where, found);
            }
            page.context().close();
        }
        System.out.println("accessibility: " + checked + " page views checked, " + found.size() + " finding(s)");
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @SuppressWarnings("unchecked")
    private void check(Page page, String path, String where, List<String> found) {
        page.setViewportSize(1400, 900);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(base + path);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            String label = where + " (" + scheme.name().toLowerCase() + ")";
            for (Object v : (List<Object>) page.evaluate(AXE)) {
                found.add(label + ": " + v);
            }
            if (scheme == ColorScheme.DARK) {
                for (Object v : (List<Object>) page.evaluate(LIGHT_LEFT)) {
                    found.add(label + ": light background left: " + v);
                }
            }
        }
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            List<Object> w = (List<Object>) page.evaluate(WIDE);
            if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
                found.add(where + " at " + width + " px: the page is " + w.get(0) + " px wide; past the edge: " + w.get(2));
            }
        }
    }
}
