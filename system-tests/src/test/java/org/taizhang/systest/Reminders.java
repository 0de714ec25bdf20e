package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.util.List;
import java.util.Map;

/** Subscriptions and plan policies of reminder-service, created by a test and removed again in its finally. */
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

    /**
     * The plan's own policy: an overdue reminder every working day from 00:00, so one is due at once for an overdue
     * assignment, and to the unit itself: escalation to the lead unit and the office only after months.
     */
    public static void remindOverdueDaily(String plan) {
        var response = as(Tokens.OFFICE, Stack.REMINDER)
                .contentType("application/json")
                .body(Map.of(
                        "beforeDays", List.of(5, 1),
                        "onDueDay", true,
                        "overdueEveryDays", 1,
                        "leadUnitAfter", 59,
                        "officeAfter", 60,
                        "defaultCadence", "QUARTERLY",
                        "periodicGraceDays", 10,
                        "localHour", 0,
                        "zone", "Asia/Shanghai"))
                .put("/api/reminder-policies/plans/" + plan);
        assertThat(response.statusCode())
                .as("plan policy: %s", response.asString())
                .isBetween(200, 204);
    }

    public static void dropPolicy(String plan) {
        as(Tokens.OFFICE, Stack.REMINDER).delete("/api/reminder-policies/plans/" + plan);
    }
}
