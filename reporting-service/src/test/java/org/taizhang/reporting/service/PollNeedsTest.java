package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.AssignmentsCreated.NewAssignment;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;

class PollNeedsTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void shouldLockEachAssignmentOfAPollOnceInIdOrder() {
        PollNeeds needs = PollNeeds.of(List.of(cancelled("a-3"), report("r-1", "a-1"), cancelled("a-1")));

        assertThat(needs.assignmentIds()).containsExactly("a-1", "a-3");
        assertThat(needs.reportIds()).containsExactly("r-1");
    }

    @Test
    void shouldCheckForRemindersAndLockTheAssignmentsTheyAreCountedOn() {
        PollNeeds needs = PollNeeds.of(List.of(reminder("m-2", "a-2"), reminder("m-1", "a-1"), reminder("m-3", "a-2")));

        assertThat(needs.reminderIds()).containsExactly("m-1", "m-2", "m-3");
        assertThat(needs.assignmentIds()).containsExactly("a-1", "a-2");
    }

    @Test
    void shouldNeedNoAssignmentRowsForPlanEventsOrEventsWithoutAnAggregate() {
        PollNeeds needs = PollNeeds.of(List.of(new PlanClosed("p-1", "office", AT), cancelled(null)));

        assertThat(needs).isEqualTo(new PollNeeds(List.of(), List.of(), List.of(), List.of("p-1")));
    }

    @Test
    void shouldNameEachPlanWhoseFiguresThePollChangesOnceInIdOrder() {
        PollNeeds needs = PollNeeds.of(
                List.of(new PlanClosed("p-2", "office", AT), report("r-1", "a-1"), cancelled("a-2"), cancelled(null)));

        assertThat(needs.planIds()).containsExactly("p-1", "p-2");
    }

    @Test
    void shouldLockEveryAssignmentOfABatchWithThePollsOthersRatherThanItsTask() {
        PollNeeds needs = PollNeeds.of(List.of(cancelled("a-2"), batch("p-2", "a-3", null, "a-1", "a-2")));

        assertThat(needs.assignmentIds()).containsExactly("a-1", "a-2", "a-3");
        assertThat(needs.planIds()).as("the batch's plan's figures move too").containsExactly("p-1", "p-2");
    }

    private static AssignmentsCreated batch(String planId, String... assignmentIds) {
        return new AssignmentsCreated(
                planId,
                "t-9",
                "9",
                "任务9",
                null,
                AT,
                Arrays.stream(assignmentIds)
                        .map(id -> new NewAssignment(
                                id, "u-" + id, "单位", "329900", UnitRole.LEAD, AssignmentStatus.NOT_STARTED))
                        .toList());
    }

    private static AssignmentCancelled cancelled(String id) {
        return new AssignmentCancelled(id, "p-1", "t-1", "u-1", "withdrawn", AT);
    }

    private static ProgressReported report(String reportId, String assignmentId) {
        return new ProgressReported(
                reportId,
                assignmentId,
                "p-1",
                "t-1",
                "u-1",
                null,
                "已起草",
                List.of(),
                "user",
                "UNIT",
                null,
                AT,
                AT,
                List.of());
    }

    private static ReminderIssued reminder(String reminderId, String assignmentId) {
        return new ReminderIssued(
                reminderId, assignmentId, "p-1", "t-1", "u-1", ReminderKind.BEFORE_DUE, null, 1, "u-1", AT);
    }
}
