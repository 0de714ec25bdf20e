package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
 * A poll's rows are locked before any changes, all in one query in id order, so that a tick working the same
 * assignments finishes first and two transactions locking the same rows never deadlock.
 */
@ApplicationScoped
public class AssignmentTracker {

    private static final String LOCK = "select * from tracked_assignment where assignment_id = any(:ids)"
            + " order by assignment_id for no key update";

    private final Planning planning;
    private final Rescheduler rescheduler;

    public AssignmentTracker(Planning planning, Rescheduler rescheduler) {
        this.planning = planning;
        this.rescheduler = rescheduler;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DomainEvent event) {
        applyAll(List.of(event));
    }

    /** Applies the events in order: one query locks their rows, one snapshot plans them all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<DomainEvent> events) {
        List<String> ids = AssignmentIds.lockOrder(events);
        if (ids.isEmpty()) {
            return;
        }
        Map<String, TrackedAssignment> tracked = new HashMap<>();
        // One array parameter rather than an IN list: the same statement, and Hibernate translation, for every poll
        // size.
        @SuppressWarnings("unchecked")
        List<TrackedAssignment> locked = TrackedAssignment.getEntityManager()
                .createNativeQuery(LOCK, TrackedAssignment.class)
                .setParameter("ids", ids.toArray(String[]::new))
                .getResultList();
        locked.forEach(a -> tracked.put(a.assignmentId, a));
        Planning.Snapshot snapshot = planning.snapshot(Stream.concat(
                        tracked.values().stream().map(a -> a.planId),
                        events.stream()
                                .filter(AssignmentCreated.class::isInstance)
                                .map(e -> ((AssignmentCreated) e).planId()))
                .filter(Objects::nonNull)
                .toList());
        events.forEach(event -> apply(event, tracked, snapshot));
    }

    private void apply(DomainEvent event, Map<String, TrackedAssignment> tracked, Planning.Snapshot snapshot) {
        if (event instanceof AssignmentCreated created) {
            created(created, tracked, snapshot);
        } else if (event instanceof AssignmentDeadlineChanged changed) {
            locked(tracked, changed.assignmentId()).ifPresent(a -> {
                a.setDeadline(changed.deadline());
                touch(a, changed.changedAt(), snapshot);
            });
        } else if (event instanceof AssignmentStatusChanged changed) {
            locked(tracked, changed.assignmentId()).ifPresent(a -> {
                a.status = changed.status() == null ? a.status : changed.status();
                touch(a, changed.changedAt(), snapshot);
            });
        } else if (event instanceof ProgressReported reported) {
            locked(tracked, reported.assignmentId()).ifPresent(a -> {
                Instant at = reported.countedAt() == null ? Instant.now() : reported.countedAt();
                a.lastReportAt = a.lastReportAt == null || at.isAfter(a.lastReportAt) ? at : a.lastReportAt;
                touch(a, at, snapshot);
            });
        } else if (event instanceof AssignmentCancelled cancelled) {
            locked(tracked, cancelled.assignmentId()).ifPresent(a -> {
                a.cancelledAt = cancelled.cancelledAt() == null ? Instant.now() : cancelled.cancelledAt();
                touch(a, a.cancelledAt, snapshot);
            });
        }
    }

    private void created(AssignmentCreated event, Map<String, TrackedAssignment> tracked, Planning.Snapshot snapshot) {
        TrackedAssignment a = tracked.computeIfAbsent(event.assignmentId(), id -> {
            TrackedAssignment fresh = new TrackedAssignment();
            fresh.assignmentId = id;
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
        // Scheduled before persisting: a field set after persist() costs a second statement (an UPDATE) per row.
        touch(a, a.createdAt, snapshot);
        a.persist();
    }

    private void touch(TrackedAssignment assignment, Instant at, Planning.Snapshot snapshot) {
        assignment.updatedAt = at == null ? Instant.now() : at;
        rescheduler.reschedule(assignment, snapshot);
    }

    /** The row locked for this poll (or created earlier in it); empty when the assignment is not tracked. */
    private static Optional<TrackedAssignment> locked(Map<String, TrackedAssignment> tracked, String assignmentId) {
        Optional<TrackedAssignment> found = Optional.ofNullable(tracked.get(assignmentId));
        if (found.isEmpty()) {
            // Events of one assignment arrive in order, so this is an assignment created before this service
            // started listening; there is nothing to remind of it by.
            Log.debugf("Ignoring an event of untracked assignment %s", assignmentId);
        }
        return found;
    }
}
