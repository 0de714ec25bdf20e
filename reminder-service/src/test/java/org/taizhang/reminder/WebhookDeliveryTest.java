package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.reminder.ReminderFixture.beijing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.Topics;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.delivery.ReminderMessage;
import org.taizhang.reminder.delivery.WebhookSignature;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.HostResolver;
import org.taizhang.reminder.service.Outcome;
import org.taizhang.reminder.service.Outgoing;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.reminder.service.WebhookSender;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

/** Webhook deliveries: signed once per reminder, retried with backoff, parked as FAILED, redelivered by hand. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String SECRET = "webhook-secret-" + UUID.randomUUID();
    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final Instant TICK = beijing(2026, 3, 24, 9, 30);

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookSender sender;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverOneSignedWebhookPerReminder() throws Exception {
        UUID subscription = fixture.webhookForRegion("339501", receiver.url(), SECRET);
        String assignment = fixture.track(
                NewAssignment.fixed("339501", ReminderFixture.unique("u-3395"), MARCH_END, beijing(2026, 1, 10, 9, 0)));

        tick.tick(TICK);
        worker.deliverDue(TICK);

        Reminder reminder = fixture.reminders(assignment).get(0);
        Delivery delivery = fixture.deliveriesTo(subscription).get(0);
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.deliveryId()).isEqualTo(delivery.id.toString());
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(new WebhookSignature(SECRET).verify(request.timestamp(), request.body(), request.signature()))
                    .isTrue();
            assertThat(new WebhookSignature("another-secret")
                            .verify(request.timestamp(), request.body(), request.signature()))
                    .isFalse();
            JsonNode body = mapper.readTree(request.body());
            assertThat(body.get("reminderId").asText()).isEqualTo(reminder.id.toString());
            assertThat(body.get("kind").asText()).isEqualTo("BEFORE_DUE");
            assertThat(body.get("step").asInt()).isEqualTo(5);
            assertThat(body.get("dueDate").asText()).isEqualTo("2026-03-31");
            assertThat(body.get("taskTitle").asText()).isEqualTo("做好政策解读发布工作");
        });
        assertThat(fixture.delivery(delivery.id).status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(fixture.delivery(delivery.id).attempts).isEqualTo(1);
        assertThat(fixture.reminders(assignment).get(0).status).isEqualTo(ReminderStatus.DELIVERED);

        worker.deliverDue(TICK.plus(Duration.ofHours(1)));
        assertThat(receiver.received()).hasSize(1);
        assertThat(eventTypes(assignment, 2))
                .containsExactly("taizhang.reminder.issued.v1", "taizhang.reminder.delivered.v1");
    }

    @Test
    void shouldRetryThenParkAsFailedAndRedeliverByHand() {
        receiver.answerWith(503);
        UUID subscription = fixture.webhookForRegion("339502", receiver.url(), SECRET);
        String assignment = fixture.track(
                NewAssignment.fixed("339502", ReminderFixture.unique("u-3395"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        Instant now = TICK;
        for (int round = 0; round < 10 && !failed(subscription); round++) {
            worker.deliverDue(now);
            now = now.plusSeconds(10);
        }
        Delivery failed = fixture.deliveriesTo(subscription).get(0);
        assertThat(failed.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts).as("retry.max-attempts in %test").isEqualTo(3);
        assertThat(failed.lastError).isEqualTo("HTTP 503");
        assertThat(receiver.received()).hasSize(3);
        assertThat(fixture.reminders(assignment).get(0).status).isEqualTo(ReminderStatus.FAILED);
        given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("status", "FAILED")
                .queryParam("subscriptionId", subscription.toString())
                .get("/api/deliveries")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(failed.id.toString()))
                .body("items[0].lastError", equalTo("HTTP 503"));

        receiver.answerWith(204);
        redeliver(TestTokens.unit("u-3395-x"), failed.id).statusCode(403);
        redeliver(TestTokens.office(), failed.id)
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        redeliver(TestTokens.office(), failed.id).statusCode(409).contentType("application/problem+json");
        redeliver(TestTokens.office(), UUID.randomUUID()).statusCode(404);
        worker.deliverDue(Instant.now().plusSeconds(1));

        assertThat(fixture.delivery(failed.id).status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(4);
        assertThat(fixture.reminders(assignment).get(0).status).isEqualTo(ReminderStatus.DELIVERED);
        assertThat(eventTypes(assignment, 3))
                .containsExactly(
                        "taizhang.reminder.issued.v1",
                        "taizhang.reminder.delivery-failed.v1",
                        "taizhang.reminder.delivered.v1");
    }

    @Test
    void shouldRefuseAStoredTargetInAnOddNumericFormWithoutConnecting() {
        UUID subscription = fixture.webhookForRegion("339503", receiver.url(), SECRET);
        // A row written before the rule, or by hand: 2130706433 is 127.0.0.1, which only the literal 127.0.0.1 may
        // name.
        String decimal = receiver.url().replace("127.0.0.1", "2130706433");
        fixture.repoint(subscription, decimal);
        String assignment = fixture.track(
                NewAssignment.fixed("339503", ReminderFixture.unique("u-3395"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);

        Delivery refused = fixture.deliveriesTo(subscription).get(0);
        assertThat(refused.status).as("a refused target is not retried").isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.attempts).isEqualTo(1);
        assertThat(refused.lastError).contains("refused").contains("loopback").contains("127.0.0.1");
        assertThat(receiver.received()).as("nothing sent to the refused target").isEmpty();
        assertThat(fixture.reminders(assignment).get(0).status).isEqualTo(ReminderStatus.FAILED);
    }

    @Test
    void shouldRefuseADeliveryToANameRepointedAtLoopbackSinceItWasSaved() {
        AtomicReference<String> pointsAt = new AtomicReference<>("198.51.100.20");
        dnsKnowsOnly("hooks.example.gov.cn", pointsAt);
        UUID subscription =
                fixture.webhookForRegion("339504", receiver.url().replace("127.0.0.1", "hooks.example.gov.cn"), SECRET);
        pointsAt.set("127.0.0.1");
        String assignment = fixture.track(
                NewAssignment.fixed("339504", ReminderFixture.unique("u-3395"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);

        Delivery refused = fixture.deliveriesTo(subscription).get(0);
        assertThat(refused.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.attempts).isEqualTo(1);
        assertThat(refused.lastError).contains("refused: hooks.example.gov.cn is a loopback address (127.0.0.1)");
        assertThat(receiver.received())
                .as("nothing sent to the re-pointed name")
                .isEmpty();
        assertThat(eventTypes(assignment, 2))
                .containsExactly("taizhang.reminder.issued.v1", "taizhang.reminder.delivery-failed.v1");
    }

    @Test
    void shouldRetryADeliveryToANameDnsDoesNotKnow() {
        dnsKnowsOnly("hooks.example.gov.cn", new AtomicReference<>("198.51.100.20"));
        UUID subscription = fixture.webhookForRegion("339505", "https://unknown.example.gov.cn/hook", SECRET);
        fixture.track(
                NewAssignment.fixed("339505", ReminderFixture.unique("u-3395"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);

        Delivery waiting = fixture.deliveriesTo(subscription).get(0);
        assertThat(waiting.status).as("DNS may answer later").isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.lastError).endsWith("cannot resolve unknown.example.gov.cn");
    }

    @Test
    void shouldNeverSendARequestAfterGivingUpOnIt() throws Exception {
        // Slower than the 2 s webhook timeout of %test, and more sends than the client's five connections to one
        // receiver: the last ones wait for a connection until after their sender has given up on them.
        receiver.answerAfter(Duration.ofSeconds(3));
        List<CompletableFuture<Outcome>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Outgoing outgoing = new Outgoing(
                    UUID.randomUUID(), UUID.randomUUID(), Channel.WEBHOOK, receiver.url(), SECRET, message());
            sends.add(CompletableFuture.supplyAsync(() -> sender.send(outgoing)));
        }
        for (CompletableFuture<Outcome> send : sends) {
            assertThat(send.get(10, TimeUnit.SECONDS).error()).isEqualTo("No answer within PT2S");
        }
        int whenAllGaveUp = receiver.received().size();

        Thread.sleep(4_000);

        assertThat(receiver.received())
                .as("requests that reached the receiver after their sender gave up")
                .hasSize(whenAllGaveUp);
    }

    private static ReminderMessage message() {
        return new ReminderMessage(
                null,
                null,
                "a-1",
                null,
                null,
                "1",
                "做好政策解读发布工作",
                "u-1",
                null,
                ReminderKind.OVERDUE,
                MARCH_END,
                1,
                null,
                "u-1",
                MARCH_END,
                TICK,
                true,
                false,
                null);
    }

    /** DNS, for this test, knows one name, pointing where {@code address} says at the time of asking. */
    private static void dnsKnowsOnly(String name, AtomicReference<String> address) {
        QuarkusMock.installMockForType(
                new HostResolver() {
                    @Override
                    public List<InetAddress> addresses(String asked) throws UnknownHostException {
                        if (!asked.equals(name)) {
                            throw new UnknownHostException(asked);
                        }
                        return List.of(InetAddress.getByName(address.get()));
                    }
                },
                HostResolver.class);
    }

    private boolean failed(UUID subscription) {
        List<Delivery> deliveries = fixture.deliveriesTo(subscription);
        return !deliveries.isEmpty() && deliveries.stream().allMatch(d -> d.status == DeliveryStatus.FAILED);
    }

    private List<String> eventTypes(String assignmentId, int expected) {
        return new TopicProbe(bootstrapServers)
                .readAll(Topics.REMINDERS, assignmentId, expected).stream()
                        .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                        .toList();
    }

    private static ValidatableResponse redeliver(String token, UUID id) {
        return given().auth()
                .oauth2(token)
                .post("/api/deliveries/" + id + "/redeliver")
                .then();
    }
}
