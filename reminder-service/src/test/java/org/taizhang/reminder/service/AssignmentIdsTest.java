package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.reminder.ReminderDelivered;

class AssignmentIdsTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void shouldLockEachAssignmentOfAPollOnceInIdOrder() {
        assertThat(AssignmentIds.lockOrder(List.of(cancelled("a-3"), status("a-1"), cancelled("a-2"), status("a-3"))))
                .containsExactly("a-1", "a-2", "a-3");
    }

    @Test
    void shouldLockNothingForEventsThatChangeNoTrackedAssignment() {
        assertThat(AssignmentIds.lockOrder(
                        List.of(new ReminderDelivered("m-1", "d-1", "a-1", "WEBHOOK", "https://x", 1, AT))))
                .isEmpty();
    }

    @Test
    void shouldRefuseAnAssignmentEventWithoutAnAssignmentId() {
        assertThatThrownBy(() -> AssignmentIds.lockOrder(List.of(status("a-1"), cancelled(null))))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("AssignmentCancelled");
    }

    private static AssignmentCancelled cancelled(String id) {
        return new AssignmentCancelled(id, "p-1", "t-1", "u-1", "withdrawn", AT);
    }

    private static AssignmentStatusChanged status(String id) {
        return new AssignmentStatusChanged(
                id, "p-1", "t-1", "u-1", AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, "user", AT);
    }
}
