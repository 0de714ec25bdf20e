package org.taizhang.reminder.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One year's official arrangement: statutory holidays (which may cover weekend days) and make-up workdays (调休, a
 * Saturday or Sunday that is worked). {@link #validate()} lists every problem instead of failing on the first, so the
 * office can fix an uploaded calendar in one go.
 */
@Schema(
        description = "A year's official arrangement as the State"
                + " Council notice gives it, the format the office uploads")
public record CalendarYear(
        @Schema(description = "The year, 2000–2100; must match the year in the path")
        int year,

        @Schema(description = "Where it comes from, e.g. 国办发明电〔2025〕7号; optional")
        String source,

        @Schema(description = "The statutory holiday periods; they may cover weekend days but must not overlap")
        List<Holiday> holidays,

        @Schema(description = "The make-up workdays (调休): Saturdays or Sundays that are worked, as ISO-8601 dates")
        List<LocalDate> makeUpWorkdays) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public CalendarYear {
        // Nulls are kept out of the lists only by validation; copying with nulls must not throw here.
        holidays = holidays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(holidays));
        makeUpWorkdays =
                makeUpWorkdays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(makeUpWorkdays));
    }

    /** Holiday name of each holiday date; call on a valid year only. */
    public Map<LocalDate, String> holidayNames() {
        Map<LocalDate, String> names = new HashMap<>();
        holidays.forEach(h -> h.dates().forEach(d -> names.putIfAbsent(d, h.name())));
        return names;
    }

    /** Every problem of this year's data, empty when it may be used. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        Map<LocalDate, String> seen = new HashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            validateHoliday(i, holidays.get(i), seen, errors);
        }
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            validateMakeUp(i, makeUpWorkdays.get(i), seen, errors);
        }
        return List.copyOf(errors);
    }

    private void validateHoliday(int index, Holiday holiday, Map<LocalDate, String> seen, List<String> errors) {
        String where = "holidays[" + index + "]";
        if (holiday == null || holiday.from() == null || holiday.to() == null) {
            errors.add(where + ": a holiday needs a name, a from date and a to date");
            return;
        }
        if (holiday.name() == null || holiday.name().isBlank()) {
            errors.add(where + ": a holiday needs a name");
        }
        if (holiday.to().isBefore(holiday.from())) {
            errors.add(where + ": " + holiday.to() + " is before " + holiday.from());
        }
        for (LocalDate date : holiday.dates()) {
            checkInYear(where, date, errors);
            String previous = seen.put(date, where);
            if (previous != null) {
                errors.add(where + ": " + date + " is already a holiday in " + previous);
            }
        }
    }

    private void validateMakeUp(int index, LocalDate date, Map<LocalDate, String> seen, List<String> errors) {
        String where = "makeUpWorkdays[" + index + "]";
        if (date == null) {
            errors.add(where + ": a make-up workday needs a date");
            return;
        }
        checkInYear(where, date, errors);
        if (!isWeekend(date)) {
            errors.add(where + ": " + date + " is a " + date.getDayOfWeek() + ", a make-up workday must be a weekend");
        }
        String previous = seen.put(date, where);
        if (previous != null) {
            errors.add(where + ": " + date + " is also listed in " + previous);
        }
    }

    private void checkInYear(String where, LocalDate date, List<String> errors) {
        if (date.getYear() != year) {
            errors.add(where + ": " + date + " is outside " + year);
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
