package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.reminder.entity.TrackedAssignment;

/**
 * Keeps this service's copy of each assignment from assignment events and reschedules its reminders on every change.
 * A poll's rows are locked before any changes, all in one query in id order, so that a tick working the same
 * assignments finishes first and two transactions locking the same rows never deadlock. An event of an assignment not
 * tracked yet is held until its creation comes: a task's new assignments come in one event keyed by the task, which an
 * assignment's own later events (keyed by the assignment) can overtake.
 */
@ApplicationScoped
public class AssignmentTracker {

    private static final String LOCK = "select * from tracked_assignment where assignment_id = any(:ids)"
            + " order by assignment_id for no key update";

    private final Planning planning;
    private final Rescheduler rescheduler;
    private final HeldEvents held;

    public AssignmentTracker(Planning planning, Rescheduler rescheduler, HeldEvents held) {
        this.planning = planning;
        this.rescheduler = rescheduler;
        this.held = held;
    }

    /** Applies one event as a poll of one, under an id of its own (the event did not come through Kafka). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DomainEvent event) {
        applyAll(List.of(new ReceivedEvent(UUID.randomUUID().toString(), event)));
    }

    /**
     * Applies the events in order: one query locks their rows, one statement takes the events held for them, one
     * snapshot plans them all, and one statement holds those still waiting for their assignment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<ReceivedEvent> events) {
        apply(events, List.of());
    }

    /**
     * Applies the events held for these tracked assignments: held by one replica while another created the assignment,
     * neither transaction seeing what the other wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyHeld(Collection<String> assignmentIds) {
        apply(List.of(), assignmentIds);
    }

    private void apply(List<ReceivedEvent> received, Collection<String> heldFor) {
        List<DomainEvent> events = received.stream().map(ReceivedEvent::event).toList();
        List<String> ids = AssignmentIds.lockOrder(events, heldFor);
        if (ids.isEmpty()) {
            return;
        }
        Map<String, TrackedAssignment> tracked = lock(ids);
        Set<String> created = AssignmentIds.created(events);
        WaitingEvents waiting = new WaitingEvents(held.release(ids.stream()
                .filter(id -> tracked.containsKey(id) || created.contains(id))
                .toList()));
        Planning.Snapshot snapshot = planning.snapshot(Stream.concat(
                        tracked.values().stream().map(a -> a.planId),
                        events.stream().map(AssignmentTracker::createdInPlan))
                .filter(Objects::nonNull)
                .toList());
        // Received before this poll, so applied before its events.
        ids.stream()
                .filter(tracked::containsKey)
                .forEach(id -> waiting.take(id).forEach(e -> change(e.event(), tracked.get(id), snapshot)));
        for (ReceivedEvent event : received) {
            apply(event, tracked, waiting, snapshot);
        }
        List<ReceivedEvent> toHold = waiting.toHold();
        if (!toHold.isEmpty()) {
            Log.debugf("Holding %d events of assignments not tracked yet", toHold.size());
            held.hold(toHold);
        }
    }

    private Map<String, TrackedAssignment> lock(List<String> ids) {
        Map<String, TrackedAssignment> tracked = new HashMap<>();
        // One array parameter rather than an IN list: the same statement, and Hibernate translation, for every poll
        // size.
        @SuppressWarnings("unchecked")
        List<TrackedAssignment> locked = TrackedAssignment.getEntityManager()
                .createNativeQuery(LOCK, TrackedAssignment.class)
                .setParameter("ids", ids.toArray(String[]::new))
                .getResultList();
        locked.forEach(a -> tracked.put(a.assignmentId, a));
        return tracked;
    }

    private void apply(
            ReceivedEvent received,
            Map<String, TrackedAssignment> tracked,
            WaitingEvents waiting,
            Planning.Snapshot snapshot) {
        DomainEvent event = received.event();
        if (event instanceof AssignmentCreated created) {
            created(created, tracked, waiting, snapshot);
        } else if (event instanceof AssignmentsCreated batch) {
            batch.each().forEach(created -> created(created, tracked, waiting, snapshot));
        } else if (!AssignmentIds.of(event).isEmpty()) {
            TrackedAssignment assignment = tracked.get(event.aggregateId());
            if (assignment == null) {
                waiting.add(received);
            } else {
                change(event, assignment, snapshot);
            }
        }
    }

    private void change(DomainEvent event, TrackedAssignment a, Planning.Snapshot snapshot) {
        if (event instanceof AssignmentDeadlineChanged changed) {
            a.setDeadline(changed.deadline());
            touch(a, changed.changedAt(), snapshot);
        } else if (event instanceof AssignmentStatusChanged changed) {
            a.status = changed.status() == null ? a.status : changed.status();
            touch(a, changed.changedAt(), snapshot);
        } else if (event instanceof ProgressReported reported) {
            Instant at = reported.countedAt() == null ? Instant.now() : reported.countedAt();
            a.lastReportAt = a.lastReportAt == null || at.isAfter(a.lastReportAt) ? at : a.lastReportAt;
            touch(a, at, snapshot);
        } else if (event instanceof AssignmentCancelled cancelled) {
            a.cancelledAt = cancelled.cancelledAt() == null ? Instant.now() : cancelled.cancelledAt();
            touch(a, a.cancelledAt, snapshot);
        }
    }

    private void created(
            AssignmentCreated event,
            Map<String, TrackedAssignment> tracked,
            WaitingEvents waiting,
            Planning.Snapshot snapshot) {
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
        touch(a, a.createdAt, snapshot);
        // What overtook the creation, and all scheduling, before persisting: a field set after persist() costs a
        // second statement (an UPDATE) per row.
        waiting.take(a.assignmentId).forEach(e -> change(e.event(), a, snapshot));
        a.persist();
    }

    private void touch(TrackedAssignment assignment, Instant at, Planning.Snapshot snapshot) {
        assignment.updatedAt = at == null ? Instant.now() : at;
        rescheduler.reschedule(assignment, snapshot);
    }

    /** The plan of the assignments the event creates; null for other events. */
    private static String createdInPlan(DomainEvent event) {
        if (event instanceof AssignmentCreated created) {
            return created.planId();
        }
        return event instanceof AssignmentsCreated batch ? batch.planId() : null;
    }
}
