package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.TaskFacts;

class TaskCompletionTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 10);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

    @Test
    void shouldCountTaskCompleteOnlyWhenAllLeadAndResponsibleUnitsComplete() {
        TaskFacts halfDone =
                task("t1", JUNE_END, unit("市发改委").completedOn(MAY), unit("市财政局").responsible());
        TaskFacts done = task(
                "t2",
                JUNE_END,
                unit("市发改委").completedOn(MAY),
                unit("市财政局").responsible().completedOn(MAY));

        assertThat(TaskCompletion.isComplete(halfDone)).isFalse();
        assertThat(TaskCompletion.isComplete(done)).isTrue();
    }

    @Test
    void shouldNotLetSupportingUnitsHoldATaskOpen() {
        TaskFacts task =
                task("t", JUNE_END, unit("市发改委").completedOn(MAY), unit("市商务局").supporting());

        assertThat(TaskCompletion.isComplete(task)).isTrue();
        assertThat(TaskCompletion.required(task))
                .extracting(AssignmentFacts::unitName)
                .containsExactly("市发改委");
        assertThat(TaskCompletion.isOverdue(task, JULY)).isFalse();
    }

    @Test
    void shouldJudgeATaskThatNamesOnlySupportingUnitsOnThoseUnits() {
        TaskFacts task =
                task("t", JUNE_END, unit("市商务局").supporting(), unit("市财政局").supporting());

        assertThat(TaskCompletion.required(task)).hasSize(2);
        assertThat(TaskCompletion.isComplete(task)).isFalse();
    }

    @Test
    void shouldNeverCountATaskWithoutAssignmentsComplete() {
        TaskFacts nobody = task("t", JUNE_END);

        assertThat(TaskCompletion.isComplete(nobody)).isFalse();
        assertThat(TaskCompletion.isOverdue(nobody, JULY)).isTrue();
        assertThat(TaskCompletion.isOverdue(nobody, MAY)).isFalse();
    }

    @Test
    void shouldCountAnAssignmentOverdueOnlyAfterItsFixedDueDate() {
        AssignmentFacts open = unit("市发改委").deadline(JUNE_END).build("t");
        AssignmentFacts done = unit("市发改委").deadline(JUNE_END).completedOn(JULY).build("t");

        assertThat(TaskCompletion.isOverdue(open, LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(TaskCompletion.isOverdue(open, LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(TaskCompletion.isOverdue(done, JULY)).isFalse();
    }

    @Test
    void shouldNeverCountOngoingWorkOverdueByDate() {
        AssignmentFacts ongoing =
                unit("市发改委").deadline(ONGOING).status(AssignmentStatus.ONGOING).build("t");

        assertThat(TaskCompletion.isOverdue(ongoing, LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(TaskCompletion.isPeriodic(ONGOING)).isTrue();
        assertThat(TaskCompletion.isPeriodic(JUNE_END)).isFalse();
    }

    @Test
    void shouldCountTaskOverdueWhenAnAccountableUnitMissedItsDate() {
        TaskFacts task =
                task("t", JUNE_END, unit("市发改委").completedOn(MAY), unit("市财政局").responsible());

        assertThat(TaskCompletion.isOverdue(task, JULY)).isTrue();
    }
}
