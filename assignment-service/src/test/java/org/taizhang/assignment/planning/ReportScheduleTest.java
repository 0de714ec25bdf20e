package org.taizhang.assignment.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

class ReportScheduleTest {

    private static final int GRACE = 10;
    private static final ReportSchedule QUARTERLY_BY_DEFAULT = new ReportSchedule(Cadence.QUARTERLY, GRACE);
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 10);

    @ParameterizedTest(name = "{0} on {1}, last report {2}: late={3}")
    @CsvSource({
        // the quarter Q1 (Jan-Mar) is owed once its grace days (to Apr 10) ran out
        "QUARTERLY, 2026-04-20, , true",
        "QUARTERLY, 2026-04-20, 2025-12-20, true",
        "QUARTERLY, 2026-04-20, 2026-01-01, false",
        "QUARTERLY, 2026-04-20, 2026-03-31, false",
        "QUARTERLY, 2026-04-20, 2026-04-05, false",
        // within Q1's grace days only Q4 of last year is owed
        "QUARTERLY, 2026-04-10, 2025-12-20, false",
        "QUARTERLY, 2026-04-10, 2025-09-30, true",
        "QUARTERLY, 2026-04-11, 2025-12-20, true",
        "QUARTERLY, 2026-04-01, 2025-10-01, false",
        // across the turn of the year
        "QUARTERLY, 2026-01-11, 2025-10-01, false",
        "QUARTERLY, 2026-01-11, 2025-09-30, true",
        "QUARTERLY, 2026-01-05, 2025-07-01, false",
        // months: February is owed from March 11
        "MONTHLY, 2026-03-15, 2026-02-20, false",
        "MONTHLY, 2026-03-15, 2026-03-05, false",
        "MONTHLY, 2026-03-15, 2026-01-31, true",
        "MONTHLY, 2026-03-10, 2026-01-31, false",
        "MONTHLY, 2026-03-10, 2025-12-31, true",
        "MONTHLY, 2026-03-11, 2026-01-31, true",
        // half-years: H1 is owed from July 11
        "HALF_YEARLY, 2026-07-20, 2026-01-02, false",
        "HALF_YEARLY, 2026-07-20, 2025-12-31, true",
        "HALF_YEARLY, 2026-07-10, 2025-07-01, false",
        "HALF_YEARLY, 2026-07-10, 2025-06-30, true",
        "HALF_YEARLY, 2026-12-31, 2026-07-08, false",
        // years: last year is owed from January 11
        "YEARLY, 2026-01-20, 2025-03-01, false",
        "YEARLY, 2026-01-20, 2024-12-31, true",
        "YEARLY, 2026-01-20, 2026-01-05, false",
        "YEARLY, 2026-01-05, 2024-06-01, false",
        "YEARLY, 2026-01-05, 2023-12-31, true",
        "YEARLY, 2026-09-30, 2025-01-03, false"
    })
    void shouldTellWhetherTheReportOfTheOwedPeriodIsLate(
            Cadence cadence, LocalDate today, LocalDate lastReportOn, boolean late) {
        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(cadence), LONG_AGO.minusYears(1), lastReportOn, today))
                .isEqualTo(late);
    }

    @Test
    void shouldCountAReportDuringTheGraceDaysForThePeriodJustEnded() {
        LocalDate graceReport = LocalDate.of(2026, 4, 8);

        assertThat(QUARTERLY_BY_DEFAULT.late(
                        periodic(Cadence.QUARTERLY), LONG_AGO, graceReport, LocalDate.of(2026, 5, 1)))
                .isFalse();
        assertThat(QUARTERLY_BY_DEFAULT.late(
                        periodic(Cadence.MONTHLY), LONG_AGO, LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 20)))
                .isFalse();
    }

    @Test
    void shouldNotHoldAnAssignmentLateForAPeriodThatEndedBeforeItExisted() {
        LocalDate today = LocalDate.of(2026, 4, 20);

        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.QUARTERLY), LocalDate.of(2026, 4, 1), null, today))
                .isFalse();
        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.QUARTERLY), LocalDate.of(2026, 4, 15), null, today))
                .isFalse();
    }

    @Test
    void shouldHoldAnAssignmentLateWhenItExistedAtTheEndOfTheOwedPeriod() {
        LocalDate today = LocalDate.of(2026, 4, 20);

        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.QUARTERLY), LocalDate.of(2026, 3, 31), null, today))
                .isTrue();
        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.QUARTERLY), LocalDate.of(2026, 2, 1), null, today))
                .isTrue();
    }

    @Test
    void shouldNotHoldANewAssignmentLateWhileTheGraceDaysOfItsFirstPeriodRun() {
        assertThat(QUARTERLY_BY_DEFAULT.late(
                        periodic(Cadence.QUARTERLY), LocalDate.of(2026, 2, 1), null, LocalDate.of(2026, 4, 5)))
                .isFalse();
    }

    @Test
    void shouldJudgeAnAssignmentWithoutCreationDayByTheSchedule() {
        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.QUARTERLY), null, null, LocalDate.of(2026, 4, 20)))
                .isTrue();
    }

    @Test
    void shouldOweAReportAsSoonAsAPeriodEndsWithoutGraceDays() {
        ReportSchedule strict = new ReportSchedule(Cadence.QUARTERLY, 0);

        assertThat(strict.late(
                        periodic(Cadence.QUARTERLY), LONG_AGO, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31)))
                .isFalse();
        assertThat(strict.late(
                        periodic(Cadence.QUARTERLY), LONG_AGO, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1)))
                .isTrue();
    }

    @Test
    void shouldScheduleOngoingWorkLikePeriodicWork() {
        Deadline ongoing = new Deadline("持续推进", DeadlineKind.ONGOING, null, Cadence.QUARTERLY);

        assertThat(QUARTERLY_BY_DEFAULT.late(ongoing, LONG_AGO, null, LocalDate.of(2026, 4, 20)))
                .isTrue();
        assertThat(QUARTERLY_BY_DEFAULT.late(ongoing, LONG_AGO, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 20)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = DeadlineKind.class,
            names = {"FIXED", "UNSPECIFIED"})
    void shouldNeverHoldFixedOrUnspecifiedDeadlinesLate(DeadlineKind kind) {
        Deadline deadline = new Deadline("6月底前", kind, LocalDate.of(2026, 6, 30), Cadence.MONTHLY);

        assertThat(QUARTERLY_BY_DEFAULT.late(deadline, LONG_AGO, null, LocalDate.of(2026, 12, 31)))
                .isFalse();
    }

    @Test
    void shouldNeverHoldAnAssignmentWithoutDeadlineLate() {
        assertThat(QUARTERLY_BY_DEFAULT.late(null, LONG_AGO, null, LocalDate.of(2026, 12, 31)))
                .isFalse();
    }

    @Test
    void shouldUseTheDefaultCadenceWhenTheDeadlineNamesNone() {
        Deadline unsaid = new Deadline("定期报送", DeadlineKind.PERIODIC, null, null);
        LocalDate today = LocalDate.of(2026, 3, 20);
        LocalDate january = LocalDate.of(2026, 1, 15);

        assertThat(QUARTERLY_BY_DEFAULT.late(unsaid, LONG_AGO, january, today)).isFalse();
        assertThat(new ReportSchedule(Cadence.MONTHLY, GRACE).late(unsaid, LONG_AGO, january, today))
                .isTrue();
    }

    @Test
    void shouldPreferTheDeadlinesOwnCadenceToTheDefault() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        LocalDate january = LocalDate.of(2026, 1, 15);

        assertThat(QUARTERLY_BY_DEFAULT.late(periodic(Cadence.MONTHLY), LONG_AGO, january, today))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "MONTHLY, 2026-02-28, 2026-02-01",
        "MONTHLY, 2026-12-01, 2026-12-01",
        "QUARTERLY, 2026-01-01, 2026-01-01",
        "QUARTERLY, 2026-03-31, 2026-01-01",
        "QUARTERLY, 2026-04-01, 2026-04-01",
        "QUARTERLY, 2026-08-15, 2026-07-01",
        "QUARTERLY, 2026-12-31, 2026-10-01",
        "HALF_YEARLY, 2026-06-30, 2026-01-01",
        "HALF_YEARLY, 2026-07-01, 2026-07-01",
        "HALF_YEARLY, 2026-12-31, 2026-07-01",
        "YEARLY, 2026-12-31, 2026-01-01",
        "YEARLY, 2024-02-29, 2024-01-01"
    })
    void shouldFindTheFirstDayOfThePeriod(Cadence cadence, LocalDate date, LocalDate start) {
        assertThat(ReportSchedule.periodStart(date, cadence)).isEqualTo(start);
    }

    private static Deadline periodic(Cadence cadence) {
        return new Deadline("每季度报送", DeadlineKind.PERIODIC, null, cadence);
    }
}
