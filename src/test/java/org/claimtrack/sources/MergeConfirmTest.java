package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Merging sources or groups from their pages needs the confirmation tick; the server checks it (issue 17, item 5). */
@QuarkusTest
class MergeConfirmTest {

    static final String TOKEN = "merge-confirm-test-token-0123";

    static RequestSpecification form() {
        return as(TestUsers.EDITOR).redirects().follow(false).cookie("claimtrack-csrf", TOKEN)
                .contentType(ContentType.URLENC).formParam("csrf", TOKEN);
    }

    @Test
    void sourceMergeWithoutTheTickMergesNothing() {
        String n = Fixtures.nonce();
        long a = Fixtures.source("Ada " + n, SourceType.PERSON);
        long b = Fixtures.source("A. " + n, SourceType.PERSON);
        String page = as(TestUsers.EDITOR).get("/sources/" + b).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("name=\"confirm\""), "the form asks for the tick");
        form().formParam("intoId", String.valueOf(a)).post("/sources/" + b + "/merge").then().statusCode(303)
                .header("Location", containsString("error=")).header("Location", containsString("Nothing+was+merged"));
        as(TestUsers.VIEWER).get("/api/sources/" + b).then().statusCode(200);
        form().formParam("intoId", String.valueOf(a)).formParam("confirm", "yes").post("/sources/" + b + "/merge").then()
                .statusCode(303).header("Location", containsString("/sources/" + a));
        as(TestUsers.VIEWER).get("/api/sources/" + b).then().statusCode(404);
    }

    @Test
    void groupMergeWithoutTheTickMergesNothing() {
        form().formParam("into", "2").post("/clusters/1/merge").then().statusCode(303)
                .header("Location", containsString("Nothing+was+merged"));
    }

    @Test
    void aSourceMergeFormErrorIsShownInWords() {
        form().formParam("intoId", "abc").post("/sources/1/merge").then().statusCode(303)
                .header("Location", endsWith("")).header("Location", containsString("error="));
    }
}
