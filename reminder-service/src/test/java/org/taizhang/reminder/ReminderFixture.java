package org.taizhang.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.AssignmentTracker;
import org.taizhang.reminder.service.SubscriptionDetails;
import org.taizhang.reminder.service.SubscriptionService;

/** Tracked assignments and subscriptions put in place as the consumer and the API would, and what came of them. */
@ApplicationScoped
public class ReminderFixture {

    private final AssignmentTracker tracker;
    private final SubscriptionService subscriptions;

    public ReminderFixture(AssignmentTracker tracker, SubscriptionService subscriptions) {
        this.tracker = tracker;
        this.subscriptions = subscriptions;
    }

    /** Tracks the assignment as its AssignmentCreated event would; returns its id. */
    public String track(NewAssignment assignment) {
        inTx(() -> {
            tracker.apply(assignment.event());
            return null;
        });
        return assignment.id();
    }

    public TrackedAssignment tracked(String assignmentId) {
        return inTx(() -> TrackedAssignment.findById(assignmentId));
    }

    /** The assignment's reminders, in the order they fired. */
    public List<Reminder> reminders(String assignmentId) {
        return inTx(() -> Reminder.list("assignmentId = ?1 order by fireAt, kind, step", assignmentId));
    }

    public List<Delivery> deliveriesTo(UUID subscriptionId) {
        return inTx(() -> Delivery.list("subscriptionId = ?1 order by createdAt", subscriptionId));
    }

    public Delivery delivery(UUID id) {
        return inTx(() -> Delivery.findById(id));
    }

    public UUID webhookForRegion(String region, String url, String secret) {
        return subscribe(new SubscriptionDetails(null, region, Channel.WEBHOOK, url, secret, null, true));
    }

    public UUID webhookForUnit(String unitId, String url, String secret) {
        return subscribe(new SubscriptionDetails(unitId, null, Channel.WEBHOOK, url, secret, null, true));
    }

    public UUID emailForUnit(String unitId, String address) {
        return subscribe(new SubscriptionDetails(unitId, null, Channel.EMAIL, null, null, address, true));
    }

    public UUID subscribe(SubscriptionDetails details) {
        return subscriptions.create(details, "test", Instant.now()).id;
    }

    /** Points a subscription elsewhere behind the API's back, as a row stored before a rule, or edited by hand. */
    public void repoint(UUID subscriptionId, String url) {
        inTx(() -> {
            Subscription.<Subscription>findById(subscriptionId).url = url;
            return null;
        });
    }

    /** An instant given as Beijing local time. */
    public static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ReminderPolicy.SHANGHAI)
                .toInstant();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** How many ReminderIssued events the outbox holds for these assignments. */
    public static long issuedEvents(List<String> assignmentIds) {
        return inTx(() -> (Long) Reminder.getEntityManager()
                .createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'taizhang.reminder.issued.v1'"
                                + " AND record_key IN (:ids)",
                        Long.class)
                .setParameter("ids", assignmentIds)
                .getSingleResult());
    }

    /** The types of the events held for the assignment, in the order received. */
    public static List<String> held(String assignmentId) {
        return inTx(() -> Reminder.getEntityManager()
                .createNativeQuery(
                        "SELECT event_type FROM held_assignment_event WHERE assignment_id = ?1 ORDER BY seq",
                        String.class)
                .setParameter(1, assignmentId)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList());
    }

    /** Makes the events held for the assignment look received {@code age} ago. */
    public static void ageHeld(String assignmentId, Duration age) {
        inTx(() -> Reminder.getEntityManager()
                .createNativeQuery(
                        "UPDATE held_assignment_event SET received_at = CAST(?1 AS timestamptz) WHERE assignment_id = ?2")
                .setParameter(1, Instant.now().minus(age).toString())
                .setParameter(2, assignmentId)
                .executeUpdate());
    }

    public static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
