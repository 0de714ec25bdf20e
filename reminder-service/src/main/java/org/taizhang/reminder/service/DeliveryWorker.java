package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.LeaseMargin;

/**
 * Works the due deliveries: claims a batch, sends each outside any transaction, records each outcome. Several workers
 * (replicas or threads) may run at once; a claimed row is never sent by two of them: a claim holds for the delivery
 * lease from {@code now}, after which another replica may take the row, so a worker starts a send only while it would
 * end inside the lease even at the timeout of its channel (e-mail, or HTTP for the others). What it leaves is taken again once the
 * lease lapses, by whichever worker polls first.
 */
// Created at startup so that a lease too short for the send timeouts stops the service instead of sending nothing.
@Startup
@ApplicationScoped
public class DeliveryWorker {

    private final DeliveryLedger ledger;
    private final Function<Outgoing, Outcome> sender;
    private final LeaseMargin margin;
    private final int batchSize;
    private final LongSupplier nanoTime;
    private final ReminderTraces traces;

    @Inject
    public DeliveryWorker(
            DeliveryLedger ledger,
            WebhookSender webhooks,
            EmailSender mail,
            RobotSender robots,
            SmsSender sms,
            ReminderConfig config,
            ReminderTraces traces) {
        this(
                ledger,
                outgoing -> switch (outgoing.channel()) {
                    case WEBHOOK -> webhooks.send(outgoing);
                    case EMAIL -> mail.send(outgoing);
                    case WECOM, DINGTALK -> robots.send(outgoing);
                    case SMS -> sms.send(outgoing);
                },
                config.leaseMargin(),
                config.deliveryBatchSize(),
                System::nanoTime,
                traces);
    }

    DeliveryWorker(
            DeliveryLedger ledger,
            Function<Outgoing, Outcome> sender,
            LeaseMargin margin,
            int batchSize,
            LongSupplier nanoTime) {
        this(ledger, sender, margin, batchSize, nanoTime, ReminderTraces.noop());
    }

    private DeliveryWorker(
            DeliveryLedger ledger,
            Function<Outgoing, Outcome> sender,
            LeaseMargin margin,
            int batchSize,
            LongSupplier nanoTime,
            ReminderTraces traces) {
        this.traces = traces;
        this.ledger = ledger;
        this.sender = sender;
        this.margin = margin;
        this.batchSize = batchSize;
        this.nanoTime = nanoTime;
    }

    /**
     * Attempts every delivery due at {@code now} (the time the worker starts), as long as the claims it makes hold;
     * returns how many attempts were made.
     */
    public int deliverDue(Instant now) {
        long started = nanoTime.getAsLong();
        int attempted = 0;
        List<Outgoing> batch;
        do {
            if (!margin.allowsAny(elapsedSince(started))) {
                return attempted;
            }
            batch = ledger.claim(now, batchSize);
            int left = 0;
            for (Outgoing outgoing : batch) {
                // A send that could outlast the lease is left for whoever takes the row once it lapses; a delivery on
                // a channel with a shorter timeout may still go.
                if (!margin.allows(outgoing.channel(), elapsedSince(started))) {
                    left++;
                    continue;
                }
                // In the reminder's trace: the send, and the ReminderDelivered its record writes to the outbox.
                traces.attempt(outgoing, () -> {
                    ledger.record(outgoing, send(outgoing), now);
                    return null;
                });
                attempted++;
            }
            if (left > 0) {
                // Claiming more now would only leave more rows waiting for the lease to lapse.
                Log.infof(
                        "Delivery lease of %s nearly over: %d claimed deliveries left until it lapses",
                        margin.lease(), left);
                return attempted;
            }
        } while (batch.size() == batchSize);
        return attempted;
    }

    private Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(nanoTime.getAsLong() - startedNanos);
    }

    private Outcome send(Outgoing outgoing) {
        if (outgoing.target() == null) {
            return Outcome.hopeless("The subscription was removed");
        }
        return sender.apply(outgoing);
    }
}
