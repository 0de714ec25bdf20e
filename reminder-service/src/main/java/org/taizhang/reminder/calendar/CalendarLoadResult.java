package org.taizhang.reminder.calendar;

import java.util.List;
import java.util.Optional;

/** What reading a calendar file gave: the year when it is usable, otherwise every error found. */
public record CalendarLoadResult(CalendarYear year, List<String> errors) {

    public CalendarLoadResult {
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (year == null)) {
            throw new IllegalArgumentException("a result carries either a year or errors");
        }
    }

    static CalendarLoadResult of(CalendarYear year, List<String> errors) {
        return errors.isEmpty() ? new CalendarLoadResult(year, List.of()) : new CalendarLoadResult(null, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public Optional<CalendarYear> calendar() {
        return Optional.ofNullable(year);
    }
}
