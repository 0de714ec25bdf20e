package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.ReminderTick;

/**
 * Two replicas and a slow subscriber: a worker still sending its batch when its claims lapse would send what the other
 * replica has taken over meanwhile. It stops before its lease is over, so every delivery is sent once.
 */
@QuarkusTest
@TestProfile(LapsedLeaseTest.ShortLease.class)
class LapsedLeaseTest {

    private static final int DELIVERIES = 10;
    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final String SECRET = "lapsed-lease-secret-0123456789";

    /** A 4 s lease, 1 s webhook and 2 s mail timeouts (the lease must be twice either), one batch of all ten. */
    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "taizhang.reminders.delivery-lease",
                    LEASE.toSeconds() + "s",
                    "taizhang.reminders.webhook-timeout",
                    "1s",
                    "taizhang.reminders.mail-timeout",
                    "2s",
                    "taizhang.reminders.delivery-batch-size",
                    String.valueOf(DELIVERIES));
        }
    }

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    DeliveryWorker worker;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private long distinctSent() {
        return receiver.received().stream()
                .map(WebhookReceiver.Received::deliveryId)
                .distinct()
                .count();
    }

    @Test
    void shouldSendNothingTheOtherReplicaTookOverWhenTheLeaseLapsed() throws Exception {
        UUID subscription = fixture.webhookForRegion("338101", receiver.url(), SECRET);
        for (int i = 0; i < DELIVERIES; i++) {
            fixture.track(NewAssignment.fixed(
                    "338101", ReminderFixture.unique("u-3381"), LocalDate.of(2026, 6, 30), beijing(2026, 3, 2, 9, 0)));
        }
        Instant now = beijing(2026, 6, 23, 10, 0);
        tick.tick(now);
        // 700 ms an answer: the first worker's ten sends take 7 s, longer than its 4 s lease.
        receiver.answerAfter(Duration.ofMillis(700));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> worker.deliverDue(now));
        // The other replica polls once the first one's claims have lapsed, by the clock both share; so does whichever
        // polls next, until each delivery has been sent.
        List<Integer> later = new ArrayList<>();
        Instant poll = now;
        while (later.size() < 4 && distinctSent() < DELIVERIES) {
            Thread.sleep(LEASE.plusMillis(500).toMillis());
            poll = poll.plus(LEASE).plusMillis(500);
            later.add(worker.deliverDue(poll));
        }
        int firstAttempts = first.get(30, TimeUnit.SECONDS);

        Map<String, Long> perDelivery = receiver.received().stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Received::deliveryId, Collectors.counting()));
        assertThat(perDelivery.values())
                .as("requests per delivery id (first worker %d attempts, the later polls %s)", firstAttempts, later)
                .hasSize(DELIVERIES)
                .containsOnly(1L);
        assertThat(later.get(0)).as("attempts of the worker that took over").isPositive();
        assertThat(fixture.deliveriesTo(subscription)).hasSize(DELIVERIES).allSatisfy(d -> {
            assertThat(d.status).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts).isEqualTo(1);
        });
    }
}
