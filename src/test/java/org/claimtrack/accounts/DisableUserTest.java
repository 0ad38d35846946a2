package org.claimtrack.accounts;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Admins disable an account (issue 17, item 7): Basic, new logins and an existing session cookie are refused. */
@QuarkusTest
class DisableUserTest {

    @Test
    void aDisabledAccountIsRefusedEverywhereUntilEnabledAgain() {
        String name = "dora" + UUID.randomUUID().toString().substring(0, 6);
        String password = name + "-password";
        as(TestUsers.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", password, "role", "viewer")).post("/api/users").then()
                .statusCode(201).body("disabled", equalTo(false));
        io.restassured.response.Response login = RestAssured.given().redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check");
        String session = login.getCookie("claimtrack-session");
        String sid = login.getCookie("claimtrack-sid");
        assertNotNull(session, "logged in");
        RestAssured.given().cookie("claimtrack-session", session).cookie("claimtrack-sid", sid).get("/api/claims?limit=1")
                .then().statusCode(200);

        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/users/" + name + "/disabled").then().statusCode(403);
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/users/" + name + "/disabled").then().statusCode(200).body("disabled", equalTo(true));

        RestAssured.given().auth().preemptive().basic(name, password).get("/api/claims?limit=1").then().statusCode(401);
        RestAssured.given().redirects().follow(false).cookie("claimtrack-session", session).cookie("claimtrack-sid", sid)
                .get("/api/claims?limit=1")
                .then().statusCode(anyOf(equalTo(401), equalTo(302)));
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", password).post("/j_security_check").then()
                .header("Location", containsString("error"));

        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("disabled", false))
                .put("/api/users/" + name + "/disabled").then().statusCode(200);
        RestAssured.given().auth().preemptive().basic(name, password).get("/api/claims?limit=1").then().statusCode(200);
    }

    @Test
    void nobodyDisablesThemselvesAndBadBodiesAre4xx() {
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/users/" + TestUsers.ADMIN + "/disabled").then().statusCode(422)
                .body("error", containsString("your own account"));
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("disabled", "yes"))
                .put("/api/users/" + TestUsers.VIEWER + "/disabled").then().statusCode(422);
        as(TestUsers.ADMIN).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/users/nobody-such/disabled").then().statusCode(404);
        as(TestUsers.ADMIN).get("/admin/users").then().statusCode(200).body(containsString("/disabled\""));
    }
}
