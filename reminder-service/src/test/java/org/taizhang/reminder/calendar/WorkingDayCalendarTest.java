package org.taizhang.reminder.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = TestCalendars.official();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void shouldTreatMakeUpSaturdaysAsWorkingAndHolidayWeekdaysAsRest() {
        assertThat(calendar.isWorkingDay(d(2026, 2, 14)))
                .as("Saturday make-up before 春节")
                .isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 2, 28)))
                .as("Saturday make-up after 春节")
                .isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 2, 16))).as("Monday in 春节").isFalse();
        assertThat(calendar.isWorkingDay(d(2026, 2, 21))).as("Saturday in 春节").isFalse();
        assertThat(calendar.isWorkingDay(d(2026, 3, 7))).as("ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(d(2026, 3, 9))).as("ordinary Monday").isTrue();
    }

    @Test
    void shouldSkipSpringFestivalWhenCountingWorkingDaysBefore() {
        // 2/24 is 1; 2/15–2/23 rest; make-up Saturday 2/14 is 2; then 2/13, 2/12, 2/11.
        assertThat(calendar.workingDaysBefore(d(2026, 2, 25), 1)).isEqualTo(d(2026, 2, 24));
        assertThat(calendar.workingDaysBefore(d(2026, 2, 25), 2)).isEqualTo(d(2026, 2, 14));
        assertThat(calendar.workingDaysBefore(d(2026, 2, 25), 5)).isEqualTo(d(2026, 2, 11));
    }

    @Test
    void shouldCountTheMakeUpSaturdayAfterSpringFestival() {
        assertThat(calendar.workingDaysBefore(d(2026, 3, 4), 3)).isEqualTo(d(2026, 2, 28));
        assertThat(calendar.workingDaysBefore(d(2026, 3, 4), 5)).isEqualTo(d(2026, 2, 26));
    }

    @Test
    void shouldSkipNationalDay2025AndCountItsMakeUpSunday() {
        assertThat(calendar.workingDaysBefore(d(2025, 10, 9), 1)).isEqualTo(d(2025, 9, 30));
        assertThat(calendar.workingDaysBefore(d(2025, 10, 9), 3)).isEqualTo(d(2025, 9, 28));
        assertThat(calendar.workingDaysBefore(d(2025, 10, 13), 1)).isEqualTo(d(2025, 10, 11));
        assertThat(calendar.describe(d(2025, 10, 6)).holidayName()).isEqualTo("国庆节、中秋节");
    }

    @Test
    void shouldSkipMidAutumnAndNationalDay2026WhenCountingWorkingDaysBefore() {
        // 10/8 (1), 9/30 (2), 9/29 (3), 9/28 (4); 9/25–9/27 中秋; 9/24 (5).
        assertThat(calendar.workingDaysBefore(d(2026, 10, 9), 5)).isEqualTo(d(2026, 9, 24));
        assertThat(calendar.isWorkingDay(d(2026, 9, 20))).as("Sunday make-up").isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 10, 10)))
                .as("Saturday make-up")
                .isTrue();
    }

    @Test
    void shouldCountFromThePreviousWorkingDayWhenTheDateIsARestDay() {
        // Sunday 5/31: anchor Friday 5/29, one working day before it is Thursday.
        assertThat(calendar.workingDaysBefore(d(2026, 5, 31), 0)).isEqualTo(d(2026, 5, 29));
        assertThat(calendar.workingDaysBefore(d(2026, 5, 31), 1)).isEqualTo(d(2026, 5, 28));
        // National Day: anchor 9/30, one before is 9/29.
        assertThat(calendar.workingDaysBefore(d(2026, 10, 4), 1)).isEqualTo(d(2026, 9, 29));
    }

    @Test
    void shouldCountBackAcrossTheNewYearHolidayIntoThePreviousYear() {
        // 1/4 is a make-up Sunday; 1/1–1/3 rest; 2025-12-31 is a Wednesday.
        assertThat(calendar.workingDaysBefore(d(2026, 1, 5), 1)).isEqualTo(d(2026, 1, 4));
        assertThat(calendar.workingDaysBefore(d(2026, 1, 5), 2)).isEqualTo(d(2025, 12, 31));
    }

    @Test
    void shouldFindTheNextWorkingDayAfterAHoliday() {
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 2, 15))).isEqualTo(d(2026, 2, 24));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 10, 1))).isEqualTo(d(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(d(2026, 2, 14))).isEqualTo(d(2026, 2, 14));
        assertThat(calendar.workingDaysAfter(d(2026, 2, 13), 2)).isEqualTo(d(2026, 2, 24));
        assertThat(calendar.workingDaysAfter(d(2026, 2, 27), 1)).isEqualTo(d(2026, 2, 28));
    }

    @Test
    void shouldCountWorkingDaysBetweenExcludingStartIncludingEnd() {
        // (2/13, 2/28]: 2/14, 2/24, 2/25, 2/26, 2/27, 2/28.
        assertThat(calendar.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 28))).isEqualTo(6);
        assertThat(calendar.workingDaysBetween(d(2026, 2, 28), d(2026, 2, 13))).isEqualTo(-6);
        assertThat(calendar.workingDaysBetween(d(2026, 2, 15), d(2026, 2, 23))).isZero();
    }

    @Test
    void shouldFallBackToWeekendsOnlyAndSayItIsNotOfficialForAMissingYear() {
        CalendarDay nationalDay2027 = calendar.describe(d(2027, 10, 1));

        assertThat(calendar.officialYears()).containsExactlyInAnyOrder(2025, 2026);
        assertThat(calendar.isOfficial(2027)).isFalse();
        assertThat(nationalDay2027.workingDay())
                .as("a Friday without the 2027 arrangement")
                .isTrue();
        assertThat(nationalDay2027.official()).isFalse();
        assertThat(calendar.describe(d(2026, 10, 1)).official()).isTrue();
    }

    @Test
    void shouldUseAYearLoadedLaterWithoutChangingTheOriginal() {
        CalendarYear year2027 = new CalendarYear(
                2027, "test", List.of(new Holiday("国庆节", d(2027, 10, 1), d(2027, 10, 7))), List.of(d(2027, 9, 26)));

        WorkingDayCalendar extended = calendar.withYear(year2027);

        assertThat(extended.isWorkingDay(d(2027, 10, 1))).isFalse();
        assertThat(extended.isWorkingDay(d(2027, 9, 26))).isTrue();
        assertThat(extended.isOfficial(2027)).isTrue();
        assertThat(calendar.isWorkingDay(d(2027, 10, 1))).isTrue();
    }

    @Test
    void shouldRefuseToBuildFromAnInvalidYear() {
        CalendarYear invalid = new CalendarYear(2027, null, List.of(), List.of(d(2027, 3, 3)));

        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(invalid)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekend");
    }

    @Test
    void shouldRejectNegativeCounts() {
        assertThatThrownBy(() -> calendar.workingDaysBefore(d(2026, 3, 4), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
