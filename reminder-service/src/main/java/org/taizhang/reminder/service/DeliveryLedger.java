package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.reminder.ReminderDelivered;
import org.taizhang.events.reminder.ReminderDeliveryFailed;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.ReminderMessage;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.reminder.entity.TrackedAssignment;

/**
 * The delivery table's transactions: claiming due rows ({@code FOR UPDATE SKIP LOCKED}, then a lease so that sending
 * happens outside any transaction), recording an attempt's outcome with its event, and redelivering a dead letter.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final String CLAIM = "SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED";
    private static final int MAX_ERROR = 2000;

    private final Outbox outbox;
    private final ReminderConfig config;

    public DeliveryLedger(Outbox outbox, ReminderConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Claims up to {@code limit} due deliveries for the lease; no other worker sees them until it lapses. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outgoing> claim(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Delivery> due = Delivery.getEntityManager()
                .createNativeQuery(CLAIM, Delivery.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return due.stream().map(d -> outgoing(d, now)).toList();
    }

    /** Records an attempt, unless the claim lapsed and another worker took the delivery over meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Outgoing sent, Outcome outcome, Instant now) {
        Delivery d = Delivery.findById(sent.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !sent.claimToken().equals(d.claimToken)) {
            return;
        }
        d.attempts++;
        d.lastAttemptAt = now;
        d.claimToken = null;
        String assignmentId = sent.message().assignmentId();
        if (outcome.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            outbox.publish(new ReminderDelivered(
                    d.reminderId.toString(),
                    d.id.toString(),
                    assignmentId,
                    d.channel.name(),
                    d.target,
                    d.attempts,
                    now));
        } else {
            d.lastError = outcome.error() == null || outcome.error().length() <= MAX_ERROR
                    ? outcome.error()
                    : outcome.error().substring(0, MAX_ERROR);
            d.nextAttemptAt = outcome.retryable()
                    ? config.retry()
                            .backoff(ThreadLocalRandom.current())
                            .nextAttemptAt(now, d.attempts)
                            .orElse(null)
                    : null;
            if (d.nextAttemptAt == null) {
                d.status = DeliveryStatus.FAILED;
                d.failedAt = now;
                outbox.publish(new ReminderDeliveryFailed(
                        d.reminderId.toString(),
                        d.id.toString(),
                        assignmentId,
                        d.channel.name(),
                        d.target,
                        d.attempts,
                        d.lastError,
                        now));
            }
        }
        ReminderStatuses.refresh(d.reminderId);
    }

    /** Puts a dead letter back in the queue with a fresh budget of attempts. */
    @Transactional
    public Delivery redeliver(UUID id, Instant now) {
        Delivery d = Delivery.<Delivery>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Delivery", id));
        if (d.status != DeliveryStatus.FAILED) {
            throw new ConflictException("Only a FAILED delivery can be redelivered; " + id + " is " + d.status);
        }
        d.status = DeliveryStatus.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now;
        d.failedAt = null;
        d.claimToken = null;
        ReminderStatuses.refresh(d.reminderId);
        return d;
    }

    private Outgoing outgoing(Delivery d, Instant now) {
        d.claimToken = UUID.randomUUID();
        d.nextAttemptAt = now.plus(config.deliveryLease());
        Subscription subscription = d.subscriptionId == null ? null : Subscription.findById(d.subscriptionId);
        Reminder r = Reminder.findById(d.reminderId);
        TrackedAssignment a = TrackedAssignment.findById(r.assignmentId);
        ReminderMessage message = new ReminderMessage(
                d.id.toString(),
                r.id.toString(),
                r.assignmentId,
                r.planId,
                r.taskId,
                a.taskNumber,
                a.taskTitle,
                r.unitId,
                a.unitName,
                r.kind,
                r.dueDate,
                r.step,
                r.target,
                r.recipientUnitId,
                r.fireOn,
                r.issuedAt,
                r.officialCalendar,
                r.urged(),
                r.note);
        return subscription == null
                ? new Outgoing(d.id, d.claimToken, d.channel, null, null, message, null, null, r.traceParent)
                : new Outgoing(
                        d.id,
                        d.claimToken,
                        subscription.channel,
                        subscription.target(),
                        subscription.secret,
                        message,
                        subscription.keyword,
                        subscription.shownTarget(),
                        r.traceParent);
    }
}
