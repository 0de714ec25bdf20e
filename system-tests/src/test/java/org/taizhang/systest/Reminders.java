package org.taizhang.systest;

import static org.taizhang.systest.Stack.as;

import java.util.Map;

/** Subscriptions of reminder-service, created by a test and removed again in its finally. */
public final class Reminders {

    private Reminders() {}

    /** Subscribes {@code unitId} (as {@code account}) to webhook deliveries at {@code url}; returns the id. */
    public static String subscribe(String account, String unitId, String url, String secret) {
        return as(account, Stack.REMINDER)
                .contentType("application/json")
                .body(Map.of("unitId", unitId, "channel", "WEBHOOK", "url", url, "secret", secret))
                .post("/api/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void unsubscribe(String id) {
        as(Tokens.OFFICE, Stack.REMINDER)
                .delete("/api/subscriptions/" + id)
                .then()
                .statusCode(204);
    }
}
