package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unit's work of the year in one region, counted once for every day: the counts no day changes (as
 * {@link WorkCounts} with none overdue) and its open work with a fixed due date counted per due date, so that the
 * work overdue on any day is the open work due before it (a binary search over a few due dates, month ends in
 * practice). Held by {@link YearWork}; built from the counts as they are read ({@link Builder}).
 */
public final class UnitWork {

    private final WorkCounts undated;
    // Ascending epoch days of the open fixed work's due dates, and how much of it is due on or before each.
    private final int[] dueDays;
    private final int[] dueByThen;

    UnitWork(WorkCounts undated, int[] dueDays, int[] dueByThen) {
        this.undated = undated;
        this.dueDays = dueDays;
        this.dueByThen = dueByThen;
    }

    public String unitId() {
        return undated.unitId();
    }

    public String regionCode() {
        return undated.regionCode();
    }

    /** The counts no day changes (none overdue). */
    WorkCounts undated() {
        return undated;
    }

    /** Ascending epoch days of the open fixed work's due dates. */
    int[] dueDays() {
        return dueDays;
    }

    /** How much of the open fixed work is due on or before each of {@link #dueDays}. */
    int[] dueByThen() {
        return dueByThen;
    }

    /** The counts as of the day judged: open fixed work is overdue once its due date is before that day. */
    public WorkCounts on(LocalDate day) {
        return new WorkCounts(
                undated.unitId(),
                undated.regionCode(),
                undated.unitName(),
                undated.assignments(),
                undated.completedOnTime(),
                undated.completedLate(),
                overdueOn(day),
                undated.reminders(),
                undated.urgings());
    }

    /** The open work whose fixed due date is before the day. */
    public int overdueOn(LocalDate day) {
        long epochDay = day.toEpochDay();
        // How many due dates are before the day: the first index whose due date is on or after it.
        int low = 0;
        int high = dueDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dueDays[middle] < epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? 0 : dueByThen[low - 1];
    }

    /** Adds up a unit's counts in one region as they are read, a due date of its open fixed work at a time. */
    public static final class Builder {

        private String unitId;
        private String regionCode;
        private String unitName;
        private int assignments;
        private int completedOnTime;
        private int completedLate;
        private int reminders;
        private int urgings;
        private final Map<Integer, Integer> openByDueDay = new TreeMap<>();

        /**
         * Adds counts of the unit's work in the region; {@code overdue} counts the open fixed work due on
         * {@code openDue} (none when null). The name is the least of the names its rows carry.
         */
        public Builder add(WorkCounts counts, LocalDate openDue) {
            unitId = counts.unitId();
            regionCode = counts.regionCode();
            if (counts.unitName() != null
                    && (unitName == null || counts.unitName().compareTo(unitName) < 0)) {
                unitName = counts.unitName();
            }
            assignments += counts.assignments();
            completedOnTime += counts.completedOnTime();
            completedLate += counts.completedLate();
            reminders += counts.reminders();
            urgings += counts.urgings();
            if (openDue != null && counts.overdue() > 0) {
                openByDueDay.merge(Math.toIntExact(openDue.toEpochDay()), counts.overdue(), Integer::sum);
            }
            return this;
        }

        public UnitWork build() {
            int[] days = new int[openByDueDay.size()];
            int[] byThen = new int[days.length];
            int i = 0;
            int total = 0;
            for (Map.Entry<Integer, Integer> due : openByDueDay.entrySet()) {
                total += due.getValue();
                days[i] = due.getKey();
                byThen[i++] = total;
            }
            WorkCounts undated = new WorkCounts(
                    unitId, regionCode, unitName, assignments, completedOnTime, completedLate, 0, reminders, urgings);
            return new UnitWork(undated, days, byThen);
        }
    }
}
