package org.taizhang.reporting.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.inbox.AcceptedEvent;
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
    private final PlanVersions versions;

    public EventApplier(Inbox inbox, PlanProjection plans, AssignmentProjection assignments, PlanVersions versions) {
        this.inbox = inbox;
        this.plans = plans;
        this.assignments = assignments;
        this.versions = versions;
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

    /**
     * Applies a poll's records, each event once, in order: one inbox statement per topic, then one query per table for
     * the rows the events write (assignments locked in id order), and the versions of the plans they change moved. Answers
     * the records whose events were applied now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsumerRecord<String, String>> applyAll(List<ConsumerRecord<String, String>> records) {
        Set<String> changed = new HashSet<>();
        List<ConsumerRecord<String, String>> applied = applyAll(records, changed);
        versions.bump(changed);
        return applied;
    }

    /**
     * {@link #applyAll(List)} without moving versions: the ids of the plans whose figures the records change are added to
     * {@code changedPlans}, for a rebuild to move once at its end. Moved lot after lot in the rebuild's one transaction,
     * a plan's row took a new version each time that no later lookup could skip, so each lot cost more than the last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsumerRecord<String, String>> applyAll(
            List<ConsumerRecord<String, String>> records, Set<String> changedPlans) {
        Map<String, List<ConsumerRecord<String, String>>> byConsumer = new LinkedHashMap<>();
        records.forEach(r -> byConsumer
                .computeIfAbsent(consumerOf(r.topic()), c -> new ArrayList<>())
                .add(r));
        List<AcceptedEvent> accepted = new ArrayList<>();
        byConsumer.forEach((consumer, polled) -> accepted.addAll(inbox.acceptAll(consumer, polled)));
        List<DomainEvent> events = accepted.stream().map(AcceptedEvent::event).toList();
        PollNeeds needs = PollNeeds.of(events);
        AssignmentRows rows = AssignmentRows.lockedFor(needs);
        events.forEach(event -> apply(event, rows));
        rows.insertNew();
        changedPlans.addAll(needs.planIds());
        return accepted.stream().map(AcceptedEvent::record).toList();
    }

    /** Moves the versions of the plans (and of those they were derived from), as each applied poll does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveVersions(Set<String> planIds) {
        versions.bump(planIds);
    }

    private void apply(DomainEvent event, AssignmentRows rows) {
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
            assignments.created(e, rows);
        } else if (event instanceof AssignmentsCreated e) {
            assignments.created(e, rows);
        } else if (event instanceof AssignmentCancelled e) {
            assignments.cancelled(e, rows);
        } else if (event instanceof AssignmentDeadlineChanged e) {
            assignments.deadlineChanged(e, rows);
        } else if (event instanceof AssignmentStatusChanged e) {
            assignments.statusChanged(e, rows);
        } else if (event instanceof ProgressReported e) {
            assignments.progressReported(e, rows);
        } else if (event instanceof ReminderIssued e) {
            assignments.reminderIssued(e, rows);
        }
        // Deliveries of reminders and types added later carry nothing the reports use.
    }
}
