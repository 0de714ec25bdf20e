package org.taizhang.reminder.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.events.inbox.BatchApplier;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.reminder.service.AssignmentTracker;
import org.taizhang.reminder.service.ReceivedEvent;

/**
 * Applies assignment-service's events to the tracked assignments, each event once, in the order of its assignment
 * (events that overtook their assignment's creation are held until it comes); each poll in one transaction, so that a
 * quarter-end push costs one commit per poll rather than one per event, and one inbox statement and one locking query
 * per poll rather than one of each per event. A task's new assignments come up to 500 to an event.
 */
@ApplicationScoped
public class AssignmentEventsConsumer {

    static final String CONSUMER = "reminder-service/assignments";

    private final Inbox inbox;
    private final AssignmentTracker tracker;
    private final BatchApplier batches;

    public AssignmentEventsConsumer(Inbox inbox, AssignmentTracker tracker, BatchApplier batches) {
        this.inbox = inbox;
        this.tracker = tracker;
        this.batches = batches;
    }

    @Incoming("assignments")
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        batches.apply(
                CONSUMER,
                polled,
                batch -> tracker.applyAll(inbox.acceptAll(CONSUMER, batch).stream()
                        .map(accepted -> new ReceivedEvent(accepted.eventId(), accepted.event()))
                        .toList()));
    }
}
