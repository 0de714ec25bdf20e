package org.taizhang.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.ReminderFixture.beijing;
import static org.taizhang.reminder.ReminderFixture.issuedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.policy.EscalationTarget;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.reminder.service.SubscriptionDetails;

/** Exactly once: two workers over the same due set (webhook, robots, SMS), and catch-up after downtime. */
@QuarkusTest
class ExactlyOnceTest {

    private static final int ASSIGNMENTS = 24;
    private static final String SECRET = "exactly-once-secret-0123456789";

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    DeliveryWorker worker;

    @InjectStandIn
    WireMockServer standIn;

    @Inject
    ObjectMapper mapper;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldIssueAndDeliverEachDueReminderOnceWithTwoWorkers() throws Exception {
        UUID subscription = fixture.webhookForRegion("339301", receiver.url(), SECRET);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ASSIGNMENTS; i++) {
            ids.add(fixture.track(NewAssignment.fixed(
                    "339301", ReminderFixture.unique("u-3393"), LocalDate.of(2026, 6, 30), beijing(2026, 3, 2, 9, 0))));
        }
        Instant now = beijing(2026, 6, 23, 10, 0);

        inParallel(() -> tick.tick(now), () -> tick.tick(now));

        for (String id : ids) {
            assertThat(fixture.reminders(id))
                    .extracting(r -> r.kind, r -> r.step)
                    .containsExactly(tuple(ReminderKind.BEFORE_DUE, 5));
        }
        assertThat(issuedEvents(ids))
                .as("one ReminderIssued in the outbox per reminder")
                .isEqualTo(ASSIGNMENTS);

        inParallel(() -> worker.deliverDue(now), () -> worker.deliverDue(now));

        assertThat(receiver.received()).hasSize(ASSIGNMENTS);
        assertThat(receiver.received().stream()
                        .map(WebhookReceiver.Received::deliveryId)
                        .distinct())
                .hasSize(ASSIGNMENTS);
        assertThat(fixture.deliveriesTo(subscription)).hasSize(ASSIGNMENTS).allSatisfy(d -> {
            assertThat(d.status).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts).isEqualTo(1);
        });
    }

    @Test
    void shouldDeliverOnceOnEachRobotAndSmsWithTwoWorkers() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = UUID.randomUUID().toString().replace("-", "");
        String phone = SmsDeliveryTest.phone();
        String base = "http://127.0.0.1:" + standIn.port();
        standIn.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send"))
                .withQueryParam("key", equalTo(key))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        standIn.stubFor(post(urlPathEqualTo("/robot/send"))
                .withQueryParam("access_token", equalTo(token))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        standIn.stubFor(post(urlEqualTo("/"))
                .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + phone)))
                .willReturn(okJson("{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\"}],\"RequestId\":\"r\"}}")));
        List<UUID> subscriptions = List.of(
                fixture.subscribe(new SubscriptionDetails(
                        null,
                        "339311",
                        Channel.WECOM,
                        base + "/cgi-bin/webhook/send?key=" + key,
                        null,
                        null,
                        null,
                        null,
                        true)),
                fixture.subscribe(new SubscriptionDetails(
                        null,
                        "339311",
                        Channel.DINGTALK,
                        base + "/robot/send?access_token=" + token,
                        null,
                        null,
                        null,
                        null,
                        true)),
                fixture.subscribe(new SubscriptionDetails(
                        null, "339311", Channel.SMS, null, null, null, null, List.of(phone), true)));
        int assignments = 8;
        for (int i = 0; i < assignments; i++) {
            fixture.track(NewAssignment.fixed(
                    "339311", ReminderFixture.unique("u-3393"), LocalDate.of(2026, 6, 30), beijing(2026, 3, 2, 9, 0)));
        }
        Instant now = beijing(2026, 6, 23, 10, 0);
        tick.tick(now);

        inParallel(() -> worker.deliverDue(now), () -> worker.deliverDue(now));

        assertThat(standIn.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                        .withQueryParam("key", equalTo(key))))
                .extracting(LoggedRequest::getBodyAsString)
                .hasSize(assignments)
                .doesNotHaveDuplicates();
        assertThat(standIn.findAll(
                        postRequestedFor(urlPathEqualTo("/robot/send")).withQueryParam("access_token", equalTo(token))))
                .extracting(LoggedRequest::getBodyAsString)
                .hasSize(assignments)
                .doesNotHaveDuplicates();
        assertThat(standIn.findAll(postRequestedFor(urlEqualTo("/"))
                        .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + phone)))))
                .extracting(r -> mapper.readTree(r.getBodyAsString())
                        .get("SessionContext")
                        .asText())
                .hasSize(assignments)
                .doesNotHaveDuplicates();
        for (UUID subscription : subscriptions) {
            assertThat(fixture.deliveriesTo(subscription)).hasSize(assignments).allSatisfy(d -> {
                assertThat(d.status).isEqualTo(DeliveryStatus.DELIVERED);
                assertThat(d.attempts).isEqualTo(1);
            });
        }
    }

    @Test
    void shouldCatchUpOnceAfterDowntimeEscalatingToTheLeadUnit() {
        String unit = ReminderFixture.unique("u-3393");
        String lead = ReminderFixture.unique("u-3393-lead");
        fixture.webhookForUnit(unit, receiver.url(), SECRET);
        fixture.webhookForUnit(lead, receiver.url(), SECRET);
        NewAssignment responsible =
                NewAssignment.fixed("339302", unit, LocalDate.of(2026, 3, 31), beijing(2026, 1, 10, 9, 0));
        // The lead unit has done its part: it reminds nobody itself but is where escalations go.
        fixture.track(NewAssignment.fixed("339302", lead, LocalDate.of(2026, 3, 31), beijing(2026, 1, 10, 9, 0))
                .inPlan(responsible.planId())
                .onTask(responsible.taskId())
                .as(UnitRole.LEAD, AssignmentStatus.COMPLETED));
        String id = fixture.track(responsible);

        tick.tick(beijing(2026, 3, 24, 9, 5));
        // Down from 3/24 until 4/10 11:00; the restarted service ticks every minute.
        tick.tick(beijing(2026, 4, 10, 11, 0));
        tick.tick(beijing(2026, 4, 10, 11, 1));
        tick.tick(beijing(2026, 4, 10, 15, 0));
        worker.deliverDue(beijing(2026, 4, 10, 15, 0));

        assertThat(fixture.reminders(id))
                .extracting(r -> r.kind, r -> r.step, r -> r.target, r -> r.recipientUnitId)
                .containsExactly(
                        tuple(ReminderKind.BEFORE_DUE, 5, EscalationTarget.UNIT, unit),
                        tuple(ReminderKind.OVERDUE, 3, EscalationTarget.LEAD_UNIT, lead));
        assertThat(fixture.tracked(id).nextFireAt)
                .as("OVERDUE step 4, three working days later")
                .isEqualTo(beijing(2026, 4, 15, 9, 0));
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Received::body)
                .satisfiesExactlyInAnyOrder(
                        body -> assertThat(body).contains("\"kind\":\"BEFORE_DUE\"", "\"recipientUnitId\":\"" + unit),
                        body -> assertThat(body).contains("\"kind\":\"OVERDUE\"", "\"recipientUnitId\":\"" + lead));
    }

    private static void inParallel(Callable<?>... workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Callable<?> work : workers) {
            running.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
