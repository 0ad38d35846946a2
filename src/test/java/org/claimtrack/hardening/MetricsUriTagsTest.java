package org.claimtrack.hardening;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * http.server.requests is tagged with route templates, never concrete URLs: after 150 distinct ids on
 * every kind of page and API route with an id (found or not, logged in or not), /q/metrics holds no uri
 * tag with one of those ids and no more tags than route templates (Micrometer stops at its cap and warns).
 */
@QuarkusTest
class MetricsUriTagsTest {

    static final String[] SHAPES = {"/api/claims/%d", "/api/claims/%d/history", "/api/sources/%d", "/api/clusters/%d",
        "/api/drift/%d", "/api/articles/%d", "/articles/%d", "/articles/%d/details", "/articles/%d/claims",
        "/articles/%d/delete", "/articles/%d/panel/7", "/articles/7/panel/%d", "/articles/%d/claims/7/verdict",
        "/api/imports/%d", "/api/sources/%d/merges", "/sources/%d", "/clusters/%d",
        "/drift/%d", "/fact-checks/%d", "/imports/%d", "/nowhere/%d", "/static/none-%d.css"};

    @Test
    void uriTagsAreTemplatesAfterManyDistinctIds() {
        String cookie = WebLayerTest.session(TestUsers.EDITOR).substring("Cookie: ".length());
        for (int i = 0; i < 150; i++) {
            long id = 880_000_000L + i;
            for (String shape : SHAPES) {
                String path = String.format(shape, id);
                given().header("Cookie", cookie).redirects().follow(false).get(path);
                if (i % 10 == 0) {
                    given().redirects().follow(false).get(path); // not logged in: 401 or the login redirect
                }
            }
        }
        String metrics = as(TestUsers.ADMIN).get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertTrue(uris.stream().noneMatch(u -> u.contains("8800")), "no uri tag holds a concrete id: " + uris);
        // one per route template (about 100 when other tests of the run visited every route), under the cap of 200
        assertTrue(uris.size() <= 130, uris.size() + " uri tags: " + uris);
    }
}
