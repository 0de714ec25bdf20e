package org.taizhang.reminder.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taizhang.reminder.calendar.CalendarLoader;
import org.taizhang.reminder.calendar.CalendarYear;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.entity.StoredCalendarYear;

/**
 * The working-day calendar in force: the years the office uploaded, else those shipped with the service. Parsed once
 * and cached; a cheap fingerprint of the table tells when another replica (or this one) changed a year.
 */
@ApplicationScoped
public class CalendarSource {

    private final CalendarLoader loader;
    private final Map<Integer, CalendarYear> bundled;
    private volatile Loaded loaded;

    public CalendarSource(ObjectMapper mapper) {
        this.loader = new CalendarLoader(mapper);
        this.bundled = loader.bundledYears(CalendarYear.MIN_YEAR, CalendarYear.MAX_YEAR).stream()
                .collect(Collectors.toMap(CalendarYear::year, Function.identity()));
    }

    public CalendarLoader loader() {
        return loader;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar current() {
        String fingerprint = fingerprint();
        Loaded cached = loaded;
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.calendar();
        }
        Map<Integer, CalendarYear> years = new TreeMap<>(bundled);
        StoredCalendarYear.<StoredCalendarYear>listAll()
                .forEach(stored -> parse(stored).ifPresent(year -> years.put(year.year(), year)));
        WorkingDayCalendar calendar = WorkingDayCalendar.of(years.values());
        loaded = new Loaded(fingerprint, calendar);
        return calendar;
    }

    /** The arrangement of a year: uploaded, else shipped; empty when there is none (weekends only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarEntry> year(int year) {
        Optional<StoredCalendarYear> stored = StoredCalendarYear.findByIdOptional(year);
        if (stored.isPresent()) {
            StoredCalendarYear row = stored.get();
            return parse(row).map(parsed -> new CalendarEntry(parsed, true, row.updatedBy, row.updatedAt));
        }
        return Optional.ofNullable(bundled.get(year)).map(y -> new CalendarEntry(y, false, null, null));
    }

    private Optional<CalendarYear> parse(StoredCalendarYear stored) {
        // Stored years were valid when uploaded; a row that no longer parses is ignored rather than stopping the tick.
        return loader.parse(stored.content).calendar();
    }

    private static String fingerprint() {
        Object[] row = (Object[]) StoredCalendarYear.getEntityManager()
                .createQuery("select count(c), coalesce(sum(c.version), 0), max(c.updatedAt) from StoredCalendarYear c")
                .getSingleResult();
        return Arrays.toString(row);
    }

    /** A year's arrangement and where it comes from. */
    public record CalendarEntry(CalendarYear year, boolean uploaded, String updatedBy, Instant updatedAt) {}

    /** The parsed calendar and the table state it was parsed from. */
    private record Loaded(String fingerprint, WorkingDayCalendar calendar) {}
}
