package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.reminder.entity.TrackedAssignment;

/**
 * Keeps this service's copy of each assignment from assignment events and reschedules its reminders on every change.
 * Rows are locked before they change, so that a tick working the same assignment finishes first.
 */
@ApplicationScoped
public class AssignmentTracker {

    private final Rescheduler rescheduler;

    public AssignmentTracker(Rescheduler rescheduler) {
        this.rescheduler = rescheduler;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DomainEvent event) {
        if (event instanceof AssignmentCreated created) {
            created(created);
        } else if (event instanceof AssignmentDeadlineChanged changed) {
            locked(changed.assignmentId()).ifPresent(a -> {
                a.setDeadline(changed.deadline());
                touch(a, changed.changedAt());
            });
        } else if (event instanceof AssignmentStatusChanged changed) {
            locked(changed.assignmentId()).ifPresent(a -> {
                a.status = changed.status() == null ? a.status : changed.status();
                touch(a, changed.changedAt());
            });
        } else if (event instanceof ProgressReported reported) {
            locked(reported.assignmentId()).ifPresent(a -> {
                Instant at = reported.reportedAt() == null ? Instant.now() : reported.reportedAt();
                a.lastReportAt = a.lastReportAt == null || at.isAfter(a.lastReportAt) ? at : a.lastReportAt;
                touch(a, at);
            });
        } else if (event instanceof AssignmentCancelled cancelled) {
            locked(cancelled.assignmentId()).ifPresent(a -> {
                a.cancelledAt = cancelled.cancelledAt() == null ? Instant.now() : cancelled.cancelledAt();
                touch(a, a.cancelledAt);
            });
        }
    }

    private void created(AssignmentCreated event) {
        TrackedAssignment a = TrackedAssignment.<TrackedAssignment>findByIdOptional(
                        event.assignmentId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> {
                    TrackedAssignment fresh = new TrackedAssignment();
                    fresh.assignmentId = event.assignmentId();
                    return fresh;
                });
        a.planId = event.planId();
        a.taskId = event.taskId();
        a.taskNumber = event.taskNumber();
        a.taskTitle = event.taskTitle();
        a.unitId = event.unitId();
        a.unitName = event.unitName();
        a.regionCode = event.regionCode();
        a.role = event.role();
        a.setDeadline(event.deadline());
        a.status = event.status() == null ? AssignmentStatus.NOT_STARTED : event.status();
        a.createdAt = event.createdAt() == null ? Instant.now() : event.createdAt();
        a.updatedAt = a.createdAt;
        a.persist();
        touch(a, a.createdAt);
    }

    private void touch(TrackedAssignment assignment, Instant at) {
        assignment.updatedAt = at == null ? Instant.now() : at;
        rescheduler.reschedule(assignment);
    }

    private static Optional<TrackedAssignment> locked(String assignmentId) {
        Optional<TrackedAssignment> found =
                TrackedAssignment.findByIdOptional(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            // Events of one assignment arrive in order, so this is an assignment created before this service
            // started listening; there is nothing to remind of it by.
            Log.debugf("Ignoring an event of untracked assignment %s", assignmentId);
        }
        return found;
    }
}
