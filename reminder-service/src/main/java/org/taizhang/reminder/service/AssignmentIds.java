package org.taizhang.reminder.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventType;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentsCreated;

/** The tracked assignments a poll of events may change, in the order their rows are locked. */
final class AssignmentIds {

    private AssignmentIds() {}

    /**
     * Each assignment once, in id order: the order every transaction that locks several of them uses. An event without
     * an assignment id fails, as looking its row up by a null id did, so that it is parked rather than dropped.
     */
    static List<String> lockOrder(Collection<DomainEvent> events) {
        return lockOrder(events, List.of());
    }

    /** As {@link #lockOrder(Collection)}, with further assignments (those whose held events are to be applied). */
    static List<String> lockOrder(Collection<DomainEvent> events, Collection<String> more) {
        TreeSet<String> ids = new TreeSet<>(more);
        events.forEach(event -> ids.addAll(of(event)));
        return List.copyOf(ids);
    }

    /**
     * The assignments the event is about: each of a batch's (its key is the task, not an assignment), else its own;
     * none for an event of another topic.
     */
    static List<String> of(DomainEvent event) {
        if (event instanceof AssignmentsCreated batch) {
            return batch.assignments().stream()
                    .map(a -> required(a.assignmentId(), event))
                    .toList();
        }
        return isTracked(event) ? List.of(required(event.aggregateId(), event)) : List.of();
    }

    /** The assignments the events create, singly or a batch at a time. */
    static Set<String> created(Collection<DomainEvent> events) {
        Set<String> ids = new HashSet<>();
        for (DomainEvent event : events) {
            if (event instanceof AssignmentCreated || event instanceof AssignmentsCreated) {
                ids.addAll(of(event));
            }
        }
        return ids;
    }

    private static String required(String id, DomainEvent event) {
        return Objects.requireNonNull(id, () -> "A " + event.getClass().getSimpleName() + " without assignment id");
    }

    private static boolean isTracked(DomainEvent event) {
        return Topics.ASSIGNMENTS.equals(EventType.of(event).topic());
    }
}
