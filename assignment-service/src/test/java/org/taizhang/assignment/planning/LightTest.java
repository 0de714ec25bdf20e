package org.taizhang.assignment.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

class LightTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 25);
    private static final Deadline JUNE_END = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);
    private static final Deadline MAY_END = new Deadline("5月底前", DeadlineKind.FIXED, LocalDate.of(2026, 5, 31), null);

    @Test
    void shouldBeRedWhenADueDatePassedWithoutCompletion() {
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, MAY_END, TODAY, 5)).isEqualTo(Light.RED);
        assertThat(Light.overdue(AssignmentStatus.NOT_STARTED, MAY_END, TODAY)).isTrue();
    }

    @Test
    void shouldBeGreenOnceCompletedEvenIfLate() {
        assertThat(Light.of(AssignmentStatus.COMPLETED, MAY_END, TODAY, 5)).isEqualTo(Light.GREEN);
        assertThat(Light.overdue(AssignmentStatus.COMPLETED, MAY_END, TODAY)).isFalse();
    }

    @Test
    void shouldBeYellowInsideTheWarningWindow() {
        assertThat(Light.of(AssignmentStatus.NOT_STARTED, JUNE_END, TODAY, 5)).isEqualTo(Light.YELLOW);
        assertThat(Light.of(AssignmentStatus.NOT_STARTED, JUNE_END, TODAY, 3)).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldNotJudgeOngoingOrPeriodicWorkByADate() {
        Deadline ongoing = new Deadline("持续推进", DeadlineKind.ONGOING, null, Cadence.QUARTERLY);

        assertThat(Light.of(AssignmentStatus.ONGOING, ongoing, TODAY, 5)).isEqualTo(Light.GREEN);
        assertThat(Light.overdue(AssignmentStatus.NOT_STARTED, ongoing, TODAY)).isFalse();
    }
}
