package org.taizhang.reporting.service;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventType;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.reminder.ReminderIssued;

/**
 * The read-model rows a poll's events may write: assignments in id order (the order their locks are taken in; a
 * reminder is counted on its assignment too, a task's batch names each of its new ones), and the report and reminder
 * ids whose rows must be checked for, since a report or reminder sent again counts once; and the plans whose figures
 * the poll changes, whose versions move with it.
 */
record PollNeeds(List<String> assignmentIds, List<String> reportIds, List<String> reminderIds, List<String> planIds) {

    static PollNeeds of(List<DomainEvent> events) {
        TreeSet<String> assignments = new TreeSet<>();
        TreeSet<String> reports = new TreeSet<>();
        TreeSet<String> reminders = new TreeSet<>();
        TreeSet<String> plans = new TreeSet<>();
        for (DomainEvent event : events) {
            if (event.aggregateId() == null) {
                continue; // ignored when applied
            }
            String planId = planOf(event);
            if (planId != null && !planId.isBlank()) {
                plans.add(planId);
            }
            if (event instanceof AssignmentsCreated batch) {
                // Keyed by its task: the rows it writes are its assignments', looked up with the poll's others.
                batch.assignments().stream()
                        .map(AssignmentsCreated.NewAssignment::assignmentId)
                        .filter(Objects::nonNull)
                        .forEach(assignments::add);
            } else if (changesAssignment(event)) {
                assignments.add(event.aggregateId());
            }
            if (event instanceof ProgressReported reported && reported.reportId() != null) {
                reports.add(reported.reportId());
            } else if (event instanceof ReminderIssued issued && issued.reminderId() != null) {
                reminders.add(issued.reminderId());
                if (issued.assignmentId() != null) {
                    assignments.add(issued.assignmentId()); // its reminder counts are kept on the assignment
                }
            }
        }
        return new PollNeeds(
                List.copyOf(assignments), List.copyOf(reports), List.copyOf(reminders), List.copyOf(plans));
    }

    /** The plan an event belongs to; null for kinds the read model does not keep. */
    static String planOf(DomainEvent event) {
        // Java 17: no pattern matching in switch yet.
        if (event instanceof PlanPublished e) {
            return e.planId();
        } else if (event instanceof TaskAmended e) {
            return e.planId();
        } else if (event instanceof TaskWithdrawn e) {
            return e.planId();
        } else if (event instanceof PlanClosed e) {
            return e.planId();
        } else if (event instanceof AssignmentCreated e) {
            return e.planId();
        } else if (event instanceof AssignmentsCreated e) {
            return e.planId();
        } else if (event instanceof AssignmentCancelled e) {
            return e.planId();
        } else if (event instanceof AssignmentDeadlineChanged e) {
            return e.planId();
        } else if (event instanceof AssignmentStatusChanged e) {
            return e.planId();
        } else if (event instanceof ProgressReported e) {
            return e.planId();
        } else if (event instanceof ReminderIssued e) {
            return e.planId();
        }
        return null;
    }

    private static boolean changesAssignment(DomainEvent event) {
        return Topics.ASSIGNMENTS.equals(EventType.of(event).topic());
    }
}
