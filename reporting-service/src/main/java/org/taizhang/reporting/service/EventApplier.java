package org.taizhang.reporting.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.reminder.ReminderIssued;

/**
 * The one way an event reaches the read model, for the live channels and for a rebuild alike: recorded in the
 * inbox (so that it is applied once) and written by the projections, in the caller's transaction.
 */
@ApplicationScoped
public class EventApplier {

    public static final String PLANS = "reporting-service/plans";
    public static final String ASSIGNMENTS = "reporting-service/assignments";
    public static final String REMINDERS = "reporting-service/reminders";
    public static final List<String> CONSUMERS = List.of(PLANS, ASSIGNMENTS, REMINDERS);

    private final Inbox inbox;
    private final PlanProjection plans;
    private final AssignmentProjection assignments;

    public EventApplier(Inbox inbox, PlanProjection plans, AssignmentProjection assignments) {
        this.inbox = inbox;
        this.plans = plans;
        this.assignments = assignments;
    }

    /** The inbox consumer name for a topic's records. */
    public static String consumerOf(String topic) {
        return switch (topic) {
            case Topics.PLANS -> PLANS;
            case Topics.ASSIGNMENTS -> ASSIGNMENTS;
            case Topics.REMINDERS -> REMINDERS;
            default -> throw new IllegalArgumentException("Not a topic of the read model: " + topic);
        };
    }

    /** Applies the record's event unless it was applied before; true when it was applied now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ConsumerRecord<String, String> record) {
        Optional<DomainEvent> event = inbox.accept(consumerOf(record.topic()), record);
        event.ifPresent(this::apply);
        return event.isPresent();
    }

    private void apply(DomainEvent event) {
        if (event.aggregateId() == null) {
            Log.warnf("Ignoring a %s without its aggregate id", event.getClass().getSimpleName());
        } else if (event instanceof PlanPublished e) {
            plans.published(e);
        } else if (event instanceof TaskAmended e) {
            plans.amended(e);
        } else if (event instanceof TaskWithdrawn e) {
            plans.withdrawn(e);
        } else if (event instanceof PlanClosed e) {
            plans.closed(e);
        } else if (event instanceof AssignmentCreated e) {
            assignments.created(e);
        } else if (event instanceof AssignmentCancelled e) {
            assignments.cancelled(e);
        } else if (event instanceof AssignmentDeadlineChanged e) {
            assignments.deadlineChanged(e);
        } else if (event instanceof AssignmentStatusChanged e) {
            assignments.statusChanged(e);
        } else if (event instanceof ProgressReported e) {
            assignments.progressReported(e);
        } else if (event instanceof ReminderIssued e) {
            assignments.reminderIssued(e);
        }
        // Deliveries of reminders and types added later carry nothing the reports use.
    }
}
