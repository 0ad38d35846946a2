package org.claimtrack.accounts;

import org.claimtrack.common.Causes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers a {@link LoginThrottledException} from the security layer: 429 with Retry-After, JSON or a page. */
@ApplicationScoped
public class LoginThrottleHandler {

    void install(@Observes Router router) {
        router.route().order(-900).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        LoginThrottledException e = Causes.find(rc.failure(), LoginThrottledException.class);
        if (e == null || rc.response().ended()) {
            rc.next();
            return;
        }
        var res = rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(e.retryAfterSeconds()))
                .putHeader("Cache-Control", "no-store");
        if (rc.normalizedPath().startsWith("/j_security_check")) {
            res.putHeader("Content-Type", "text/html; charset=utf-8").end("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>Too many failed logins · claimtrack</title></head><body><h1>Too many failed"
                    + " logins</h1><p>Try again in " + e.retryAfterSeconds() + " seconds.</p><p><a href=\"/login\">Log in</a></p>"
                    + "</body></html>");
        } else {
            res.putHeader("Content-Type", "application/json").end(new JsonObject().put("error", e.getMessage())
                    .put("retryAfter", e.retryAfterSeconds()).encode());
        }
    }
}
