package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.taizhang.reminder.config.ReminderConfig;

/**
 * Works the due deliveries: claims a batch, sends each outside any transaction, records each outcome. Several workers
 * (replicas or threads) may run at once; a claimed row is never sent by two of them.
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

    /** Attempts every delivery due at {@code now}; returns how many attempts were made. */
    public int deliverDue(Instant now) {
        int size = config.deliveryBatchSize();
        int attempted = 0;
        List<Outgoing> batch;
        do {
            batch = ledger.claim(now, size);
            for (Outgoing outgoing : batch) {
                ledger.record(outgoing, send(outgoing), now);
            }
            attempted += batch.size();
        } while (batch.size() == size);
        return attempted;
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
