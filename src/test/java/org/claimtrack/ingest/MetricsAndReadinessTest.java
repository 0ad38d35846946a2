package org.claimtrack.ingest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /q/metrics for admins (Basic or token) with the app's metrics; readiness names the warm extractor. */
@QuarkusTest
class MetricsAndReadinessTest {

    @Test
    void metricsShowExtractionIngestImportsAndRoutes() {
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("text", "Metrics " + UUID.randomUUID()
                + ": the minister said prices would fall.", "title", "Metrics")).post("/api/articles").then().statusCode(201);
        as(TestUsers.VIEWER).get("/api/claims?limit=1").then().statusCode(200);
        String token = as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("name", "prometheus"))
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(200)
                .body(containsString("claimtrack_extraction_seconds_count"))
                .body(containsString("claimtrack_extraction_claims_count"))
                .body(containsString("claimtrack_extraction_failures_total"))
                .body(containsString("claimtrack_ingest_seconds_count"))
                .body(containsString("claimtrack_import_items{status=\"pending\"}"))
                .body(containsString("uri=\"/api/claims\""));
        as(TestUsers.EDITOR).get("/q/metrics").then().statusCode(403);
        given().redirects().follow(false).get("/q/metrics").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(302)));
    }

    @Test
    void readinessNamesTheWarmExtractor() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("extractor"))
                .body("checks.find { it.name == 'extractor' }.data.state", org.hamcrest.Matchers.equalTo("ready"));
    }
}
