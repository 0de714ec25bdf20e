package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;

class WaitingEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void shouldGiveAnAssignmentItsHeldEventsBeforeThisPollsInTheOrderReceived() {
        WaitingEvents waiting =
                new WaitingEvents(List.of(status("e-1", "a-1"), status("e-2", "a-2"), cancelled("e-3", "a-1")));
        waiting.add(status("e-4", "a-1"));

        assertThat(waiting.take("a-1")).extracting(ReceivedEvent::eventId).containsExactly("e-1", "e-3", "e-4");
        assertThat(waiting.take("a-1")).as("taken once").isEmpty();
        assertThat(waiting.take("a-2")).extracting(ReceivedEvent::eventId).containsExactly("e-2");
    }

    @Test
    void shouldHoldOnlyThisPollsEventsWhoseCreationDidNotCome() {
        WaitingEvents waiting = new WaitingEvents(List.of(status("e-1", "a-1")));
        waiting.add(status("e-2", "a-2"));
        waiting.add(status("e-3", "a-3"));
        waiting.add(cancelled("e-4", "a-2"));
        waiting.add(status("e-5", "a-1"));

        waiting.take("a-3");

        assertThat(waiting.toHold())
                .as("e-1 is held already")
                .extracting(ReceivedEvent::eventId)
                .containsExactly("e-2", "e-4", "e-5");
    }

    @Test
    void shouldHoldNothingWhenNothingWaits() {
        assertThat(new WaitingEvents(List.of()).toHold()).isEmpty();
    }

    private static ReceivedEvent status(String eventId, String assignmentId) {
        return new ReceivedEvent(
                eventId,
                new AssignmentStatusChanged(
                        assignmentId,
                        "p-1",
                        "t-1",
                        "u-1",
                        AssignmentStatus.NOT_STARTED,
                        AssignmentStatus.IN_PROGRESS,
                        "user",
                        AT));
    }

    private static ReceivedEvent cancelled(String eventId, String assignmentId) {
        return new ReceivedEvent(eventId, new AssignmentCancelled(assignmentId, "p-1", "t-1", "u-1", "withdrawn", AT));
    }
}
