package org.taizhang.reminder.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.reminder.service.AssignmentTracker;

/** Applies assignment-service's events to the tracked assignments, each event once, in the order of its assignment. */
@ApplicationScoped
public class AssignmentEventsConsumer {

    static final String CONSUMER = "reminder-service/assignments";

    private final Inbox inbox;
    private final AssignmentTracker tracker;

    public AssignmentEventsConsumer(Inbox inbox, AssignmentTracker tracker) {
        this.inbox = inbox;
        this.tracker = tracker;
    }

    @Incoming("assignments")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.accept(CONSUMER, record).ifPresent(tracker::apply);
    }
}
