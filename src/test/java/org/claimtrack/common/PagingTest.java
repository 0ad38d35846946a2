package org.claimtrack.common;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every /api list reads limit and offset one way (common.Paging): 0, a word, too many or a negative
 * offset is the same 400 with the same words on each, never silently clamped to 1 or to the maximum.
 */
@QuarkusTest
class PagingTest {

    /** Each list, the user who may read it, and its largest page. */
    static final Map<String, Integer> LISTS = Map.of("/api/claims", 1000, "/api/articles", 1000, "/api/sources", 1000,
            "/api/clusters", 1000, "/api/drift", 1000, "/api/search", 200, "/api/imports", 200, "/api/audit", 1000);

    static String user(String list) {
        return list.equals("/api/imports") || list.equals("/api/audit") ? TestUsers.EDITOR : TestUsers.VIEWER;
    }

    /** A request to the list as its user (search needs its words). */
    static io.restassured.specification.RequestSpecification to(String list) {
        var r = as(user(list));
        return list.equals("/api/search") ? r.queryParam("q", "minister") : r;
    }

    @Test
    void everyListRefusesTheSameBadLimitsInTheSameWords() {
        LISTS.forEach((list, max) -> {
            to(list).queryParam("limit", 5).get(list).then().statusCode(200);
            to(list).queryParam("limit", max).get(list).then().statusCode(200);
            to(list).queryParam("limit", 0).get(list).then().statusCode(400)
                    .body("error", equalTo("limit must be between 1 and " + max + ", not 0"));
            to(list).queryParam("limit", max + 1).get(list).then().statusCode(400)
                    .body("error", equalTo("limit must be between 1 and " + max + ", not " + (max + 1)));
            to(list).queryParam("limit", "lots").get(list).then().statusCode(400)
                    .body("error", equalTo("limit must be a whole number, not 'lots'"));
        });
        for (String list : List.of("/api/claims", "/api/articles", "/api/sources", "/api/clusters", "/api/drift")) {
            to(list).queryParam("offset", -1).get(list).then().statusCode(400)
                    .body("error", equalTo("offset must not be negative, not -1"));
            to(list).queryParam("offset", "x").get(list).then().statusCode(400)
                    .body("error", equalTo("offset must be a whole number, not 'x'"));
        }
        // one import job's items page the same way
        long job = as(TestUsers.EDITOR).queryParam("limit", 1).get("/api/imports").jsonPath().getList("id", Long.class)
                .stream().findFirst().orElse(-1L);
        if (job > 0) {
            as(TestUsers.EDITOR).queryParam("limit", 0).get("/api/imports/" + job).then().statusCode(400)
                    .body("error", equalTo("limit must be between 1 and 1000, not 0"));
        }
    }

    @Test
    void theDocumentSaysLimitAndOffsetAreWholeNumbers() {
        var doc = io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").jsonPath();
        assertTrue(doc.getString("paths.'/api/clusters'.get.parameters.find { it.name == 'limit' }.schema.type").contains("integer"));
        assertEquals(1, doc.getInt("paths.'/api/clusters'.get.parameters.find { it.name == 'limit' }.schema.minimum"));
        assertEquals(100, doc.getInt("paths.'/api/clusters'.get.parameters.find { it.name == 'limit' }.schema.default"));
        assertTrue(doc.getString("paths.'/api/claims'.get.parameters.find { it.name == 'offset' }.schema.type").contains("integer"));
    }
}
