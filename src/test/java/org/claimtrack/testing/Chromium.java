package org.claimtrack.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The machine's Chromium or Chrome for the browser tests (Playwright cannot download its own browser here).
 * Found, in this order: {@code -Dct.chromium=PATH}, {@code CHROMIUM_PATH}, the usual names on the PATH, the
 * usual install paths. None found: the tests fail saying what was looked for; {@code -Dct.chromium=skip}
 * skips them instead.
 */
public final class Chromium {

    /** Flags that keep Chromium off the network and quiet on a closed machine. */
    static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    static final List<String> PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable", "/usr/lib/chromium/chromium", "/snap/bin/chromium", "/opt/google/chrome/chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        String configured = System.getProperty("ct.chromium", System.getenv("CHROMIUM_PATH"));
        Assumptions.assumeFalse("skip".equals(configured), "browser tests skipped (-Dct.chromium=skip)");
        Path exe = find(configured, System.getenv("PATH")).orElseThrow(() -> new IllegalStateException(missing(configured)));
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(exe).setHeadless(true).setArgs(ARGS));
    }

    /** The configured executable, else the first usual name on {@code path}, else the first usual install path. */
    static Optional<Path> find(String configured, String path) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        PATHS.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    static String missing(String configured) {
        if (configured != null && !configured.isBlank()) {
            return "No Chromium at " + configured + " (from -Dct.chromium or CHROMIUM_PATH): not an executable file";
        }
        return "No Chromium or Chrome for the browser tests: none of " + NAMES + " is on the PATH and none of " + PATHS
                + " exists. Install one (Debian/Ubuntu: apt-get install chromium; .ci/run does), or point CHROMIUM_PATH"
                + " (or -Dct.chromium) at it, or skip these tests with -Dct.chromium=skip";
    }
}
