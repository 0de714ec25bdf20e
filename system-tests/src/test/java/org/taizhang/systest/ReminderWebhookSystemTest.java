package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reminder of an overdue assignment reaches a webhook receiver run by the test, signed with its secret. */
class ReminderWebhookSystemTest {

    @Test
    void anOverdueAssignmentsReminderReachesTheUnitsWebhookWithAValidSignature() throws Exception {
        Calendars.onAWorkingDay(() -> remind(Duration.ZERO));
    }

    @Test
    void aReminderWaitsWhileTheReceiverIsDownAndArrivesOnceWhenItIsBack() throws Exception {
        StackScript.assumeFaultsAllowed();
        Calendars.onAWorkingDay(() -> remind(Duration.ofSeconds(20)));
    }

    /** One reminder to the unit's webhook, the receiver answering 503 for {@code down} first. */
    private static void remind(Duration down) throws Exception {
        String run = Stack.runId();
        String secret = "st-secret-" + run;
        String plan = Plans.importDocument("mission-plan.txt", "系统测试提醒" + run);
        Reminders.remindOverdueDaily(plan);
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
                Reminders.dropPolicy(plan);
            }
        }
    }
}
