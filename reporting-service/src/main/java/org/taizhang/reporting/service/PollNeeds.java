package org.taizhang.reporting.service;

import java.util.List;
import java.util.TreeSet;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventType;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.reminder.ReminderIssued;

/**
 * The read-model rows a poll's events may write: assignments in id order (the order their locks are taken in), and the
 * report and reminder ids whose rows must be checked for, since a report or reminder sent again counts once.
 */
record PollNeeds(List<String> assignmentIds, List<String> reportIds, List<String> reminderIds) {

    static PollNeeds of(List<DomainEvent> events) {
        TreeSet<String> assignments = new TreeSet<>();
        TreeSet<String> reports = new TreeSet<>();
        TreeSet<String> reminders = new TreeSet<>();
        for (DomainEvent event : events) {
            if (event.aggregateId() == null) {
                continue; // ignored when applied
            }
            if (changesAssignment(event)) {
                assignments.add(event.aggregateId());
            }
            if (event instanceof ProgressReported reported && reported.reportId() != null) {
                reports.add(reported.reportId());
            } else if (event instanceof ReminderIssued issued && issued.reminderId() != null) {
                reminders.add(issued.reminderId());
            }
        }
        return new PollNeeds(List.copyOf(assignments), List.copyOf(reports), List.copyOf(reminders));
    }

    private static boolean changesAssignment(DomainEvent event) {
        return Topics.ASSIGNMENTS.equals(EventType.of(event).topic());
    }
}
