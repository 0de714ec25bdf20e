package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reminder.entity.TrackedAssignment;

class UrgeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 8);

    @Test
    void shouldAllowAnOpenAssignmentPastItsFixedDueDate() {
        assertThat(UrgeRules.refusal(fixed(LocalDate.of(2026, 4, 7), AssignmentStatus.IN_PROGRESS), TODAY))
                .isEmpty();
        assertThat(UrgeRules.refusal(fixed(LocalDate.of(2026, 3, 31), AssignmentStatus.NOT_STARTED), TODAY))
                .isEmpty();
    }

    @Test
    void shouldRefuseWorkDueTodayOrLaterSayingWhenItBecomesOverdue() {
        assertThat(UrgeRules.refusal(fixed(TODAY, AssignmentStatus.IN_PROGRESS), TODAY))
                .contains("Assignment a-1 is due on 2026-04-08 and not overdue until 2026-04-09");
    }

    @Test
    void shouldRefuseCompletedWork() {
        assertThat(UrgeRules.refusal(fixed(LocalDate.of(2026, 3, 31), AssignmentStatus.COMPLETED), TODAY))
                .contains("Assignment a-1 is already completed; only overdue work is urged");
    }

    @Test
    void shouldRefuseACancelledAssignmentFirst() {
        TrackedAssignment cancelled = fixed(LocalDate.of(2026, 3, 31), AssignmentStatus.COMPLETED);
        cancelled.cancelledAt = Instant.parse("2026-04-01T02:00:00Z");

        assertThat(UrgeRules.refusal(cancelled, TODAY))
                .contains("Assignment a-1 was cancelled; there is nothing to urge");
    }

    @Test
    void shouldRefuseWorkWithoutAFixedDueDateNamingItsDeadline() {
        TrackedAssignment ongoing = fixed(null, AssignmentStatus.ONGOING);
        ongoing.setDeadline(new Deadline("每季度", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY));
        TrackedAssignment unspecified = fixed(null, AssignmentStatus.NOT_STARTED);
        unspecified.setDeadline(null);

        assertThat(UrgeRules.refusal(ongoing, TODAY))
                .contains("Assignment a-1 has no fixed due date (PERIODIC: 每季度), so it is never overdue;"
                        + " its periodic reports are reminded on their own schedule");
        assertThat(UrgeRules.refusal(unspecified, TODAY))
                .contains("Assignment a-1 has no fixed due date (UNSPECIFIED), so it is never overdue");
    }

    private static TrackedAssignment fixed(LocalDate due, AssignmentStatus status) {
        TrackedAssignment a = new TrackedAssignment();
        a.assignmentId = "a-1";
        a.setDeadline(new Deadline("3月底前", DeadlineKind.FIXED, due, null));
        a.status = status;
        return a;
    }
}
