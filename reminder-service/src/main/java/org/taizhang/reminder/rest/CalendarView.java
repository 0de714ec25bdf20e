package org.taizhang.reminder.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.calendar.CalendarDay;
import org.taizhang.reminder.calendar.CalendarYear;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.service.CalendarSource.CalendarEntry;

/**
 * A year of the working-day calendar: every day with its holiday name or make-up flag. {@code official} false means
 * no arrangement is known for the year and weekends alone decide; {@code uploaded} tells an office upload from the
 * shipped file.
 */
@Schema(description = "A year of the working-day calendar: every day, with its holidays and make-up workdays")
public record CalendarView(
        @Schema(description = "The year, 2000–2100") int year,

        @Schema(description = "True when the year's official arrangement is known; false means weekends alone decide")
        boolean official,

        @Schema(
                description = "True when the office uploaded the arrangement,"
                        + " false when it is the one shipped with the service")
        boolean uploaded,

        @Schema(
                description = "Where the arrangement comes from, e.g. the State"
                        + " Council notice 国办发明电〔2025〕7号; null when none is known")
        String source,

        @Schema(description = "The subject of the office account that uploaded it; null for the shipped one or none")
        String updatedBy,

        @Schema(description = "When it was stored: a UTC instant (ISO-8601); null when none is known")
        Instant updatedAt,

        @Schema(description = "How many working days the year has")
        long workingDays,

        @Schema(description = "The statutory holiday periods, as the notice lists them")
        List<HolidayView> holidays,

        @Schema(description = "The make-up workdays (调休): weekend dates that are worked, as ISO-8601 dates")
        List<LocalDate> makeUpWorkdays,

        @Schema(description = "Every date of the year, 1 January to 31 December")
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
    @Schema(description = "A statutory holiday period, both ends inclusive")
    public record HolidayView(
            @Schema(description = "The holiday's name, e.g. 春节")
            String name,

            @Schema(description = "The first day off (ISO-8601 date)")
            LocalDate from,

            @Schema(description = "The last day off (ISO-8601 date), inclusive")
            LocalDate to) {}

    /** One date. */
    @Schema(description = "One date of the calendar")
    public record DayView(
            @Schema(description = "The date (ISO-8601)") LocalDate date,

            @Schema(description = "True when the day is worked: a weekday that is not a holiday, or a make-up workday")
            boolean workingDay,

            @Schema(description = "The statutory holiday the day belongs to, e.g. 国庆节; null otherwise")
            String holidayName,

            @Schema(description = "True for a weekend day that is worked (调休)")
            boolean makeUpWorkday) {

        static DayView from(CalendarDay day) {
            return new DayView(day.date(), day.workingDay(), day.holidayName(), day.makeUpWorkday());
        }
    }
}
