package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Reminders of overdue assignments reach a WeCom robot, a DingTalk robot (signed, with its keyword) and a mobile
 * number through the SMS provider, all three stood in by the test ({@link ChannelStandIn}): each delivery once, each
 * request signed as the platform checks it.
 */
class ReminderChannelsSystemTest {

    private static final String KEYWORD = "台账";

    @Test
    void aReminderReachesEachNewChannelOnceCorrectlySigned() throws Exception {
        Calendars.onAWorkingDay(ReminderChannelsSystemTest::remind);
    }

    private static void remind() throws Exception {
        String run = Stack.runId();
        String plan = Plans.importDocument("mission-plan.txt", "系统测试渠道提醒" + run);
        Reminders.remindOverdueDaily(plan);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        try (ChannelStandIn standIn =
                new ChannelStandIn("key-" + run, "token" + run, "SEC" + run + "0123456789abcdef")) {
            Map<String, String> subscriptions = Map.of(
                    "WECOM", subscribe(Map.of("channel", "WECOM", "url", standIn.wecomUrl())),
                    "DINGTALK",
                            subscribe(Map.of(
                                    "channel",
                                    "DINGTALK",
                                    "url",
                                    standIn.dingTalkUrl(),
                                    "secret",
                                    "SEC" + run + "0123456789abcdef",
                                    "keyword",
                                    KEYWORD)),
                    "SMS", subscribe(Map.of("channel", "SMS", "phones", List.of(phone))));
            try {
                Plans.publish(plan);
                var assignments = Plans.awaitAssignments("assignments of the reminded plan", plan, 6);
                String fgwTask1 =
                        (String) Plans.find(assignments, "1", "341800-fgw").get("id");
                awaitAllDelivered(subscriptions, Duration.ofSeconds(150));
                // Time for a second delivery of anything, were one to go out.
                Thread.sleep(3_000);
                subscriptions.forEach((channel, subscription) -> {
                    List<Map<String, Object>> delivered = deliveries(subscription);
                    List<ChannelStandIn.Request> received = standIn.requests(channel);
                    assertThat(received)
                            .as("%s requests, one per delivery %s", channel, delivered)
                            .hasSameSizeAs(delivered)
                            .allSatisfy(r -> assertThat(r.signedRight())
                                    .as("%s request signed as the platform checks: %s", channel, r.query())
                                    .isTrue());
                });
                assertThat(standIn.requests("WECOM"))
                        .extracting(
                                r -> r.body().path("markdown").path("content").asText())
                        .doesNotHaveDuplicates()
                        .anySatisfy(content -> assertThat(content).contains("/assignments/" + fgwTask1));
                assertThat(standIn.requests("DINGTALK"))
                        .extracting(r -> r.body().path("markdown").path("text").asText())
                        .doesNotHaveDuplicates()
                        .allSatisfy(text -> assertThat(text).contains(KEYWORD))
                        .anySatisfy(text -> assertThat(text).contains("/assignments/" + fgwTask1));
                assertThat(standIn.requests("SMS"))
                        .extracting(r -> r.body().path("SessionContext").asText())
                        .containsExactlyInAnyOrderElementsOf(deliveries(subscriptions.get("SMS")).stream()
                                .map(d -> (String) d.get("id"))
                                .toList());
                assertThat(standIn.requests("SMS"))
                        .allSatisfy(r -> assertThat(
                                        r.body().path("PhoneNumberSet").get(0).asText())
                                .isEqualTo("+86" + phone));
            } finally {
                subscriptions.values().forEach(Reminders::unsubscribe);
                Reminders.dropPolicy(plan);
            }
        }
    }

    private static String subscribe(Map<String, Object> channel) {
        Map<String, Object> body = new HashMap<>(channel);
        body.put("unitId", "341800-fgw");
        return as(Tokens.UNIT_A, Stack.REMINDER)
                .contentType("application/json")
                .body(body)
                .post("/api/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Waits until every subscription has deliveries and none is still pending. */
    private static void awaitAllDelivered(Map<String, String> subscriptions, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            boolean done = subscriptions.values().stream().allMatch(s -> {
                List<Map<String, Object>> all = deliveries(s);
                return !all.isEmpty() && all.stream().allMatch(d -> "DELIVERED".equals(d.get("status")));
            });
            if (done) {
                return;
            }
            Thread.sleep(1_000);
        }
        subscriptions.forEach((channel, s) -> assertThat(deliveries(s))
                .as("%s deliveries", channel)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("status")).as("%s", d).isEqualTo("DELIVERED")));
    }

    private static List<Map<String, Object>> deliveries(String subscription) {
        return as(Tokens.OFFICE, Stack.REMINDER)
                .get("/api/deliveries?size=500&subscriptionId=" + subscription)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }
}
