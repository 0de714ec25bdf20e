package org.taizhang.reporting.compute;

/**
 * A unit's counts as its work is added, so that a province's units are scored without holding their work: an assignment
 * at a time ({@link ScorecardCalculator#add}), or counted where it is stored ({@link #add(WorkCounts)}) with its
 * periodic work's reports added an assignment at a time ({@link ScorecardCalculator#addReports});
 * {@link ScorecardCalculator#scorecard} scores.
 */
public final class UnitTally {

    String unitId;
    String unitName;
    int assignments;
    int completedOnTime;
    int completedLate;
    int overdue;
    int reportsDue;
    int reportsOnTime;
    int reminders;
    int urgings;

    /** Adds work counted where it is stored; the unit's name is the least of the names its assignments carry. */
    public void add(WorkCounts counts) {
        unitId = counts.unitId();
        if (counts.unitName() != null && (unitName == null || counts.unitName().compareTo(unitName) < 0)) {
            unitName = counts.unitName();
        }
        assignments += counts.assignments();
        completedOnTime += counts.completedOnTime();
        completedLate += counts.completedLate();
        overdue += counts.overdue();
        reminders += counts.reminders();
        urgings += counts.urgings();
    }

    /** The LEAD and RESPONSIBLE assignments added: a unit with none is not assessed. */
    public int assignments() {
        return assignments;
    }

    ScoreCounts counts() {
        return new ScoreCounts(completedOnTime, completedLate, overdue, reportsDue, reportsOnTime, urgings);
    }
}
