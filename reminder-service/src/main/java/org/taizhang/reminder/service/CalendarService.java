package org.taizhang.reminder.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.taizhang.platform.problem.Problem;
import org.taizhang.reminder.calendar.CalendarLoadResult;
import org.taizhang.reminder.calendar.CalendarYear;
import org.taizhang.reminder.entity.StoredCalendarYear;
import org.taizhang.reminder.service.CalendarSource.CalendarEntry;

/** Reading a year's working days and loading a new arrangement, which reschedules every open assignment. */
@ApplicationScoped
public class CalendarService {

    private static final int MAX_SOURCE = 500;

    private final CalendarSource source;
    private final Rescheduler rescheduler;

    public CalendarService(CalendarSource source, Rescheduler rescheduler) {
        this.source = source;
        this.rescheduler = rescheduler;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarEntry> year(int year) {
        return source.year(year);
    }

    /** Validates and stores the year's JSON; the office gets every error at once. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = Rescheduler.TIMEOUT_PROPERTY)
    public CalendarEntry put(int year, String json, String by, Instant now) {
        CalendarLoadResult result = source.loader().parse(json == null ? "" : json);
        if (!result.valid()) {
            throw InvalidInputException.ofMessages(
                    "The calendar is not valid: " + result.errors().size() + " error(s)", result.errors());
        }
        CalendarYear parsed = result.year();
        if (parsed.source() != null && parsed.source().length() > MAX_SOURCE) {
            throw new InvalidInputException(
                    "The calendar's source is too long",
                    List.of(new Problem.Violation("source", "at most " + MAX_SOURCE + " characters")));
        }
        if (parsed.year() != year) {
            throw new InvalidInputException(
                    "The calendar is for another year",
                    List.of(new Problem.Violation(
                            "year", "the body is for " + parsed.year() + ", the path for " + year)));
        }
        WriteLock.acquire("calendar:" + year);
        StoredCalendarYear row = StoredCalendarYear.<StoredCalendarYear>findByIdOptional(year)
                .orElseGet(() -> {
                    StoredCalendarYear created = new StoredCalendarYear();
                    created.year = year;
                    return created;
                });
        row.source = parsed.source();
        row.content = json;
        row.updatedBy = by;
        row.updatedAt = now;
        row.persist();
        rescheduler.rescheduleAll();
        return new CalendarEntry(parsed, true, by, now);
    }
}
