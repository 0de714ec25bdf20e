package org.taizhang.reporting.compute;

import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;

/**
 * A calendar period for which ongoing or periodic work owes one progress report: a month, a quarter, a half-year
 * or a year, aligned to the calendar as the offices count them (一季度 is January to March).
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

    public static ReportPeriod containing(Cadence cadence, LocalDate day) {
        int months = months(cadence);
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new ReportPeriod(start, start.plusMonths(months).minusDays(1));
    }

    public ReportPeriod next(Cadence cadence) {
        return containing(cadence, end.plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static int months(Cadence cadence) {
        return switch (cadence) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
    }
}
