package org.claimtrack.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.Browsers;
import org.claimtrack.testing.TestUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The profile charts and a comparison page in a real browser (Chromium), with screenshots under target/screenshots. */
@QuarkusTest
class ComparePagesBrowserTest {

    static Browsers browsers;

    @Inject
    ClusterService clusters;

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

    private Page login(String user) {
        Page page = browsers.page(1400, 1000);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        Browsers.logIn(page, base(), user);
        return page;
    }

    /** Three outlets with different habits: one quotes people, one relies on agencies, one on anonymous sources. */
    private static String corpus() {
        String n = Fixtures.nonce();
        String[] outlets = {"Capital Herald " + n, "Gulf Observer " + n, "Evening Post " + n};
        Kind[][] habits = {
            {Kind.NAMED_SOURCE, Kind.NAMED_SOURCE, Kind.OFFICIAL_STATEMENT, Kind.TWEET, Kind.UNATTRIBUTED},
            {Kind.MEDIA_REPORT, Kind.MEDIA_REPORT, Kind.MEDIA_REPORT, Kind.OFFICIAL_STATEMENT, Kind.DOCUMENT},
            {Kind.ANONYMOUS_SOURCE, Kind.ANONYMOUS_SOURCE, Kind.UNATTRIBUTED, Kind.UNATTRIBUTED, Kind.NAMED_SOURCE}};
        long person = Fixtures.source("Javad " + n, SourceType.PERSON);
        for (int o = 0; o < outlets.length; o++) {
            for (int a = 0; a < 2; a++) {
                List<String> sentences = new ArrayList<>();
                List<Spec> specs = new ArrayList<>();
                for (int k = 0; k < habits[o].length; k++) {
                    String content = Fixtures.words(n + o + a + k, 8);
                    Kind kind = habits[o][k];
                    String who = switch (kind) {
                        case UNATTRIBUTED -> null;
                        case ANONYMOUS_SOURCE -> "Officials";
                        case MEDIA_REPORT -> "Media reports";
                        case DOCUMENT -> "A report";
                        default -> "Javad " + n;
                    };
                    sentences.add(who == null ? content + "." : who + " said " + content + ".");
                    specs.add(new Spec(content, kind, who != null && who.startsWith("Javad") ? person : null, who,
                            who == null ? null : "said", k % 2 == 0 ? List.of("reportedly") : List.of()));
                }
                long id = Fixtures.article(outlets[o], LocalDate.of(2020, 1, 3 + a), sentences.toArray(String[]::new));
                Fixtures.claims(id, specs.toArray(Spec[]::new));
            }
        }
        return n;
    }

    @Test
    void profileChartsRender() throws Exception {
        String n = corpus();
        Page page = login(TestUsers.VIEWER);
        page.navigate(base() + "/profile?from=2020-01-01&to=2020-01-31");
        assertEquals("Sourcing profile · claimtrack", page.title());
        int segments = page.locator("#chart-outlets rect.seg").count();
        assertTrue(segments >= 9, "kind segments drawn: " + segments);
        assertTrue(page.locator("#chart-outlets text").allTextContents().stream().anyMatch(t -> t.startsWith("Capital Herald")));
        assertTrue(page.locator("#chart-hedged rect").count() >= 6);
        assertTrue(page.content().contains("Gulf Observer " + n));
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/profile.png")).setFullPage(true));
        // the source credited across the three outlets: its page lists every claim with outlet and kind
        page.navigate(base() + "/sources?q=" + n);
        page.click("text=Javad " + n);
        assertTrue(page.locator("table.source-claims tbody tr").count() >= 8, "claims across articles");
        assertTrue(page.locator("table.source-claims").innerText().contains("Capital Herald " + n));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/source.png")).setFullPage(true));
        page.close();
    }

    @Test
    void comparisonPageShowsEachOutletsVersion() throws Exception {
        String n = Fixtures.nonce();
        // a fact of this test's own: the seeds' rocket sentence (undated, so a candidate for every claim)
        // would rightly join the seeds' group, and the page would show their versions too
        String fact = "three grain barges of the " + n + " cooperative ran aground in the northern canal";
        long agency = Fixtures.source("Sputnik " + n, SourceType.MEDIA);
        long a1 = Fixtures.article("Republic " + n, LocalDate.of(2020, 1, 4),
                "Media reports suggest that the canal was blocked. News agencies have reported that " + fact + ".");
        long a2 = Fixtures.article("Tribune " + n, LocalDate.of(2020, 1, 5),
                "International news agencies reported that " + fact + ".");
        long c1 = Fixtures.claims(a1, Spec.of(fact, Kind.MEDIA_REPORT, null, "News agencies", "have reported")).get(0);
        Fixtures.claims(a2, Spec.of(fact, Kind.MEDIA_REPORT, agency, "International news agencies", "reported", "reportedly"));
        clusters.assignArticle(a1);
        clusters.assignArticle(a2);
        long group = clusters.linksFor(List.of(c1)).get(c1).id();
        Page page = login(TestUsers.EDITOR);
        page.navigate(base() + "/clusters/" + group);
        assertEquals(2, page.locator("article.version").count());
        String text = page.locator(".versions").innerText();
        assertTrue(text.contains("Republic " + n) && text.contains("Tribune " + n), text);
        assertTrue(text.contains("News agencies have reported that") && text.contains("International news agencies"), text);
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cluster.png")).setFullPage(true));
        // an editor confirms the group from the page (a form with its CSRF token)
        page.click("text=Confirm: these state the same thing");
        page.waitForURL(url -> url.contains("notice="));
        assertTrue(page.locator("h1 .badge").innerText().contains("confirmed"));
        page.close();
    }
}
