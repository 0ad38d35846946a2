package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The newsroom flow in Chromium: a checker assigns a claim from the claims list, finds it in My queue,
 * asks an editor with an @mention, rates and publishes it; a reader without an account opens the
 * public fact-check; the editor finds the mention in their queue.
 */
@QuarkusTest
class WorkflowBrowserTest {

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

    private Page login(String user, List<String> errors) {
        Page page = browsers.page(1400, 1000);
        page.onPageError(errors::add);
        page.onResponse(r -> {
            if (r.status() >= 400) {
                errors.add(r.status() + " " + r.url());
            }
        });
        page.onConsoleMessage(m -> {
            // Chromium asks every new page for /favicon.ico, which the app does not have
            if (m.type().equals("error") && !m.location().contains("favicon.ico")) {
                errors.add(m.text() + " at " + m.location());
            }
        });
        Browsers.logIn(page, base, user);
        return page;
    }

    @Test
    void checkerAssignsFindsInQueueCommentsRatesAndPublishesAndAnyoneReadsIt() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Browser workflow");
        long tweet = m.claims().get("tweet");
        String title = as(TestUsers.VIEWER).get("/api/articles/" + m.article()).jsonPath().getString("title");
        List<String> errors = new ArrayList<>();
        Page page = login(TestUsers.CHECKER, errors);

        // the claims list: the article picked by its title, the tweet ticked and assigned to me
        page.navigate(base + "claims");
        page.fill("input[name=articleTitle]", title);
        page.click("#claim-filters button[type=submit]");
        page.locator("tr[data-claim-id='" + tweet + "']").waitFor();
        assertEquals(4, page.locator("#bulk-form tbody tr").count());
        page.check("input[name=ids][value='" + tweet + "']");
        page.selectOption("#bulk-assignee", TestUsers.CHECKER);
        page.selectOption("#bulk-status", "IN_REVIEW");
        page.click("#bulk-form button[type=submit]");
        page.locator("#page-notice").waitFor();
        assertTrue(page.locator("#page-notice").textContent().contains("1 claim"));
        assertEquals(TestUsers.CHECKER, page.locator("tr[data-claim-id='" + tweet + "'] td.assignee").textContent().strip());

        // My queue has it; its link opens the claim on the review page
        page.click("nav a[href='/queue']");
        page.locator("#queue-assigned tr[data-claim-id='" + tweet + "']").waitFor();
        page.click("#queue-assigned tr[data-claim-id='" + tweet + "'] a");
        page.locator(".panel-inner[data-claim-id='" + tweet + "']").waitFor();
        ReviewBrowserTest.screenshot(page, "workflow-panel.png");

        // a question for the editor in the thread, apart from the verdict
        page.fill("#comment-form textarea[name=text]", "Is the minister's tweet still up, @" + TestUsers.EDITOR + "?");
        page.click("#comment-form button[type=submit]");
        page.locator("#page-notice").waitFor();
        assertTrue(page.locator("#comment-thread").textContent().contains("still up, @" + TestUsers.EDITOR));

        // no Publish button before a verdict; rate it, then publish
        assertEquals(0, page.locator("#publish-form").count());
        page.check("#verdict-form input[name=rating][value=FALSE]");
        page.fill("#verdict-form textarea[name=explanation]", "Prices rose by 3 % the following year.");
        page.fill("#verdict-form textarea[name=evidence]", "https://stats.example/cpi-2021");
        page.click("#verdict-form button[type=submit]");
        page.locator("#publish-form").waitFor();
        page.click("#publish-form button[type=submit]");
        page.locator("#published-note").waitFor();
        assertEquals("PUBLISHED", as(TestUsers.VIEWER).get("/api/claims/" + tweet).jsonPath().getString("status"));
        assertEquals("PUBLISHED", page.locator("#status-select").inputValue(), "the status control shows it");

