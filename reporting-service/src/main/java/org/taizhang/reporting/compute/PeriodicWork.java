package org.taizhang.reporting.compute;

import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;

/**
 * What judging one assignment of ongoing or periodic work takes for any day, in the reporting zone's days: its
 * cadence, the day it was assigned (unknown: 1 January of the year judged), the day it was completed (null while
 * open) and the days its reports were made. Days are kept as epoch days: a province may hold hundreds of thousands.
 */
public final class PeriodicWork {

    private static final int NONE = Integer.MIN_VALUE;

    private final String unitId;
    private final Cadence cadence;
    private final int assignedOn;
    private final int completedOn;
    private final int[] reportDays;

    public PeriodicWork(String unitId, Cadence cadence, LocalDate assignedOn, LocalDate completedOn, int[] reportDays) {
        this.unitId = unitId;
        this.cadence = cadence;
        this.assignedOn = epochDay(assignedOn);
        this.completedOn = epochDay(completedOn);
        this.reportDays = reportDays.clone();
    }

    public String unitId() {
        return unitId;
    }

    /** The cadence its reports are due at (the policy's default already applied). */
    public Cadence cadence() {
        return cadence;
    }

    /** The day it was assigned; null when unknown. */
    public LocalDate assignedOn() {
        return day(assignedOn);
    }

    /** The day it was completed; null while it is open. */
    public LocalDate completedOn() {
        return day(completedOn);
    }

    /** The days its reports were made, as epoch days ({@link YearWorkFormat}). */
    int[] reportDays() {
        return reportDays.clone();
    }

    /** Whether a report was made during the period. */
    boolean reportedDuring(ReportPeriod period) {
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        for (int day : reportDays) {
            if (day >= start && day <= end) {
                return true;
            }
        }
        return false;
    }

    private static int epochDay(LocalDate day) {
        return day == null ? NONE : Math.toIntExact(day.toEpochDay());
    }

    private static LocalDate day(int epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
