package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.platform.persistence.DeadlineColumns;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.Reminder;
import org.taizhang.reporting.entity.StatusChange;

/**
 * Writes assignment-service's and reminder-service's events. An event about an assignment not seen yet makes a stub
 * row keyed by its id, which its AssignmentCreated (alone or in its task's AssignmentsCreated) completes: nothing is
 * dropped for arriving early.
 */
@ApplicationScoped
public class AssignmentProjection {

    @Transactional(Transactional.TxType.MANDATORY)
    void created(AssignmentCreated event, AssignmentRows rows) {
        create(event, rows);
    }

    /** Each assignment of a task's batch as its own AssignmentCreated, from the rows the poll looked up already. */
    @Transactional(Transactional.TxType.MANDATORY)
    void created(AssignmentsCreated event, AssignmentRows rows) {
        for (AssignmentCreated each : event.each()) {
            if (each.assignmentId() != null) { // nothing to key its row by, as a single event without its id
                create(each, rows); // not through the interceptor: one transaction check for the batch
            }
        }
    }

    private void create(AssignmentCreated event, AssignmentRows rows) {
        if (event.planId() == null || event.taskId() == null || event.unitId() == null) {
            return; // nothing to join it to; ignored alike by the live channels and by a rebuild
        }
        Assignment known = rows.assignment(event.assignmentId());
        // A new row is filled in before it is persisted: one INSERT, not an INSERT and an UPDATE.
        Assignment a = known != null
                ? known
                : AssignmentRows.unsavedStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId());
        boolean wasStub = !a.created;
        if (!wasStub || a.deadline.kind == DeadlineKind.UNSPECIFIED) {
            a.deadline = DeadlineColumns.of(event.deadline());
        }
        if (wasStub && a.status == AssignmentStatus.NOT_STARTED && event.status() != null) {
            // A stub's status came from a later event and stands; a fresh row starts where the event says.
            a.status = event.status();
        }
        a.planId = event.planId();
        a.taskId = event.taskId();
        a.taskNumber = event.taskNumber();
        a.taskTitle = event.taskTitle();
        a.unitId = event.unitId();
        a.unitName = event.unitName();
        // stored as RegionCodes reads it, so that the overdue list's SQL region test is exactly RegionCodes.contains
        a.regionCode = event.regionCode() == null ? null : event.regionCode().strip();
        a.role = event.role();
        a.assignedAt = event.createdAt();
        a.created = true;
        if (known == null) {
            rows.keep(a);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void cancelled(AssignmentCancelled event, AssignmentRows rows) {
        Assignment a = rows.assignmentOrStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId());
        a.cancelledAt = Objects.requireNonNullElse(event.cancelledAt(), PlanProjection.UNKNOWN_TIME);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void deadlineChanged(AssignmentDeadlineChanged event, AssignmentRows rows) {
        rows.assignmentOrStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId()).deadline =
                DeadlineColumns.of(event.deadline());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(AssignmentStatusChanged event, AssignmentRows rows) {
        if (event.status() == null) {
            return; // a status this build does not know (a newer producer's): the last known one stands
        }
        Assignment a = rows.assignmentOrStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId());
        if (event.status() != AssignmentStatus.COMPLETED) {
            a.completedAt = null;
        } else if (a.status != AssignmentStatus.COMPLETED || a.completedAt == null) {
            a.completedAt = event.changedAt();
        }
        a.status = event.status();
        if (event.changedAt() != null) {
            StatusChange change = new StatusChange();
            change.id = UUID.randomUUID();
            change.assignmentId = event.assignmentId();
            change.planId = event.planId();
            change.previousStatus = event.previousStatus();
            change.status = event.status();
            change.changedBy = event.changedBy();
            change.changedAt = event.changedAt();
            change.persist();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void progressReported(ProgressReported event, AssignmentRows rows) {
        if (event.reportId() == null || !rows.newReport(event.reportId())) {
            return; // the same report sent again under a new event id counts once
        }
        ProgressReport report = new ProgressReport();
        report.reportId = event.reportId();
        report.assignmentId = event.assignmentId();
        report.planId = event.planId();
        report.taskId = event.taskId();
        report.unitId = event.unitId();
        report.status = event.status();
        report.summary = event.summary();
        report.evidenceUrls = event.evidenceUrls() == null ? new ArrayList<>() : new ArrayList<>(event.evidenceUrls());
        report.reportedBy = event.reportedBy();
        report.reportedVia = event.reportedVia();
        report.reportedAt = event.reportedAt();
        report.receivedAt = event.receivedAt();
        report.persist();
        Assignment a = rows.assignmentOrStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId());
        // Lateness goes by receipt, as in the assignment-service: a backdated report does not look on time here.
        Instant counted = event.countedAt();
        if (counted != null && (a.lastReportAt == null || counted.isAfter(a.lastReportAt))) {
            a.lastReportAt = counted;
        }
        if (counted != null) {
            // A new list, so that Hibernate sees the change (it compares the collection it loaded).
            List<Instant> times = new ArrayList<>(a.reportTimes);
            times.add(counted);
            a.reportTimes = times;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reminderIssued(ReminderIssued event, AssignmentRows rows) {
        if (event.reminderId() == null || !rows.newReminder(event.reminderId())) {
            return;
        }
        Reminder reminder = new Reminder();
        reminder.reminderId = event.reminderId();
        reminder.assignmentId = event.assignmentId();
        reminder.planId = event.planId();
        reminder.taskId = event.taskId();
        reminder.unitId = event.unitId();
        reminder.kind = event.kind();
        reminder.dueDate = event.dueDate();
        reminder.escalationStep = event.escalationStep();
        reminder.recipientUnitId = event.recipientUnitId();
        reminder.issuedAt = event.issuedAt();
        reminder.persist();
        // Counted on the assignment (a stub until it arrives), so that scorecards need not read the reminders.
        Assignment a = rows.assignmentOrStub(event.assignmentId(), event.planId(), event.taskId(), event.unitId());
        a.reminders++;
        a.urgings += ScorecardCalculator.isUrging(event.kind()) ? 1 : 0;
    }
}