        // anyone, without logging in, reads the fact-check with its ClaimReview
        BrowserContext anonymous = browsers.browser().newContext();
        Page reader = anonymous.newPage();
        Response r = reader.navigate(base + "fact-checks/" + tweet);
        assertEquals(200, r.status());
        assertTrue(reader.url().endsWith("/fact-checks/" + tweet), "not sent to the login page: " + reader.url());
        assertEquals("False", reader.locator("#verdict").textContent().strip());
        assertTrue(reader.locator("#claim").textContent().contains("prices will fall next year"));
        assertTrue(reader.locator("#speaker").textContent().contains("Hamid Karimi"));
        assertTrue(reader.locator("#attribution").textContent().contains("to a tweet"));
        assertTrue(reader.locator("#evidence a[href='https://stats.example/cpi-2021']").count() == 1);
        JsonNode ld = new ObjectMapper().readTree(reader.locator("script#claimreview").textContent());
        assertEquals("ClaimReview", ld.get("@type").asText());
        assertTrue(ld.get("url").asText().endsWith("/fact-checks/" + tweet));
        ReviewBrowserTest.screenshot(reader, "fact-check.png");
        assertEquals(404, reader.navigate(base + "fact-checks/" + m.claims().get("official")).status(),
                "an unpublished claim has no public page");
        anonymous.close();

        // the editor finds the mention in their queue
        Page editor = login(TestUsers.EDITOR, errors);
        editor.navigate(base + "queue");
        editor.locator("#queue-mentioned tr[data-claim-id='" + tweet + "']").waitFor();
        editor.context().close();

        assertEquals(List.of(), errors, "no script error or console output");
        page.context().close();
    }

    /** Verdicts travel (issue 16): the verdict on the same claim in another article, reused with one press. */
    @Test
    void aCheckerReusesTheVerdictCheckedElsewhereWithOnePressAndFiltersTheListOnIt() {
        SameClaimFixture f = SameClaimFixture.create();
        List<String> errors = new ArrayList<>();
        Page page = login(TestUsers.CHECKER, errors);

        // the claim to check: its panel says the same claim is checked elsewhere, and by whom
        page.navigate(base + "articles/" + f.article() + "?claim=" + f.claim());
        page.locator("#checked-elsewhere").waitFor();
        String box = page.locator("#checked-elsewhere").textContent();
        assertTrue(box.contains("FALSE") && box.contains(TestUsers.CHECKER) && box.contains(SameClaimFixture.EXPLANATION), box);
        assertEquals("/articles/" + f.checkedArticle() + "?claim=" + f.checked() + "#claim-" + f.checked(),
                page.locator("#checked-elsewhere-link").getAttribute("href"));

        // one press: the verdict, its explanation noting where it came from, and a history row
        page.click("#reuse-verdict-form button[type=submit]");
        page.locator("#page-notice").waitFor();
        assertTrue(page.locator("#page-notice").textContent().contains("Verdict reused"));
        assertTrue(page.locator("#verdict-form input[name=rating][value=FALSE]").isChecked(), "the verdict form shows it");
        assertTrue(page.locator("#verdict-form textarea[name=explanation]").inputValue()
                .contains("Verdict reused from claim #" + f.checked()));
        assertTrue(page.locator("#history").textContent().contains("reuse-verdict"));
        assertEquals("CHECKED", as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath().getString("status"));

        // the claims list, filtered on "checked elsewhere" by its control
        page.navigate(base + "claims?q=" + f.nonce());
        page.locator("tr[data-claim-id='" + f.lone() + "']").waitFor();
        page.selectOption("#filter-checked-elsewhere", "true");
        page.click("#claim-filters button[type=submit]");
        page.locator("tr[data-claim-id='" + f.claim() + "']").waitFor();
        assertEquals(0, page.locator("tr[data-claim-id='" + f.lone() + "']").count(), "a claim of no group is left out");
        // the first checked claim is listed too now: the claim just rated is a checked claim elsewhere for it
        assertEquals(1, page.locator("tr[data-claim-id='" + f.checked() + "']").count());
        assertEquals(1, page.locator("tr[data-claim-id='" + f.unrated() + "']").count());
        assertTrue(page.url().contains("checkedElsewhere=true"), page.url());

        assertEquals(List.of(), errors, "no script error or console output");
        page.context().close();
    }
}
