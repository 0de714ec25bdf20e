package org.taizhang.systest;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two reminder-service instances on one database (deploy/local's reminder-service-2 beside reminder-service): both
 * tick and work the delivery queue every 10 s, racing for the same due rows. Each reminder must still be issued once,
 * and delivered and answered once.
 */
class TwoReminderInstancesSystemTest {

    /** Two overdue assignments a task (市财政局 leads, 市发改委 is responsible): 32 reminders due at once. */
    private static final int TASKS = 16;

    private static final List<String> UNITS = List.of("341800-fgw", "341800-czj");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One reminder-service: its name and where it serves /q/metrics. */
    private record Instance(String name, String management) {}

    private static final List<Instance> INSTANCES = List.of(
            new Instance("reminder-service", Stack.REMINDER_MANAGEMENT),
            new Instance("reminder-service-2", Stack.REMINDER_2_MANAGEMENT));

    @Test
    void twoInstancesIssueAndDeliverEachReminderOnce() throws Exception {
        StackScript.assumeFaultsAllowed();
        StackScript.run("start the second instance", "start", "reminder-service-2");
        try {
            Calendars.onAWorkingDay(TwoReminderInstancesSystemTest::remindWithTwoInstances);
        } finally {
            StackScript.run("stop the second instance", "stop", "reminder-service-2");
        }
    }

    private static void remindWithTwoInstances() throws Exception {
        Map<String, Double> ticksBefore = sample("taizhang_reminder_tick_seconds_count");
        Map<String, Double> issuedBefore = sample("taizhang_reminder_reminders_issued_total");
        String run = Stack.runId();
        String secret = "st-secret-" + run;
        String plan = Plans.importDocument("two-instances.txt", Plans.overdueTasks(TASKS), "系统测试双实例" + run);
        Reminders.remindOverdueDaily(plan);
        List<String> subscriptions = new ArrayList<>();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            try {
                for (String unit : UNITS) {
                    subscriptions.add(Reminders.subscribe(Tokens.OFFICE, unit, receiver.url(), secret));
                }
                Plans.publish(plan);
                Set<String> ids = Plans.awaitAssignments("assignments of the plan", plan, TASKS * UNITS.size()).stream()
                        .filter(a -> UNITS.contains(a.get("unitId")))
                        .map(a -> (String) a.get("id"))
                        .collect(Collectors.toSet());
                assertThat(ids).as("assignments of %s", UNITS).hasSize(TASKS * UNITS.size());

                Await.until(
                        "every reminder answered (assignments with an answered delivery, of " + ids.size() + ")",
                        Duration.ofSeconds(180),
                        () -> answeredPerAssignment(receiver, ids).size(),
                        n -> n >= ids.size());
                // Two more ticks and delivery polls of each instance: time for a second issue or delivery to show.
                Thread.sleep(25_000);

                assertOnce(receiver, ids);
                assertIssuedOnce(ids);
                assertBothTicked(ticksBefore, issuedBefore, ids.size());
            } finally {
                subscriptions.forEach(Reminders::unsubscribe);
                Reminders.dropPolicy(plan);
            }
        }
    }

    private static void assertOnce(WebhookReceiver receiver, Set<String> ids) {
        List<WebhookReceiver.Delivery> ours = receiver.deliveries().stream()
                .filter(d -> ids.contains(assignmentOf(d)))
                .toList();
        Map<String, Long> answered = answeredPerAssignment(receiver, ids);
        Map<String, Long> notOnce = new TreeMap<>();
        ids.forEach(id -> {
            long count = answered.getOrDefault(id, 0L);
            if (count != 1) {
                notOnce.put(id, count);
            }
        });
        assertThat(notOnce)
                .as("deliveries answered 2xx per assignment: those not exactly 1 (of %d assignments)", ids.size())
                .isEmpty();
        Map<String, Long> repeated =
                ours.stream().collect(groupingBy(WebhookReceiver.Delivery::deliveryId, TreeMap::new, counting()));
        repeated.values().removeIf(n -> n == 1);
        assertThat(repeated).as("delivery ids received more than once").isEmpty();
        assertThat(ours).as("delivery attempts received vs reminders expected").hasSize(ids.size());
        assertThat(ours.stream().filter(d -> !d.signatureValid()).count())
                .as("deliveries with an invalid signature")
                .isZero();
    }

    private static void assertIssuedOnce(Set<String> ids) {
        Map<String, Integer> notOnce = new TreeMap<>();
        for (String id : ids) {
            List<?> reminders = as(Tokens.OFFICE, Stack.REMINDER)
                    .get("/api/reminders?assignmentId=" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            if (reminders.size() != 1) {
                notOnce.put(id, reminders.size());
            }
        }
        assertThat(notOnce)
                .as("reminder history: assignments without exactly 1 reminder (of %d)", ids.size())
                .isEmpty();
    }

    private static void assertBothTicked(
            Map<String, Double> ticksBefore, Map<String, Double> issuedBefore, int expected) {
        Map<String, Double> ticks = sample("taizhang_reminder_tick_seconds_count");
        Map<String, Double> issued = sample("taizhang_reminder_reminders_issued_total");
        double issuedByBoth = 0;
        for (Instance instance : INSTANCES) {
            assertThat(ticks.get(instance.name()))
                    .as("ticks of %s: %s before, %s after", instance.name(), ticksBefore, ticks)
                    .isGreaterThan(ticksBefore.get(instance.name()));
            issuedByBoth += issued.get(instance.name()) - issuedBefore.get(instance.name());
        }
        assertThat(issuedByBoth)
                .as(
                        "reminders issued by both instances meanwhile (%s before, %s after) vs expected",
                        issuedBefore, issued)
                .isGreaterThanOrEqualTo(expected);
    }

    private static Map<String, Long> answeredPerAssignment(WebhookReceiver receiver, Set<String> ids) {
        return receiver.deliveries().stream()
                .filter(WebhookReceiver.Delivery::answered)
                .map(TwoReminderInstancesSystemTest::assignmentOf)
                .filter(ids::contains)
                .collect(groupingBy(id -> id, counting()));
    }

    private static String assignmentOf(WebhookReceiver.Delivery delivery) {
        try {
            return JSON.readTree(delivery.body()).path("assignmentId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("webhook body " + delivery.body(), e);
        }
    }

    /** A metric of each instance, summed over its series (e.g. every tick outcome), from /q/metrics. */
    private static Map<String, Double> sample(String metric) {
        Map<String, Double> values = new TreeMap<>();
        for (Instance instance : INSTANCES) {
            String text = as(null, instance.management())
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            values.put(
                    instance.name(),
                    text.lines()
                            .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                            .mapToDouble(
                                    line -> value(line.substring(Math.max(metric.length(), line.lastIndexOf('}') + 1))))
                            .sum());
        }
        return values;
    }

    /** The value of a sample line after its name and labels (an optional timestamp follows it). */
    private static double value(String rest) {
        return Double.parseDouble(rest.trim().split(" ")[0]);
    }
}
