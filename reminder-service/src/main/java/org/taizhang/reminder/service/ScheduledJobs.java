package org.taizhang.reminder.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs the tick and the delivery worker on every replica; their row claims keep replicas apart, and an execution still
 * running when the next is due is skipped rather than stacked.
 */
@ApplicationScoped
public class ScheduledJobs {

    private final ReminderTick tick;
    private final DeliveryWorker worker;
    private final Clock clock;

    public ScheduledJobs(ReminderTick tick, DeliveryWorker worker, Clock clock) {
        this.tick = tick;
        this.worker = worker;
        this.clock = clock;
    }

    @Scheduled(
            identity = "reminder-tick",
            every = "${taizhang.reminders.tick}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        tick.tick(clock.instant());
    }

    @Scheduled(
            identity = "reminder-deliveries",
            every = "${taizhang.reminders.delivery-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        worker.deliverDue(clock.instant());
    }
}
