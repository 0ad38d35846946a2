package org.claimtrack.testing;

import org.claimtrack.accounts.AccountService;
import org.claimtrack.accounts.User;

import io.quarkus.runtime.StartupEvent;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * One account per role for tests; the password is the user name followed by "-passphrase" (the admin's
 * is "admin-pass" from the %test configuration): both meet the password policy's ten characters.
 */
@ApplicationScoped
public class TestUsers {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "edith";
    public static final String CHECKER = "chuck";
    public static final String VIEWER = "vera";

    @Inject
    AccountService accounts;

    void create(@Observes @Priority(20) StartupEvent ev) {
        add(EDITOR, "editor");
        add(CHECKER, "checker");
        add(VIEWER, "viewer");
    }

    private void add(String name, String role) {
        if (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name)) == null) {
            accounts.create(name, password(name), role);
        }
    }

    public static String password(String user) {
        return ADMIN.equals(user) ? "admin-pass" : user + "-passphrase";
    }

    /** A request authenticated with HTTP Basic as the given user. */
    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, password(user));
    }
}
