package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo seeds through the real extractor and resolver: one canonical source per person across articles. */
@QuarkusTest
class SeedSourcesTest {

    @Test
    void zarifIsOneSourceAcrossTheSeeds() {
        List<Map<String, Object>> found = as(TestUsers.VIEWER).queryParam("q", "Zarif").get("/api/sources")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> zarifs = found.stream().filter(s -> String.valueOf(s.get("name")).contains("Zarif")).toList();
        assertEquals(1, zarifs.size(), "sources named Zarif: " + found);
        Map<String, Object> zarif = zarifs.get(0);
        assertEquals("Javad Zarif", zarif.get("name"));
        assertEquals("PERSON", zarif.get("type"));
        assertTrue(((List<?>) zarif.get("handles")).stream().anyMatch(h -> "@JZarif".equalsIgnoreCase(String.valueOf(h))),
                "handles " + zarif.get("handles"));
        assertTrue(((Number) zarif.get("articleCount")).intValue() >= 2, "articles citing Zarif: " + zarif);
    }
}
