package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One reminder on its way to one subscription, with its attempts; unique per reminder and subscription. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "reminder_id")
    public UUID reminderId;

    /** Null once the subscription was removed; the delivery then fails at its next attempt. */
    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** The URL or address of the last attempt (the subscription's at the time), as shown: without a robot's key. */
    public String target;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    /** When the next attempt is due; while claimed, when the claim lapses. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The claim of the worker attempting it now; its outcome counts only while the claim is still its own. */
    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Delivery of(UUID reminderId, Subscription subscription, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.reminderId = reminderId;
        delivery.subscriptionId = subscription.id;
        delivery.channel = subscription.channel;
        delivery.target = subscription.shownTarget();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }
}
