package org.taizhang.reminder.schedule;

import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;

/** A calendar reporting period (month, quarter, half-year, year), both ends inclusive. */
record ReportPeriod(LocalDate start, LocalDate end, Cadence cadence) {

    static ReportPeriod containing(LocalDate date, Cadence cadence) {
        int months = months(cadence);
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
        return new ReportPeriod(start, start.plusMonths(months).minusDays(1), cadence);
    }

    ReportPeriod next() {
        return containing(end.plusDays(1), cadence);
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
