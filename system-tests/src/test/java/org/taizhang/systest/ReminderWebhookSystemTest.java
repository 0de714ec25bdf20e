package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A reminder of an overdue assignment reaches a webhook receiver run by the test, signed with its secret. */
class ReminderWebhookSystemTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void anOverdueAssignmentsReminderReachesTheUnitsWebhookWithAValidSignature() throws Exception {
        onAWorkingDay(() -> remind(Duration.ZERO));
    }

    @Test
    void aReminderWaitsWhileTheReceiverIsDownAndArrivesOnceWhenItIsBack() throws Exception {
        StackScript.assumeFaultsAllowed();
        onAWorkingDay(() -> remind(Duration.ofSeconds(20)));
    }

    /** Runs {@code body} on a working day (see below); a reminder only fires on one. */
    private interface Body {
        void run() throws Exception;
    }

    private static void onAWorkingDay(Body body) throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Object> original = null;
        if (!workingDay(today)) {
            // Deadline reminders fire on working days only. A calendar change reschedules every tracked assignment
            // of the stack, so only on a stack the tests own (the faults' switch) does a weekend become a make-up day.
            Assumptions.assumeTrue(
                    "true".equals(System.getenv("TAIZHANG_SYSTEST_FAULTS"))
                            && today.getDayOfWeek().getValue() >= 6,
                    "today (" + today
                            + ", Asia/Shanghai) is no working day and the calendar is not the tests' to change");
            original = Calendars.makeUpWorkday(today);
        }
        try {
            body.run();
        } finally {
            if (original != null) {
                Calendars.restore(original);
            }
        }
    }

    /** One reminder to the unit's webhook, the receiver answering 503 for {@code down} first. */
    private static void remind(Duration down) throws Exception {
        String run = Stack.runId();
        String secret = "st-secret-" + run;
        String plan = Plans.importDocument("mission-plan.txt", "系统测试提醒" + run);
        // The plan's own policy: an overdue reminder every working day from 00:00, so one is due at once, and to the
        // unit itself: escalation to the lead unit and the office only after months.
        putPolicy(plan);
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            receiver.down(!down.isZero());
            String subscription = Reminders.subscribe(Tokens.UNIT_A, "341800-fgw", receiver.url(), secret);
            try {
                Plans.publish(plan);
                var assignments = Plans.awaitAssignments("assignments of the reminded plan", plan, 6);
                String fgwTask1 =
                        (String) Plans.find(assignments, "1", "341800-fgw").get("id");
                if (!down.isZero()) {
                    assertThat(receiver.await(d -> d.body().contains(fgwTask1), Duration.ofSeconds(90)))
                            .as("a delivery attempt while the receiver is down")
                            .isPresent();
                    Thread.sleep(down.toMillis());
                    receiver.down(false);
                }
                var delivery = receiver.awaitAnswered(d -> d.body().contains(fgwTask1), Duration.ofSeconds(120));
                assertThat(delivery)
                        .as(
                                "webhook delivery of a reminder for %s (%d received in all)",
                                fgwTask1, receiver.deliveries().size())
                        .isPresent();
                assertThat(delivery.get().signatureValid())
                        .as(
                                "X-Taizhang-Signature %s over timestamp %s",
                                delivery.get().signature(), delivery.get().timestamp())
                        .isTrue();
                Thread.sleep(3_000);
                long answered = receiver.deliveries().stream()
                        .filter(d -> d.answered() && d.body().contains(fgwTask1))
                        .count();
                assertThat(answered)
                        .as("deliveries for %s answered 2xx (receiver down %s first)", fgwTask1, down)
                        .isEqualTo(1);
                List<?> reminders = as(Tokens.UNIT_A, Stack.REMINDER)
                        .get("/api/reminders?assignmentId=" + fgwTask1)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
                assertThat(reminders).as("reminders issued for %s", fgwTask1).hasSize(1);
            } finally {
                Reminders.unsubscribe(subscription);
                as(Tokens.OFFICE, Stack.REMINDER).delete("/api/reminder-policies/plans/" + plan);
            }
        }
    }

    private static boolean workingDay(LocalDate today) {
        List<Map<String, Object>> days = as(Tokens.OFFICE, Stack.REMINDER)
                .get("/api/calendar/" + today.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("days");
        return days.stream()
                .filter(d -> today.toString().equals(d.get("date")))
                .anyMatch(d -> Boolean.TRUE.equals(d.get("workingDay")));
    }

    private static void putPolicy(String plan) {
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
}
