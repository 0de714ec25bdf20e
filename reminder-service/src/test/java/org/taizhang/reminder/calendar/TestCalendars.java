package org.taizhang.reminder.calendar;

/** The calendars tests count on: the shipped 2025 and 2026 arrangements. */
public final class TestCalendars {

    private static final WorkingDayCalendar OFFICIAL =
            WorkingDayCalendar.of(new CalendarLoader().bundledYears(2025, 2026));

    private TestCalendars() {}

    public static WorkingDayCalendar official() {
        return OFFICIAL;
    }
}
