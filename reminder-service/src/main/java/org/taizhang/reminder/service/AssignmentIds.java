package org.taizhang.reminder.service;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventType;
import org.taizhang.events.Topics;

/** The tracked assignments a poll of events may change, in the order their rows are locked. */
final class AssignmentIds {

    private AssignmentIds() {}

    /**
     * Each assignment once, in id order: the order every transaction that locks several of them uses. An event without
     * an assignment id fails, as looking its row up by a null id did, so that it is parked rather than dropped.
     */
    static List<String> lockOrder(Collection<DomainEvent> events) {
        TreeSet<String> ids = new TreeSet<>();
        for (DomainEvent event : events) {
            if (isTracked(event)) {
                ids.add(Objects.requireNonNull(
                        event.aggregateId(), () -> "A " + event.getClass().getSimpleName() + " without assignment id"));
            }
        }
        return List.copyOf(ids);
    }

    private static boolean isTracked(DomainEvent event) {
        return Topics.ASSIGNMENTS.equals(EventType.of(event).topic());
    }
}
