package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
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

    @Test
    void shouldLockEachAssignmentOfABatchRatherThanItsTask() {
        assertThat(AssignmentIds.lockOrder(List.of(batch("a-3", "a-1"), status("a-2")), List.of("a-0")))
                .containsExactly("a-0", "a-1", "a-2", "a-3");
    }

    @Test
    void shouldNameTheAssignmentsThatABatchOrASingleEventCreates() {
        AssignmentCreated single = batch("a-9").each().get(0);

        assertThat(AssignmentIds.created(List.of(batch("a-1", "a-2"), status("a-3"), single)))
                .containsExactlyInAnyOrder("a-1", "a-2", "a-9");
    }

    @Test
    void shouldRefuseABatchWithAnAssignmentWithoutId() {
        assertThatThrownBy(() -> AssignmentIds.lockOrder(List.of(batch("a-1", null))))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("AssignmentsCreated");
    }

    private static AssignmentsCreated batch(String... ids) {
        return new AssignmentsCreated(
                "p-1",
                "t-1",
                "7",
                "做好政策解读发布工作",
                new Deadline("3月底前", DeadlineKind.FIXED, LocalDate.of(2026, 3, 31), null),
                AT,
                Arrays.stream(ids)
                        .map(id -> new AssignmentsCreated.NewAssignment(
                                id, "u-" + id, "单位", "339901", UnitRole.RESPONSIBLE, AssignmentStatus.NOT_STARTED))
                        .toList());
    }

    private static AssignmentCancelled cancelled(String id) {
        return new AssignmentCancelled(id, "p-1", "t-1", "u-1", "withdrawn", AT);
    }

    private static AssignmentStatusChanged status(String id) {
        return new AssignmentStatusChanged(
                id, "p-1", "t-1", "u-1", AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, "user", AT);
    }
}
