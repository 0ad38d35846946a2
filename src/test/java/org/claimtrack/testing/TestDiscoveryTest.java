package org.claimtrack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every test class runs in {@code ./mvnw -B verify}: a class under src/test/java with JUnit tests whose
 * name matches neither Surefire's nor Failsafe's includes (as the pom configures them, or their defaults)
 * fails the build. Benchmarks are the one exception: a class switched on by
 * {@code @EnabledIfSystemProperty(named = "bench", ...)} is run by hand (docs/review.md).
 */
class TestDiscoveryTest {

    static final List<String> SUREFIRE_DEFAULT = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    static final List<String> FAILSAFE_DEFAULT = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
    static final Pattern TESTS = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|QuarkusTest|QuarkusIntegrationTest)\\b");
    static final Pattern BENCH = Pattern.compile("@EnabledIfSystemProperty\\(\\s*named\\s*=\\s*\"bench\"");

    record Plugin(List<String> includes, List<String> excludes) {
        boolean runs(Path relative) {
            return matches(includes, relative) && !matches(excludes, relative);
        }
    }

    @Test
    void everyTestClassIsPickedUpBySurefireOrFailsafe() throws Exception {
        Path root = Path.of(System.getProperty("user.dir"));
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
        Plugin surefire = plugin(pom, "maven-surefire-plugin", SUREFIRE_DEFAULT);
        Plugin failsafe = plugin(pom, "maven-failsafe-plugin", FAILSAFE_DEFAULT);
        Path tests = root.resolve("src/test/java");
        List<String> missed = new ArrayList<>();
        int found = 0;
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (!TESTS.matcher(src).find() || BENCH.matcher(src).find()) {
                    continue;
                }
                found++;
                Path rel = tests.relativize(f);
                if (!surefire.runs(rel) && !failsafe.runs(rel)) {
                    missed.add(rel.toString());
                }
            }
        }
        assertTrue(found > 20, "found only " + found + " test classes under " + tests);
        assertEquals(List.of(), missed, "test classes that neither Surefire (" + surefire.includes() + ") nor Failsafe ("
                + failsafe.includes() + ") would run: rename them (e.g. to *Test) or change the includes");
    }

    @Test
    void theDefaultPatternsMissAPropertiesClass() {
        Plugin surefire = new Plugin(SUREFIRE_DEFAULT, List.of());
        assertFalse(surefire.runs(Path.of("org/claimtrack/extract/RobustnessProperties.java")));
        assertTrue(surefire.runs(Path.of("org/claimtrack/extract/RobustnessTest.java")));
        assertTrue(new Plugin(FAILSAFE_DEFAULT, List.of()).runs(Path.of("org/claimtrack/hardening/CrashResumeIT.java")));
    }

    static boolean matches(List<String> patterns, Path relative) {
        for (String p : patterns) {
            // Surefire's "**/" also matches no folder at all
            String glob = p.startsWith("**/") ? "{" + p.substring(3) + "," + p + "}" : p;
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** The plugin's configured includes (or the defaults when it configures none) and excludes. */
    static Plugin plugin(Document pom, String artifactId, List<String> defaults) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(text(plugin, "artifactId"))) {
                List<String> includes = values(plugin, "include");
                return new Plugin(includes.isEmpty() ? defaults : includes, values(plugin, "exclude"));
            }
        }
        return new Plugin(defaults, List.of());
    }

    static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    static List<String> values(Element plugin, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = plugin.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }
}
