package org.taizhang.assignment.planning;

import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/**
 * When an ongoing or periodic assignment owes a progress report. Each calendar period (month, quarter, half-year,
 * year) needs one report, sent during the period or within the grace days after it ends (a quarter is usually
 * reported in the first days of the next). A report is late when the latest period whose grace has run out got none,
 * unless the assignment did not exist yet when that period ended.
 */
public record ReportSchedule(Cadence defaultCadence, int graceDays) {

    /** Whether a report is late today, given the assignment's creation day and last report day (null if none). */
    public boolean late(Deadline deadline, LocalDate createdOn, LocalDate lastReportOn, LocalDate today) {
        if (deadline == null
                || !(deadline.kind() == DeadlineKind.ONGOING || deadline.kind() == DeadlineKind.PERIODIC)) {
            return false;
        }
        Cadence cadence = deadline.cadence() == null ? defaultCadence : deadline.cadence();
        LocalDate previousEnd = periodStart(today, cadence).minusDays(1);
        LocalDate owedEnd = today.isAfter(previousEnd.plusDays(graceDays))
                ? previousEnd
                : periodStart(previousEnd, cadence).minusDays(1);
        LocalDate owedStart = periodStart(owedEnd, cadence);
        if (createdOn != null && createdOn.isAfter(owedEnd)) {
            return false;
        }
        return lastReportOn == null || lastReportOn.isBefore(owedStart);
    }

    /** The first day of the calendar period holding the date. */
    public static LocalDate periodStart(LocalDate date, Cadence cadence) {
        return switch (cadence) {
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEARLY -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEARLY -> LocalDate.of(date.getYear(), 1, 1);
        };
    }
}
