package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The review page in Debian's Chromium: started once for the class (slow on 2 cores). */
@QuarkusTest
class ReviewBrowserTest {

    static Browsers browsers;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() {
        browsers = Browsers.start();
    }

    @AfterAll
    static void stop() {
        Browsers.stop(browsers);
    }

    /** What a page did that it should not: dialogs opened (alert), errors and console output. */
    record Watch(Page page, List<String> dialogs, List<String> errors) {
    }

    Watch login(String user) {
        Page page = browsers.page(1440, 1000);
        List<String> dialogs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onPageError(errors::add);
        // which address failed, beside the console's bare "Failed to load resource"
        page.onResponse(r -> {
            if (r.status() >= 400 && r.status() != 409 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.request().method() + " " + r.url());
            }
        });
        page.onConsoleMessage(m -> {
            // the conflict page is a 409 document, which Chromium reports as a failed load: expected
            boolean conflictPage = m.text().contains("status of 409");
            // Chromium asks every new page for /favicon.ico, which the app does not have
            boolean favicon = m.location() != null && m.location().contains("favicon.ico");
            if ((m.type().equals("error") && !conflictPage && !favicon) || m.text().contains("xss")) {
                errors.add(m.text() + " at " + m.location());
            }
        });
        Browsers.logIn(page, base, user);
        return new Watch(page, dialogs, errors);
    }

    static void screenshot(Page page, String name) throws Exception {
        Path dir = Paths.get("target/screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    @Test
    void checkerReviewsWithKeysCorrectsUndoesAndNothingRuns() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Browser review");
        long tweet = m.claims().get("tweet");
        long official = m.claims().get("official");
        long anonymous = m.claims().get("anonymous");
        long ministerId = as(TestUsers.VIEWER).get("/api/claims/" + tweet).jsonPath().getLong("source.id");

        Watch w = login(TestUsers.CHECKER);
        Page page = w.page();
        assertTrue(page.locator("tr[data-article-id='" + m.article() + "']").count() == 1, "the article is listed");
        screenshot(page, "articles.png");

        page.navigate(base + "articles/" + m.article());
        // highlights of several kinds, each carrying its claim id; source and cue marked
        for (String kind : new String[] {"TWEET", "OFFICIAL_STATEMENT", "ANONYMOUS_SOURCE", "UNATTRIBUTED"}) {
            assertTrue(page.locator("#article-text .hl.k-" + kind + "[data-claim-id]").count() > 0, kind);
        }
        assertTrue(page.locator("#article-text .src").count() >= 3);
        assertTrue(page.locator("#article-text .cue").count() >= 3);
        // the hostile markup is text: visible literally, no element made of it, nothing ran
        String text = page.locator("#article-text").textContent();
        assertTrue(text.contains(ReviewFixtures.HOSTILE), text);
        assertEquals(m.text(), text, "the text content is the article text exactly");
        assertEquals(0, page.locator("#article-text img, #article-text script").count());
        assertTrue(page.getByText("<script>alert('xss')</script>", new Page.GetByTextOptions().setExact(false)).count() > 0);
        screenshot(page, "review.png");

        // the first claim is selected; j/k move through the claims
        page.locator(".panel-inner[data-claim-id='" + tweet + "']").waitFor();
        page.keyboard().press("j");
        page.locator(".panel-inner[data-claim-id='" + official + "']").waitFor();
        assertTrue(page.locator("#claim-" + official).getAttribute("class").contains("selected"));
        page.keyboard().press("j");
        page.locator(".panel-inner[data-claim-id='" + anonymous + "']").waitFor();
        page.keyboard().press("k");
        page.locator(".panel-inner[data-claim-id='" + official + "']").waitFor();
        assertTrue(page.locator("#article-text .selected[data-claims~='" + official + "']").count() > 0,
                "the highlight follows the row");

        // 5 = FALSE
        page.keyboard().press("5");
        page.locator("#page-notice").waitFor();
        assertTrue(page.locator("#page-notice").textContent().contains("Verdict set to FALSE"));
        assertEquals("FALSE", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("verdict.rating"));
        assertTrue(page.locator("#claim-" + official).textContent().contains("FALSE"));

        // correct the source: mark "The ministry" in the text and link it to the canonical "Hamid Karimi"
        page.keyboard().press("e");
        assertTrue(page.locator("#edit-details").getAttribute("open") != null);
        Object found = page.evaluate("needle => { const t = document.getElementById('article-text');"
                + " const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT); let n;"
                + " while ((n = w.nextNode())) { const i = n.data.indexOf(needle); if (i >= 0) {"
                + " const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + needle.length);"
                + " const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true; } } return false; }",
                "The ministry");
        assertEquals(Boolean.TRUE, found);
        page.waitForFunction("() => !getSelection().isCollapsed");
        page.click("#edit-form button.use-selection[data-start=sourceStart]");
        int expected = ReviewFixtures.cp(m.text(), "The ministry");
        assertEquals(String.valueOf(expected), page.inputValue("#edit-form input[name=sourceStart]"), "code points, not UTF-16");
        assertEquals(String.valueOf(expected + 12), page.inputValue("#edit-form input[name=sourceEnd]"));
        page.selectOption("#edit-source", String.valueOf(ministerId));
        page.click("#edit-form button[type=submit]");
        page.locator("#page-notice").waitFor();
        assertEquals("Hamid Karimi", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("source.name"));
        assertTrue(page.locator("#claim-" + official).textContent().contains("Hamid Karimi"));

        // u undoes it
        page.keyboard().press("u");
        page.waitForURL("**done=undo**");
        assertEquals("Ministry of Transport", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("source.name"));
        String history = page.locator("#history").textContent();
        assertTrue(history.contains("undo") && history.contains("correct") && history.contains("verdict"), history);
        assertTrue(history.contains(TestUsers.CHECKER));

        // clicking a highlight selects its row
        page.locator("#article-text .hl.k-ANONYMOUS_SOURCE").first().click();
        page.locator(".panel-inner[data-claim-id='" + anonymous + "']").waitFor();
        assertTrue(page.locator("#claim-" + anonymous).getAttribute("class").contains("selected"));

        // ? lists the shortcuts
        page.keyboard().press("?");
        assertTrue(page.locator("dialog#shortcuts").isVisible());
        page.keyboard().press("Escape");

        // a conflict: an editor saves a verdict while we type ours; our 3 gets the conflict page, nothing is lost
        page.fill("#verdict-form textarea[name=explanation]", "my careful reasons");
        as(TestUsers.EDITOR).contentType("application/json").body(java.util.Map.of("rating", "TRUE", "explanation",
                "the editor was first", "version", ReviewFixtures.version(anonymous)))
                .put("/api/claims/" + anonymous + "/verdict").then().statusCode(200);
        page.locator("#verdict-form textarea[name=explanation]").blur();
        page.keyboard().press("3");
        page.locator("#conflict-message").waitFor();
        assertTrue(page.content().contains("the editor was first"), "their change is shown");
        assertEquals("my careful reasons", page.inputValue("#reapply-form textarea[name=explanation], #reapply-form input[name=explanation]"));
        screenshot(page, "conflict.png");
        page.click("#reapply-form button[type=submit]");
        page.locator("#page-notice").waitFor();
        var verdict = as(TestUsers.VIEWER).get("/api/claims/" + anonymous).jsonPath();
        assertEquals("MIXED", verdict.getString("verdict.rating"));
        assertEquals("my careful reasons", verdict.getString("verdict.explanation"));

        assertEquals(List.of(), w.dialogs(), "no alert ran");
        assertEquals(List.of(), w.errors(), "no script error or console output");
        page.context().close();
    }

    @Test
    void viewerFindsNoEditControlsAndAForcedPostIsRefused() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Browser viewer");
        long official = m.claims().get("official");
        Watch w = login(TestUsers.VIEWER);
        Page page = w.page();
        // a seed article opens with its claims highlighted and listed
        long seed = as(TestUsers.VIEWER).queryParam("limit", 1000).get("/api/articles").jsonPath()
                .getLong("find { it.title.startsWith('Rockets hit Baghdad Green Zone') }.id");
        page.navigate(base + "articles/" + seed);
        int seedClaims = as(TestUsers.VIEWER).get("/api/articles/" + seed).jsonPath().getInt("claimCount");
        assertEquals(seedClaims, page.locator("#claims-table tbody tr").count());
        assertTrue(page.locator("#article-text [data-claim-id]").count() >= seedClaims);
        page.navigate(base + "claims?article=" + m.article());
        assertEquals(4, page.locator("table.claim-list tbody tr").count());
        screenshot(page, "claims.png");
        page.navigate(base + "articles/" + m.article() + "?claim=" + official);
        page.locator(".panel-inner[data-claim-id='" + official + "']").waitFor();
        assertEquals(0, page.locator("#claim-panel form").count(), "no forms in the panel");
        assertEquals(0, page.locator("#add-claim").count());
        page.keyboard().press("5");
        page.keyboard().press("x");
        // forced: a POST with a valid CSRF token from the page, as the viewer's session
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        var response = page.request().post(base + "articles/" + m.article() + "/claims/" + official + "/verdict",
                RequestOptions.create().setForm(FormData.create().set("csrf", token).set("rating", "TRUE")
                        .set("version", String.valueOf(ReviewFixtures.version(official)))).setMaxRedirects(0));
        assertEquals(403, response.status());
        var api = page.request().put(base + "api/claims/" + official + "/verdict", RequestOptions.create()
                .setHeader("X-CSRF-Token", token).setHeader("Content-Type", "application/json")
                .setData("{\"rating\":\"TRUE\",\"version\":" + ReviewFixtures.version(official) + "}"));
        assertEquals(403, api.status());
        assertTrue(as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().get("verdict") == null);
        assertEquals("NEW", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("status"));
        assertEquals(List.of(), w.dialogs());
        page.context().close();
    }

    /** Presses a key that saves a change to the claim shown, and waits for the page showing its new version. */
    static void pressAndWait(Page page, long claim, String key) {
        String panel = ".panel-inner[data-claim-id='" + claim + "']";
        String version = page.locator(panel).getAttribute("data-version");
        page.keyboard().press(key);
        page.locator(panel + ":not([data-version='" + version + "'])").waitFor();
    }

    static String verdict(long claim) {
        return as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getString("verdict.rating");
    }

    /**
     * Safe hands (issue 17, item 5): a verdict set by keyboard and a rejection leave the undo banner, its
     * Undo (button or u) takes the change back and then walks further back.
     */
    @Test
    void keyboardVerdictAndRejectionKeepTheirUndoBanner() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Safe hands");
        long official = m.claims().get("official");
        long anonymous = m.claims().get("anonymous");
        Watch w = login(TestUsers.CHECKER);
        Page page = w.page();
        page.navigate(base + "articles/" + m.article() + "?claim=" + official);
        page.locator(".panel-inner[data-claim-id='" + official + "']").waitFor();

        // 5 = FALSE: the banner says so and offers Undo
        page.keyboard().press("5");
        page.waitForURL("**done=verdict**");
        assertTrue(page.locator("#page-notice").textContent().contains("Verdict set to FALSE"),
                page.locator("#page-notice").textContent());
        assertTrue(page.locator("#banner-undo-form button").isVisible());
        assertEquals("FALSE", verdict(official));
        screenshot(page, "undo-banner.png");
        page.click("#banner-undo-form button");
        page.waitForURL("**done=undo**");
        assertEquals(null, verdict(official), "the banner's Undo took the verdict back");
        // the next undo walks further back: the banner offers it
        assertTrue(page.locator("#banner-undo-form button").textContent().contains("Undo the change before"));

        // two verdicts by keyboard, two undos by keyboard: back to none, one change at a time
        page.keyboard().press("1");
        page.waitForURL("**done=verdict**");
        pressAndWait(page, official, "4");
        assertTrue(page.locator("#page-notice").textContent().contains("Verdict set to MOSTLY_FALSE"));
        page.keyboard().press("u");
        page.waitForURL("**done=undo**");
        assertEquals("TRUE", verdict(official));
        page.locator("#banner-undo-form").waitFor();
        pressAndWait(page, official, "u");
        assertEquals(null, verdict(official));

        // x rejects; the page moves on to the next claim and the banner's Undo (and u) is for the rejected one
        page.locator(".panel-inner[data-claim-id='" + official + "']").waitFor();
        page.keyboard().press("x");
        page.waitForURL("**done=reject**");
        page.locator(".panel-inner[data-claim-id='" + anonymous + "']").waitFor();
        assertTrue(page.locator("#page-notice").textContent().contains("Claim #" + official + " rejected"));
        assertEquals("REJECTED", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("status"));
        page.keyboard().press("u");
        page.waitForURL("**done=undo**");
        assertEquals("NEW", as(TestUsers.VIEWER).get("/api/claims/" + official).jsonPath().getString("status"));
        List<String> theirs = as(TestUsers.VIEWER).get("/api/claims/" + anonymous + "/history").jsonPath().getList("action");
        assertEquals(List.of("add"), theirs, "the neighbour was not touched");
        assertEquals(List.of(), w.dialogs());
        assertEquals(List.of(), w.errors());
        page.context().close();
    }

    /** An editor unmerges a source from its page: the tick, then the source is back with its claim. */
    @Test
    void anEditorUnmergesASourceFromItsPage() throws Exception {
        String n = Fixtures.nonce();
        long a = Fixtures.source("Lena " + n, SourceType.PERSON);
        long b = Fixtures.source("L. " + n, SourceType.PERSON);
        String sentence = "L. " + n + " said the canal of " + n + " is open.";
        long art = Fixtures.article("Unmerge " + n, LocalDate.of(2024, 6, 1), sentence);
        long claim = Fixtures.claims(art, Spec.of("the canal of " + n + " is open", Kind.NAMED_SOURCE, b, "L. " + n, "said"))
                .get(0);
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", a)).post("/api/sources/" + b + "/merge")
                .then().statusCode(200);
        long mergeId = as(TestUsers.VIEWER).get("/api/sources/" + a + "/merges").jsonPath().getLong("[0].id");

        Watch w = login(TestUsers.EDITOR);
        Page page = w.page();
        page.navigate(base + "sources/" + a);
        page.click("#merges summary");
        String form = "#unmerge-form-" + mergeId;
        assertTrue(page.locator(form).isVisible());
        assertTrue(page.locator("#merges").textContent().contains("L. " + n));
        // without the tick the browser keeps the form (required), nothing is undone
        page.click(form + " button[type=submit]");
        assertEquals(404, as(TestUsers.VIEWER).get("/api/sources/" + b).statusCode());
        page.check(form + " input[name=confirm]");
        screenshot(page, "unmerge.png");
        page.click(form + " button[type=submit]");
        page.waitForURL(u -> u.contains("/sources/" + b + "?notice="));
        assertTrue(page.locator("p.notice").first().textContent().contains("1 claim(s) moved back"));
        assertTrue(page.locator("h1").textContent().contains("L. " + n));
        assertEquals((int) b, as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getInt("source.id"));
        // the survivor's page lists the merge as undone
        page.navigate(base + "sources/" + a);
        page.click("#merges summary");
        assertTrue(page.locator("#merge-" + mergeId).textContent().contains("undone by " + TestUsers.EDITOR));
        assertEquals(0, page.locator(form).count());
        assertEquals(List.of(), w.dialogs());
        assertEquals(List.of(), w.errors());
        page.context().close();
    }

    @Test
    void reviewPageShowsClaimTextKeepsTheTextInViewAndShowsTwoClaimsOnOneSpan() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Browser layout");
        long tweet = m.claims().get("tweet");
        // a second claim inside the tweet's words, of another kind
        long inner = ReviewFixtures.add(m.article(), m.text(), "prices will fall", "NAMED_SOURCE", "The minister",
                "Hamid Karimi", "PERSON", null);
        Watch w = login(TestUsers.CHECKER);
        Page page = w.page();
        page.setViewportSize(1400, 700);
        page.navigate(base + "articles/" + m.article() + "?claim=" + tweet);
        page.locator(".panel-inner[data-claim-id='" + tweet + "']").waitFor();

        // the table shows each claim's text, and no column is cut off beside the article
        assertTrue(page.locator("#claim-" + tweet + " td.c-text").textContent().contains("prices will fall next year"));
        Object clipped = page.evaluate("() => { const wrap = document.getElementById('claims-wrap');"
                + " const cells = [...wrap.querySelectorAll('th, td')].filter(c => c.scrollWidth > c.clientWidth + 1);"
                + " return wrap.scrollWidth > wrap.clientWidth + 1 || cells.length > 0"
                + " || wrap.getBoundingClientRect().right > document.documentElement.clientWidth; }");
        assertEquals(Boolean.FALSE, clipped, "a column of the claims table is clipped at 1400 px");

        // one scroll area: nothing in the review grid scrolls by itself (the article here is short)
        Object scrollers = page.evaluate("() => [...document.querySelectorAll('#review, #review *')].filter(e =>"
                + " /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1)"
                + ".map(e => e.id || e.className)");
        assertEquals(List.of(), scrollers, "elements with a scroll area of their own");

        // the panel is longer than the window: scrolled to its end, the article text is still in view
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        page.waitForFunction("() => window.scrollY > 150");
        Object inView = page.evaluate("() => { const r = document.getElementById('article-text').getBoundingClientRect();"
                + " return r.top >= 0 && r.top < innerHeight && r.bottom > 0; }");
        assertEquals(Boolean.TRUE, inView, "the article text scrolled out of view");

        // two claims on one span: the inner kind fills it, the other claim's kind rings it
        var both = page.locator("#article-text .hl.nested[data-claims~='" + tweet + "'][data-claims~='" + inner + "']");
        assertTrue(both.count() > 0, "a segment carries both claims");
        assertTrue(both.first().getAttribute("class").contains("k-NAMED_SOURCE"));
        assertTrue(both.first().getAttribute("class").contains("o-TWEET"));
        String ring = (String) both.first().evaluate("e => getComputedStyle(e).boxShadow");
        assertTrue(ring.contains("rgb(0, 114, 178)"), "ringed in the tweet's blue: " + ring);
        assertTrue(page.locator("#claim-" + inner).count() == 1 && page.locator("#claim-" + tweet).count() == 1);

        // TWEET and NAMED_SOURCE far apart in colour (RGB distance; blue and sky blue were 121 apart)
        double distance = ((Number) page.evaluate("() => { const c = k => { const s = document.createElement('span');"
                + " s.className = 'kind-chip kind-' + k; document.body.append(s);"
                + " const v = getComputedStyle(s).backgroundColor.match(/\\d+/g).map(Number); s.remove(); return v; };"
                + " const a = c('TWEET'), b = c('NAMED_SOURCE');"
                + " return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]); }")).doubleValue();
        assertTrue(distance > 200, "TWEET and NAMED_SOURCE chips " + distance + " apart");
        screenshot(page, "review-layout.png");

        // ? opens the shortcut list on a page other than the review page too
        page.navigate(base + "sources");
        page.keyboard().press("?");
        assertTrue(page.locator("dialog#shortcuts").isVisible(), "? on the sources page");
        page.keyboard().press("Escape");
        assertEquals(List.of(), w.errors(), "no script error or console output");
        page.context().close();
    }
}
