package org.taizhang.reminder.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working-day calendar of mainland China: Monday to Friday work, weekends rest, except for statutory holidays and
 * make-up workdays (调休) of the years it holds. A year it does not hold falls back to weekends only, which
 * {@link #isOfficial(int)} and {@link CalendarDay#official()} make visible. Immutable; {@link #withYear} returns a new
 * calendar.
 *
 * <p>Counting rules: {@link #workingDaysBefore} anchors on the last working day on or before the date (a deadline on a
 * rest day must in practice be met on the working day before it) and counts back from there; {@link
 * #workingDaysAfter} counts working days strictly after the date, whatever the date is.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> makeUpWorkdays = new HashSet<>();

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
        years.values().forEach(y -> {
            holidays.putAll(y.holidayNames());
            makeUpWorkdays.addAll(y.makeUpWorkdays());
        });
    }

    /** A calendar of the given years; each must be valid and appear once. */
    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            List<String> errors = year.validate();
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("calendar " + year.year() + " is invalid: " + errors);
            }
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("calendar " + year.year() + " is given twice");
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** A calendar without any official year: weekends rest, every other day works. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Map.of());
    }

    /** This calendar with {@code year} added, or replacing the arrangement it had for that year. */
    public WorkingDayCalendar withYear(CalendarYear year) {
        Map<Integer, CalendarYear> copy = new HashMap<>(years);
        copy.remove(year.year());
        copy.put(year.year(), year);
        return of(copy.values());
    }

    public boolean isOfficial(int year) {
        return years.containsKey(year);
    }

    public Set<Integer> officialYears() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !holidays.containsKey(date) && !CalendarYear.isWeekend(date);
    }

    public CalendarDay describe(LocalDate date) {
        return new CalendarDay(
                date,
                isWorkingDay(date),
                holidays.get(date),
                makeUpWorkdays.contains(date),
                isOfficial(date.getYear()));
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The working day {@code n} working days before {@code date}. If {@code date} is a rest day, counting starts from
     * the last working day before it: 1 working day before Sunday 2026-05-31 is Thursday 2026-05-28, because Friday
     * 2026-05-29 is when a 5月底前 deadline is met in practice. {@code n = 0} gives that anchor itself.
     */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = previousWorkingDayOnOrBefore(date);
        for (int counted = 0; counted < n; counted++) {
            day = previousWorkingDayOnOrBefore(day.minusDays(1));
        }
        return day;
    }

    /** The {@code n}-th working day strictly after {@code date}; {@code n = 0} gives the next working day on or after. */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = nextWorkingDayOnOrAfter(date);
        if (n == 0) {
            return day;
        }
        day = date;
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDayOnOrAfter(day.plusDays(1));
        }
        return day;
    }

    /**
     * Working days in {@code (start, end]}: after start, up to and including end. Negative when end is before start,
     * so that {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
    }
}
