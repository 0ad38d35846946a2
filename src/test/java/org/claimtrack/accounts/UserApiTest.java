package org.claimtrack.accounts;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /api/users and /admin/users: admin only, bcrypt passwords that work at once, clear errors. */
@QuarkusTest
class UserApiTest {

    static final String TOKEN = "test-csrf-token-0123456789";

    static String name() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminAddsUserChangesRoleAndResetsPassword() {
        String n = name();
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", n, "password", "first-pass", "role", "viewer"))
                .post("/api/users").then().statusCode(201).body("username", equalTo(n)).body("role", equalTo("viewer"))
                .body(not(containsString("first-pass"))).body(not(containsString("$2")));
        given().auth().preemptive().basic(n, "first-pass").get("/api/claims?limit=1").then().statusCode(200);
        // a viewer may not write
        given().auth().preemptive().basic(n, "first-pass").contentType(ContentType.JSON).body(Map.of("rating", "TRUE", "version", 0))
                .put("/api/claims/1/verdict").then().statusCode(403);
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("role", "checker")).put("/api/users/" + n + "/role")
                .then().statusCode(200).body("role", equalTo("checker")).body("roles", equalTo("checker,viewer"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "second-pass"))
                .put("/api/users/" + n + "/password").then().statusCode(204);
        given().auth().preemptive().basic(n, "first-pass").get("/api/claims?limit=1").then().statusCode(401);
        given().auth().preemptive().basic(n, "second-pass").get("/api/claims?limit=1").then().statusCode(200);
        as(TestUsers.ADMIN).get("/api/users").then().statusCode(200).body("username", hasItem(n))
                .body("username", hasItem(TestUsers.ADMIN));
        as(TestUsers.ADMIN).get("/api/users/" + n).then().statusCode(200).body("role", equalTo("checker"));
    }

    @Test
    void onlyAdminsManageUsers() {
        given().get("/api/users").then().statusCode(401);
        as(TestUsers.EDITOR).get("/api/users").then().statusCode(403).body("error", containsString("forbidden"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("username", name(), "password", "whatever-pass", "role", "admin"))
                .post("/api/users").then().statusCode(403);
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .put("/api/users/" + TestUsers.VIEWER + "/role").then().statusCode(403);
        as(TestUsers.EDITOR).redirects().follow(false).get("/admin/users").then().statusCode(403);
        String page = as(TestUsers.ADMIN).get("/admin/users").then().statusCode(200).extract().asString();
        assertTrue(page.contains(TestUsers.VIEWER) && page.contains("name=\"csrf\""));
    }

    @Test
    void badInputGetsJsonErrors() {
        String n = name();
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "bad name!", "password", "long-enough", "role", "viewer"))
                .post("/api/users").then().statusCode(422).body("error", containsString("user names"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", n, "password", "short", "role", "viewer"))
                .post("/api/users").then().statusCode(422).body("error", containsString("10 to 200"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", n, "password", "long-enough", "role", "boss"))
                .post("/api/users").then().statusCode(422).body("error", containsString("role"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body("{\"username\": ").post("/api/users").then().statusCode(400)
                .body("error", containsString("JSON"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", n, "password", "long-enough", "role", "viewer",
                "admin", true)).post("/api/users").then().statusCode(400).body("error", containsString("admin"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("username", TestUsers.VIEWER, "password", "long-enough",
                "role", "viewer")).post("/api/users").then().statusCode(409).body("error", containsString("exists"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("role", "viewer")).put("/api/users/nobody-here/role")
                .then().statusCode(404).body("error", containsString("nobody-here"));
    }

    @Test
    void adminPageFormsNeedTheirToken() {
        String n = name();
        as(TestUsers.ADMIN).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", n).formParam("password", "long-enough").formParam("role", "viewer")
                .post("/admin/users").then().statusCode(403);
        as(TestUsers.ADMIN).redirects().follow(false).cookie("claimtrack-csrf", TOKEN).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", TOKEN).formParam("username", n).formParam("password", "long-enough").formParam("role", "editor")
                .post("/admin/users").then().statusCode(303);
        as(TestUsers.ADMIN).get("/api/users/" + n).then().statusCode(200).body("role", equalTo("editor"));
        String refused = as(TestUsers.ADMIN).cookie("claimtrack-csrf", TOKEN).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", TOKEN).formParam("password", "short").post("/admin/users/" + n + "/password")
                .then().statusCode(422).extract().asString();
        assertTrue(refused.contains("10 to 200"));
    }
}
