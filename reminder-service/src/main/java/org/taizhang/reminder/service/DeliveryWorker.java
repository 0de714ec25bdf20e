package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.taizhang.reminder.config.ReminderConfig;

/**
 * Works the due deliveries: claims a batch, sends each outside any transaction, records each outcome. Several workers
 * (replicas or threads) may run at once; a claimed row is never sent by two of them: a claim holds for the delivery
 * lease from {@code now}, after which another replica may take the row, so a worker sends only while a send started
 * now (answered within the webhook timeout) still ends inside the lease. What it leaves is taken again once the lease
 * lapses, by whichever worker polls first.
 */
@ApplicationScoped
public class DeliveryWorker {

    private final DeliveryLedger ledger;
    private final WebhookSender webhooks;
    private final EmailSender mail;
    private final ReminderConfig config;

    public DeliveryWorker(DeliveryLedger ledger, WebhookSender webhooks, EmailSender mail, ReminderConfig config) {
        this.ledger = ledger;
        this.webhooks = webhooks;
        this.mail = mail;
        this.config = config;
    }

    /**
     * Attempts every delivery due at {@code now} (the time the worker starts), as long as the claims it makes hold;
     * returns how many attempts were made.
     */
    public int deliverDue(Instant now) {
        long started = System.nanoTime();
        int size = config.deliveryBatchSize();
        int attempted = 0;
        List<Outgoing> batch;
        do {
            if (!leaseHolds(started)) {
                return attempted;
            }
            batch = ledger.claim(now, size);
            for (int i = 0; i < batch.size(); i++) {
                if (!leaseHolds(started)) {
                    Log.infof(
                            "Delivery lease of %s nearly over: %d claimed deliveries left until it lapses",
                            config.deliveryLease(), batch.size() - i);
                    return attempted;
                }
                Outgoing outgoing = batch.get(i);
                ledger.record(outgoing, send(outgoing), now);
                attempted++;
            }
        } while (batch.size() == size);
        return attempted;
    }

    /**
     * Whether a send started now ends before the claims lapse: they were made for the lease from {@code now}, and
     * another replica takes a row over once its lease has lapsed by its own clock.
     */
    private boolean leaseHolds(long startedNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        return elapsed.plus(config.webhookTimeout()).compareTo(config.deliveryLease()) < 0;
    }

    private Outcome send(Outgoing outgoing) {
        if (outgoing.target() == null) {
            return Outcome.hopeless("The subscription was removed");
        }
        return switch (outgoing.channel()) {
            case WEBHOOK -> webhooks.send(outgoing);
            case EMAIL -> mail.send(outgoing);
        };
    }
}
