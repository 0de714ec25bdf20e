package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.QUARTERLY;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

class TaskOutcomeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

    @Test
    void shouldReadCompletedWhenEveryAccountableUnitCompleted() {
        var task =
                task("t", JUNE_END, unit("市发改委").completedOn(MAY), unit("市商务局").supporting());

        assertThat(TaskOutcome.of(task, AS_OF)).isEqualTo(TaskOutcome.COMPLETED);
        assertThat(TaskOutcome.COMPLETED.label()).isEqualTo("已完成");
    }

    @Test
    void shouldReadUnfinishedWhenPastDueAndNotComplete() {
        var task =
                task("t", JUNE_END, unit("市发改委").completedOn(MAY), unit("市财政局").responsible());

        assertThat(TaskOutcome.of(task, AS_OF)).isEqualTo(TaskOutcome.UNFINISHED);
        assertThat(TaskOutcome.UNFINISHED.label()).isEqualTo("未完成");
    }

    @Test
    void shouldReadContinuingForOngoingAndPeriodicWork() {
        var ongoing = task("t1", ONGOING, unit("市发改委").status(AssignmentStatus.ONGOING));
        var periodic = task("t2", QUARTERLY, unit("市财政局"));

        assertThat(TaskOutcome.of(ongoing, AS_OF)).isEqualTo(TaskOutcome.CONTINUING);
        assertThat(TaskOutcome.of(periodic, AS_OF)).isEqualTo(TaskOutcome.CONTINUING);
        assertThat(TaskOutcome.CONTINUING.label()).isEqualTo("持续推进");
    }

    @Test
    void shouldReadInProgressWhileTheDueDateIsAheadOrUnknown() {
        var ahead = task("t1", YEAR_END, unit("市发改委").status(AssignmentStatus.IN_PROGRESS));
        var unknown = task("t2", new Deadline("", DeadlineKind.UNSPECIFIED, null, null), unit("市财政局"));

        assertThat(TaskOutcome.of(ahead, AS_OF)).isEqualTo(TaskOutcome.IN_PROGRESS);
        assertThat(TaskOutcome.of(unknown, AS_OF)).isEqualTo(TaskOutcome.IN_PROGRESS);
        assertThat(TaskOutcome.IN_PROGRESS.label()).isEqualTo("推进中");
    }

    @Test
    void shouldLetCompletionWinOverAnOngoingDeadline() {
        var closed = task("t", ONGOING, unit("市发改委").completedOn(MAY));

        assertThat(TaskOutcome.of(closed, AS_OF)).isEqualTo(TaskOutcome.COMPLETED);
    }

    @Test
    void shouldJudgeByTheUnitsAmendedDueDateRatherThanTheTasks() {
        var moved = task("t", JUNE_END, unit("市发改委").deadline(YEAR_END));

        assertThat(TaskOutcome.of(moved, AS_OF)).isEqualTo(TaskOutcome.IN_PROGRESS);
    }
}
