package org.claimtrack.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.compare.DriftFixtures.Made;
import org.claimtrack.compare.DriftFixtures.V;
import org.claimtrack.extract.Kind;
import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The drift page in Chromium: a viewer filters, sees the flags and each outlet's version side by side. */
@QuarkusTest
class DriftBrowserTest {

    static Browsers browsers;

    @Inject
    EntityManager em;

    @BeforeAll
    static void launch() {
        browsers = Browsers.start();
    }

    @AfterAll
    static void close() {
        Browsers.stop(browsers);
    }

    private static String base() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    @Test
    void aViewerFiltersTheDriftAndComparesTheOutletsSideBySide() throws Exception {
        String n = Fixtures.nonce();
        LocalDate d = LocalDate.of(2032, 6, 1);
        Made m = DriftFixtures.group(em, n, new V("Herald " + n, d.plusDays(1), Kind.UNATTRIBUTED, "NONE"),
                new V("Wire " + n, d, Kind.ANONYMOUS_SOURCE, "DIRECT", "reportedly"),
                new V("Courier " + n, null, Kind.OFFICIAL_STATEMENT, "INDIRECT"));
        Page page = browsers.page(1400, 1000);
        List<String> errors = new ArrayList<>();
        // script errors, and failed requests other than the browser's own favicon probe
        page.onConsoleMessage(msg -> {
            if ("error".equals(msg.type()) && !msg.text().startsWith("Failed to load resource")) {
                errors.add(msg.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });
        Browsers.logIn(page, base(), TestUsers.VIEWER);

        page.click("nav >> text=Drift");
        page.waitForURL(url -> url.contains("/drift"));
        assertEquals("Attribution drift · claimtrack", page.title());
        page.fill("#drift-filter input[name=outlet]", "Herald " + n);
        page.selectOption("#drift-filter select[name=flag]", "ATTRIBUTION_DROPPED");
        page.click("#drift-filter button[type=submit]");
        page.waitForURL(url -> url.contains("flag=ATTRIBUTION_DROPPED"));

        Locator group = page.locator("section.drift-group[data-group-id='" + m.group() + "']");
        assertEquals(1, page.locator("section.drift-group").count(), "only the outlet's group");
        assertEquals(List.of("ATTRIBUTION_DROPPED", "KIND_CHANGED", "HEDGE_DROPPED", "QUOTE_TO_PARAPHRASE"),
                group.locator("p.drift-flags .drift-flag").allTextContents());
        // the outlets side by side in carrier order, the first carrier marked, the undated one last
        List<String> heads = group.locator("table.drift-side thead th[scope=col]").allTextContents();
        assertEquals(3, heads.size());
        assertTrue(heads.get(0).startsWith("Wire " + n) && heads.get(0).contains("first"), heads.toString());
        assertTrue(heads.get(1).startsWith("Herald " + n), heads.toString());
        assertTrue(heads.get(2).startsWith("Courier " + n), heads.toString());
        assertEquals("undated", group.locator("tbody tr:has(th:text-is('Date')) td").nth(2).innerText());
        assertTrue(group.locator("tbody tr:has(th:text-is('Source')) td").nth(1).innerText().contains("own assertion"));
        assertEquals("ANONYMOUS_SOURCE", group.locator("tbody tr:has(th:text-is('Kind')) td").nth(0).innerText().strip());
        assertTrue(group.locator("tbody tr:has(th:text-is('Kind')) td").nth(2).getAttribute("class").contains("drifted"));
        assertEquals("DIRECT", group.locator("tbody tr:has(th:text-is('Quote')) td").nth(0).innerText().strip());
        assertTrue(group.locator("tbody tr:has(th:text-is('Cue')) td").nth(0).innerText().contains("said"));
        assertTrue(group.locator("tbody tr:has(th:text-is('Hedges')) td").nth(1).getAttribute("class").contains("drifted"));
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/drift.png")).setFullPage(true));

        // another flag of the same outlet: not this group
        page.selectOption("#drift-filter select[name=flag]", "HEDGE_ADDED");
        page.click("#drift-filter button[type=submit]");
        page.waitForURL(url -> url.contains("flag=HEDGE_ADDED"));
        assertEquals(0, page.locator("section.drift-group").count());
        assertTrue(page.locator("p.empty").innerText().contains("Herald " + n));
        assertEquals(List.of(), errors, "no console errors");
        page.close();
    }
}
