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

    @Test
    void shouldBeYellowWhenAPeriodicReportIsLate() {
        Deadline quarterly = new Deadline("每季度报送", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY);

        assertThat(Light.of(AssignmentStatus.ONGOING, quarterly, TODAY, 5, true))
                .isEqualTo(Light.YELLOW);
        assertThat(Light.of(AssignmentStatus.ONGOING, quarterly, TODAY, 5, false))
                .isEqualTo(Light.GREEN);
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, null, TODAY, 5, true)).isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldLetRedBeatYellow() {
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, MAY_END, TODAY, 5, true))
                .isEqualTo(Light.RED);
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, MAY_END, TODAY, 60, false))
                .isEqualTo(Light.RED);
    }

    @Test
    void shouldBeGreenOnceCompletedEvenWithAReportLate() {
        Deadline ongoing = new Deadline("持续推进", DeadlineKind.ONGOING, null, Cadence.QUARTERLY);

        assertThat(Light.of(AssignmentStatus.COMPLETED, ongoing, TODAY, 5, true))
                .isEqualTo(Light.GREEN);
        assertThat(Light.of(AssignmentStatus.COMPLETED, JUNE_END, TODAY, 5, true))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void shouldNotBeOverdueOnTheDueDateItself() {
        Deadline dueToday = new Deadline("6月25日前", DeadlineKind.FIXED, TODAY, null);

        assertThat(Light.overdue(AssignmentStatus.IN_PROGRESS, dueToday, TODAY)).isFalse();
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, dueToday, TODAY, 0)).isEqualTo(Light.YELLOW);
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, dueToday, TODAY.plusDays(1), 0))
                .isEqualTo(Light.RED);
    }

    @Test
    void shouldCountTheLastDayOfTheWarningWindowAsInside() {
        assertThat(Light.of(AssignmentStatus.NOT_STARTED, JUNE_END, TODAY, 4)).isEqualTo(Light.GREEN);
        assertThat(Light.of(AssignmentStatus.NOT_STARTED, JUNE_END, TODAY.plusDays(1), 4))
                .isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldBeGreenWithoutADeadlineOrADueDate() {
        Deadline unreadable = new Deadline("按要求", DeadlineKind.UNSPECIFIED, null, null);
        Deadline fixedWithoutDate = new Deadline("尽快", DeadlineKind.FIXED, null, null);

        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, null, TODAY, 5)).isEqualTo(Light.GREEN);
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, unreadable, TODAY, 5)).isEqualTo(Light.GREEN);
        assertThat(Light.of(AssignmentStatus.IN_PROGRESS, fixedWithoutDate, TODAY, 5))
                .isEqualTo(Light.GREEN);
        assertThat(Light.overdue(AssignmentStatus.IN_PROGRESS, null, TODAY)).isFalse();
        assertThat(Light.overdue(AssignmentStatus.IN_PROGRESS, fixedWithoutDate, TODAY))
                .isFalse();
    }
}
