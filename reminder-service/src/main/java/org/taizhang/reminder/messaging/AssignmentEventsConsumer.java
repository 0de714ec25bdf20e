package org.taizhang.reminder.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.platform.persistence.RetryingTransaction;
import org.taizhang.reminder.service.AssignmentTracker;

/** Applies assignment-service's events to the tracked assignments, each event once, in the order of its assignment. */
@ApplicationScoped
public class AssignmentEventsConsumer {

    static final String CONSUMER = "reminder-service/assignments";

    private final Inbox inbox;
    private final AssignmentTracker tracker;
    private final RetryingTransaction transaction;

    public AssignmentEventsConsumer(Inbox inbox, AssignmentTracker tracker, RetryingTransaction transaction) {
        this.inbox = inbox;
        this.tracker = tracker;
        this.transaction = transaction;
    }

    @Incoming("assignments")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        transaction.run(CONSUMER + " offset " + record.offset(), () -> inbox.accept(CONSUMER, record)
                .ifPresent(tracker::apply));
    }
}
