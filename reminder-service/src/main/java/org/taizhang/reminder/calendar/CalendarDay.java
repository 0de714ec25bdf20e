package org.taizhang.reminder.calendar;

import java.time.LocalDate;

/**
 * How the calendar sees one date: a working day or not, the holiday it belongs to (null if none), whether it is a
 * make-up workday, and whether its year comes from an official arrangement or only from the weekends fallback.
 */
public record CalendarDay(
        LocalDate date, boolean workingDay, String holidayName, boolean makeUpWorkday, boolean official) {}
