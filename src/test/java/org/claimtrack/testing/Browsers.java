package org.claimtrack.testing;

import java.net.URL;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What every browser test does around its checks: start Playwright with the machine's Chromium
 * ({@link Chromium}), open a window of a size, log a test user in through the login form, and stop it all.
 * A class keeps one in a static field: {@code @BeforeAll browsers = Browsers.start();}, {@code @AfterAll
 * Browsers.stop(browsers);} (Chromium starts slowly on 2 cores), or a test uses one in try-with-resources.
 */
public final class Browsers implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Playwright and Chromium started; skipped or failed launches leave no Playwright driver behind. */
    public static Browsers start() {
        Playwright playwright = Playwright.create();
        try {
            return new Browsers(playwright, Chromium.launch(playwright));
        } catch (RuntimeException | Error e) {
            playwright.close();
            throw e;
        }
    }

    /** Stops what {@link #start} started, if it did. */
    public static void stop(Browsers browsers) {
        if (browsers != null) {
            browsers.close();
        }
    }

    public Browser browser() {
        return browser;
    }

    /** A new window (its own cookies) of that size; actions wait at most 20 s. */
    public BrowserContext context(int width, int height) {
        return context(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A new window with these options; actions wait at most 20 s. */
    public BrowserContext context(Browser.NewContextOptions options) {
        BrowserContext ctx = browser.newContext(options);
        ctx.setDefaultTimeout(20_000);
        return ctx;
    }

    /** A page of a new window of that size. */
    public Page page(int width, int height) {
        return context(width, height).newPage();
    }

    /** Logs the test user in on {@code page} through the login form and waits for the page after it. */
    public static void logIn(Page page, URL base, String user) {
        logIn(page, base.toString(), user);
    }

    /** As {@link #logIn(Page, URL, String)}, for a base address with or without its last "/". */
    public static void logIn(Page page, String base, String user) {
        String root = base.replaceAll("/$", "");
        page.navigate(root + "/login");
        page.fill("input[name=j_username]", user);
        page.fill("input[name=j_password]", TestUsers.password(user));
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
