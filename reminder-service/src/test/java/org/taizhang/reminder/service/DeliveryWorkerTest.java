package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.delivery.LeaseMargin;
import org.taizhang.reminder.entity.Channel;

/** The worker's lease check without a database: claims, sends and the passing of time are all faked. */
class DeliveryWorkerTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final LeaseMargin MARGIN = new LeaseMargin(LEASE, Duration.ofSeconds(10), Duration.ofSeconds(60));
    private static final Instant NOW = Instant.parse("2026-06-23T02:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final FakeLedger ledger = new FakeLedger();
    private final Map<UUID, Duration> sendTakes = new HashMap<>();
    private final List<UUID> sent = new ArrayList<>();

    private DeliveryWorker worker(int batchSize) {
        return new DeliveryWorker(
                ledger,
                outgoing -> {
                    sent.add(outgoing.deliveryId());
                    nanos.addAndGet(sendTakes
                            .getOrDefault(outgoing.deliveryId(), Duration.ZERO)
                            .toNanos());
                    return Outcome.ok();
                },
                MARGIN,
                batchSize,
                nanos::get);
    }

    /** A delivery whose send takes {@code takes}, so that the ones after it start with less of the lease left. */
    private Outgoing delivery(Channel channel, Duration takes) {
        Outgoing outgoing = new Outgoing(UUID.randomUUID(), UUID.randomUUID(), channel, "target", null, null);
        sendTakes.put(outgoing.deliveryId(), takes);
        return outgoing;
    }

    @Test
    void shouldStopBeforeEmailCouldOutliveLease() {
        Outgoing slow = delivery(Channel.WEBHOOK, Duration.ofSeconds(80));
        Outgoing email = delivery(Channel.EMAIL, Duration.ZERO);
        ledger.batches.add(List.of(slow, email));

        int attempts = worker(2).deliverDue(NOW);

        assertThat(sent).as("40 s left, 60 s mail timeout").containsExactly(slow.deliveryId());
        assertThat(ledger.recorded).containsExactly(slow.deliveryId());
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void shouldSendWebhookThatEndsInsideLease() {
        Outgoing slow = delivery(Channel.WEBHOOK, Duration.ofSeconds(80));
        Outgoing webhook = delivery(Channel.WEBHOOK, Duration.ZERO);
        ledger.batches.add(List.of(slow, webhook));

        int attempts = worker(5).deliverDue(NOW);

        assertThat(sent).as("40 s left, 10 s webhook timeout").containsExactly(slow.deliveryId(), webhook.deliveryId());
        assertThat(ledger.recorded).containsExactly(slow.deliveryId(), webhook.deliveryId());
        assertThat(attempts).isEqualTo(2);
    }

    @Test
    void shouldSendTheWebhooksBehindAnEmailLeftForLaterButClaimNoMore() {
        Outgoing slow = delivery(Channel.WEBHOOK, Duration.ofSeconds(80));
        Outgoing email = delivery(Channel.EMAIL, Duration.ZERO);
        Outgoing webhook = delivery(Channel.WEBHOOK, Duration.ZERO);
        ledger.batches.add(List.of(slow, email, webhook));
        ledger.batches.add(List.of(delivery(Channel.WEBHOOK, Duration.ZERO)));

        worker(3).deliverDue(NOW);

        assertThat(sent).containsExactly(slow.deliveryId(), webhook.deliveryId());
        assertThat(ledger.claims).as("claims made").isEqualTo(1);
    }

    @Test
    void shouldClaimAnotherBatchWhileAWebhookCouldStillEndInsideLease() {
        ledger.batches.add(
                List.of(delivery(Channel.EMAIL, Duration.ZERO), delivery(Channel.WEBHOOK, Duration.ofSeconds(70))));
        ledger.batches.add(List.of(delivery(Channel.WEBHOOK, Duration.ZERO)));

        int attempts = worker(2).deliverDue(NOW);

        assertThat(ledger.claims)
                .as("50 s left: too little for an e-mail, enough for a webhook")
                .isEqualTo(2);
        assertThat(attempts).isEqualTo(3);
    }

    @Test
    void shouldClaimNothingOnceNoSendCouldEndInsideLease() {
        ledger.batches.add(List.of(
                delivery(Channel.WEBHOOK, Duration.ofSeconds(60)), delivery(Channel.WEBHOOK, Duration.ofSeconds(51))));
        ledger.batches.add(List.of(delivery(Channel.WEBHOOK, Duration.ZERO)));

        int attempts = worker(2).deliverDue(NOW);

        assertThat(ledger.claims).as("9 s left, a 10 s webhook timeout").isEqualTo(1);
        assertThat(attempts).isEqualTo(2);
    }

    /** Hands out the queued batches and notes what was recorded; no database. */
    private static final class FakeLedger extends DeliveryLedger {

        final Deque<List<Outgoing>> batches = new ArrayDeque<>();
        final List<UUID> recorded = new ArrayList<>();
        int claims;

        FakeLedger() {
            super(null, null);
        }

        @Override
        public List<Outgoing> claim(Instant now, int limit) {
            claims++;
            return batches.isEmpty() ? List.of() : batches.poll();
        }

        @Override
        public void record(Outgoing sent, Outcome outcome, Instant now) {
            recorded.add(sent.deliveryId());
        }
    }
}
