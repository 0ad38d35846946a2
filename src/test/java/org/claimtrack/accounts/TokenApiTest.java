package org.claimtrack.accounts;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Personal API tokens: made once, stored as a digest, act with the owner's role, revocable, CSRF-safe. */
@QuarkusTest
class TokenApiTest {

    static String make(String user, String name) {
        return as(user).contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/tokens")
                .then().statusCode(201).header("Location", containsString("/api/tokens/"))
                .body("name", equalTo(name)).body("token", org.hamcrest.Matchers.startsWith("ct_"))
                .extract().path("token");
    }

    @Test
    void aTokenIsShownOnceStoredAsItsDigestAndActsWithItsOwnersRole() {
        String name = "script " + UUID.randomUUID();
        String token = make(TestUsers.CHECKER, name);
        // the list never shows the secret
        as(TestUsers.CHECKER).get("/api/tokens").then().statusCode(200).body("name", hasItem(name))
                .body(not(containsString(token))).body("find { it.name == '" + name + "' }.token", nullValue());
        // the database holds only the SHA-256 digest
        List<String> digests = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>list("name", name))
                .stream().map(t -> t.digest).toList();
        assertEquals(List.of(TokenService.digest(token)), digests);

        // Bearer works on /api as the owner, with the owner's role: a checker may read, not import
        given().header("Authorization", "Bearer " + token).get("/api/claims?limit=1").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body("{\"urls\":[\"http://x.invalid/\"]}")
                .post("/api/imports").then().statusCode(403);
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(200).body("name", hasItem(name));
        // last use is recorded
        as(TestUsers.CHECKER).get("/api/tokens").then().body("find { it.name == '" + name + "' }.lastUsedAt", not(nullValue()));
        // the role follows the owner: an editor's token imports
        String editorToken = make(TestUsers.EDITOR, "editor " + UUID.randomUUID());
        given().header("Authorization", "Bearer " + editorToken).contentType(ContentType.JSON)
                .body("{\"urls\":[\"http://127.0.0.1:1/a\"]}").post("/api/imports").then().statusCode(202);
    }

    @Test
    void wrongRevokedAndOthersTokensAre401Or404() {
        String token = make(TestUsers.VIEWER, "to revoke");
        long id = as(TestUsers.VIEWER).get("/api/tokens").then().extract().jsonPath()
                .getLong("find { it.name == 'to revoke' }.id");
        given().header("Authorization", "Bearer ct_wrong").get("/api/claims?limit=1").then().statusCode(401);
        given().header("Authorization", "Bearer " + token + "x").get("/api/claims?limit=1").then().statusCode(401);
        // someone else's token is not found, not revoked
        as(TestUsers.EDITOR).delete("/api/tokens/" + id).then().statusCode(404).body("error", containsString("no token"));
        as(TestUsers.EDITOR).delete("/api/tokens/abc").then().statusCode(404);
        given().header("Authorization", "Bearer " + token).get("/api/claims?limit=1").then().statusCode(200);
        // revoked with the token itself: later calls are 401
        given().header("Authorization", "Bearer " + token).delete("/api/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/claims?limit=1").then().statusCode(401);
        as(TestUsers.VIEWER).get("/api/tokens").then().body("id", not(hasItem((int) id)));
    }

    @Test
    void badRequestsGetJsonErrors() {
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body("{}").post("/api/tokens").then().statusCode(422)
                .body("error", containsString("name"));
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/tokens").then().statusCode(422);
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101))).post("/api/tokens")
                .then().statusCode(422);
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("name", "a", "role", "admin")).post("/api/tokens")
                .then().statusCode(400).body("error", containsString("role"));
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body("[").post("/api/tokens").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("name", "a")).post("/api/tokens").then().statusCode(401);
    }

    @Test
    void aTokenNeedsNoCsrfTokenButASessionStillDoes() {
        // a browser session writing to /api needs the CSRF header ...
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.VIEWER).formParam("j_password", TestUsers.password(TestUsers.VIEWER))
                .post("/j_security_check");
        String session = login.getCookie("claimtrack-session");
        String sid = login.getCookie("claimtrack-sid");
        given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).cookie("claimtrack-csrf", "c".repeat(20)).contentType(ContentType.JSON)
                .body(Map.of("name", "from session")).post("/api/tokens").then().statusCode(403);
        // ... a Bearer call does not: browsers never attach one by themselves
        String token = make(TestUsers.VIEWER, "bearer write");
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(Map.of("name", "by token"))
                .post("/api/tokens").then().statusCode(201);
        // a wrong token with a valid session cookie is still refused, not taken as the session
        given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).header("Authorization", "Bearer ct_forged")
                .contentType(ContentType.JSON).body(Map.of("name", "forged")).post("/api/tokens").then().statusCode(401);
    }

    @Test
    void theAccountPageMakesListsAndRevokesTokens() {
        String csrf = "account-page-csrf-0123456789";
        String page = as(TestUsers.CHECKER).get("/account").then().statusCode(200).extract().asString();
        assertTrue(page.contains("API tokens") && page.contains("action=\"/account/tokens\""), page);
        String name = "page " + UUID.randomUUID().toString().substring(0, 8);
        as(TestUsers.CHECKER).contentType("application/x-www-form-urlencoded").formParam("name", name)
                .post("/account/tokens").then().statusCode(403);
        String made = as(TestUsers.CHECKER).cookie("claimtrack-csrf", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("name", name).post("/account/tokens").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().asString();
        var m = Pattern.compile("id=\"new-token-value\" class=\"token-value\">(ct_[A-Za-z0-9_-]+)<").matcher(made);
        assertTrue(m.find(), made);
        String token = m.group(1);
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(200);
        // shown once: the next view of the page has the name, not the token
        String later = as(TestUsers.CHECKER).get("/account").then().statusCode(200).extract().asString();
        assertTrue(later.contains(name));
        assertFalse(later.contains(token));
        long id = as(TestUsers.CHECKER).get("/api/tokens").then().extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
        as(TestUsers.CHECKER).redirects().follow(false).cookie("claimtrack-csrf", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf)
                .post("/account/tokens/" + id + "/revoke").then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(401);
        String refused = as(TestUsers.CHECKER).cookie("claimtrack-csrf", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("name", "").post("/account/tokens").then().statusCode(422)
                .extract().asString();
        assertTrue(refused.contains("1 to 100 characters"), refused);
    }
}
