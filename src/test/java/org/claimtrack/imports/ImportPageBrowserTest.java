package org.claimtrack.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A new user imports a folder of HTML pages from the import page and watches the job page until it is done. */
@QuarkusTest
class ImportPageBrowserTest {

    @TestHTTPResource("/")
    java.net.URL app;

    @Test
    void importAFolderOfHtmlPagesAndWatchItsProgress(@TempDir Path dir) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createDirectories(dir.resolve("newsroom-pages"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(folder.resolve("story-" + i + ".html"), "<!DOCTYPE html><html><head><title>Browser story " + i
                    + " " + u + "</title><meta property=\"og:site_name\" content=\"Browser Gazette\"></head><body>"
                    + "<nav>Menu</nav><article><p>Story " + i + " " + u + " begins, the spokesperson said.</p>"
                    + "<p>\"It went well,\" she added.</p></article><div class=\"share-bar\">Share</div></body></html>");
        }
        Files.writeString(folder.resolve("broken.jsonl"), "{\"text\": oops}\n");
        String base = app.toString().replaceAll("/$", "");
        Files.createDirectories(Paths.get("target/screenshots"));
        try (Browsers browsers = Browsers.start()) {
            Page page = browsers.browser().newPage();
            List<String> consoleErrors = new java.util.ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                    consoleErrors.add(m.text());
                }
            });
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    consoleErrors.add(r.status() + " " + r.url());
                }
            });
            Browsers.logIn(page, base, TestUsers.EDITOR);
            page.click("nav >> text=Import");
            page.waitForURL(base + "/import");
            page.setInputFiles("input[name=files][webkitdirectory]", folder);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/import-form.png")).setFullPage(true));
            page.click("button:has-text('Start import')");
            page.waitForURL(url -> url.matches(".*/imports/\\d+$"));
            // the job page refreshes itself (meta refresh) until the job is finished
            page.waitForSelector("text=Finished", new Page.WaitForSelectorOptions().setTimeout(90_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/import-job.png")).setFullPage(true));
            assertEquals("5", page.textContent("#count-total").strip());
            assertEquals("4", page.textContent("#count-done").strip());
            assertEquals("1", page.textContent("#count-failed").strip());
            assertEquals("0", page.textContent("#count-pending").strip());
            assertEquals("5", page.getAttribute("#job-bar", "value"));
            assertTrue(page.textContent("tr.item-FAILED").contains("malformed JSON"), page.textContent("tr.item-FAILED"));
            assertTrue(page.content().contains("newsroom-pages/story-0.html"));
            assertEquals(List.of(), consoleErrors, "no CSP violations or script errors");
        }
        TestUsers.as(TestUsers.VIEWER).queryParam("q", u).get("/api/articles").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(4))
                .body("outlet", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("Browser Gazette")));
    }
}
