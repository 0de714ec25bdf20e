package org.taizhang.reminder.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.taizhang.reminder.calendar.CalendarDay;
import org.taizhang.reminder.calendar.CalendarYear;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.service.CalendarSource.CalendarEntry;

/**
 * A year of the working-day calendar: every day with its holiday name or make-up flag. {@code official} false means
 * no arrangement is known for the year and weekends alone decide; {@code uploaded} tells an office upload from the
 * shipped file.
 */
public record CalendarView(
        int year,
        boolean official,
        boolean uploaded,
        String source,
        String updatedBy,
        Instant updatedAt,
        long workingDays,
        List<HolidayView> holidays,
        List<LocalDate> makeUpWorkdays,
        List<DayView> days) {

    public static CalendarView from(int year, Optional<CalendarEntry> entry) {
        WorkingDayCalendar calendar =
                entry.map(e -> WorkingDayCalendar.of(List.of(e.year()))).orElseGet(WorkingDayCalendar::weekendsOnly);
        List<DayView> days = LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1))
                .map(calendar::describe)
                .map(DayView::from)
                .toList();
        Optional<CalendarYear> known = entry.map(CalendarEntry::year);
        return new CalendarView(
                year,
                entry.isPresent(),
                entry.map(CalendarEntry::uploaded).orElse(false),
                known.map(CalendarYear::source).orElse(null),
                entry.map(CalendarEntry::updatedBy).orElse(null),
                entry.map(CalendarEntry::updatedAt).orElse(null),
                days.stream().filter(DayView::workingDay).count(),
                known.map(y -> y.holidays().stream()
                                .map(h -> new HolidayView(h.name(), h.from(), h.to()))
                                .toList())
                        .orElse(List.of()),
                known.map(CalendarYear::makeUpWorkdays).orElse(List.of()),
                days);
    }

    /** A statutory holiday period, both ends inclusive. */
    public record HolidayView(String name, LocalDate from, LocalDate to) {}

    /** One date. */
    public record DayView(LocalDate date, boolean workingDay, String holidayName, boolean makeUpWorkday) {

        static DayView from(CalendarDay day) {
            return new DayView(day.date(), day.workingDay(), day.holidayName(), day.makeUpWorkday());
        }
    }
}
