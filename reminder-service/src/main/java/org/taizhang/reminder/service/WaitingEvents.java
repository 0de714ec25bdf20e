package org.taizhang.reminder.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll's events that wait for their assignment's row: those held from earlier polls, then this poll's that came
 * before the creation, each assignment's in the order received. Keyed by the event's aggregate id, which is the
 * assignment's for every event that can wait (all but the creations).
 */
final class WaitingEvents {

    private final Map<String, List<ReceivedEvent>> byAssignment = new HashMap<>();
    private final List<ReceivedEvent> arrived = new ArrayList<>();

    /** Starting with events held before this poll, in the order they were received. */
    WaitingEvents(List<ReceivedEvent> held) {
        held.forEach(this::queue);
    }

    /** An event of this poll whose assignment is not tracked (yet). */
    void add(ReceivedEvent event) {
        queue(event);
        arrived.add(event);
    }

    /** The assignment's waiting events, oldest first, now that its row is there; none are left waiting for it. */
    List<ReceivedEvent> take(String assignmentId) {
        List<ReceivedEvent> waiting = byAssignment.remove(assignmentId);
        return waiting == null ? List.of() : waiting;
    }

    /** This poll's events still waiting for their creation, in the order received: to be held for a later poll. */
    List<ReceivedEvent> toHold() {
        return arrived.stream()
                .filter(e -> byAssignment.containsKey(e.event().aggregateId()))
                .toList();
    }

    private void queue(ReceivedEvent event) {
        byAssignment
                .computeIfAbsent(event.event().aggregateId(), id -> new ArrayList<>())
                .add(event);
    }
}
