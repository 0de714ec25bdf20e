package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs the tick, the delivery worker and the sweep of held assignment events on every replica; their row claims and
 * locks keep replicas apart, and an execution still running when the next is due is skipped rather than stacked.
 */
@ApplicationScoped
public class ScheduledJobs {

    private final ReminderTick tick;
    private final DeliveryWorker worker;
    private final HeldEventSweep heldEvents;
    private final Clock clock;

    public ScheduledJobs(ReminderTick tick, DeliveryWorker worker, HeldEventSweep heldEvents, Clock clock) {
        this.tick = tick;
        this.worker = worker;
        this.heldEvents = heldEvents;
        this.clock = clock;
    }

    @Scheduled(
            identity = "reminder-tick",
            every = "${taizhang.reminders.tick}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        TickResult result = tick.tick(clock.instant());
        if (result.reminders() > 0) {
            Log.infof("Issued %d reminders for %d due assignments", result.reminders(), result.assignments());
        }
    }

    @Scheduled(
            identity = "reminder-deliveries",
            every = "${taizhang.reminders.delivery-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        int attempts = worker.deliverDue(clock.instant());
        if (attempts > 0) {
            Log.debugf("Made %d delivery attempts", attempts);
        }
    }

    @Scheduled(
            identity = "held-assignment-events",
            every = "${taizhang.reminders.held-events.sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepHeldEvents() {
        int applied;
        do {
            applied = heldEvents.applyToTracked();
        } while (applied == HeldEventSweep.BATCH);
        heldEvents.purge(clock.instant());
    }
}
