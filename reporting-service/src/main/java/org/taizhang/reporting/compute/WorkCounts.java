package org.taizhang.reporting.compute;

/**
 * A unit's work in one region as counted where it is stored (ScorecardReads): how many of its assignments are assessed
 * (LEAD and RESPONSIBLE), completed on time or late, overdue on the day judged, and the reminders and urgings (催办)
 * about them. The same rules as {@link ScorecardCalculator#add}, which ScorecardCountsTest holds them to.
 */
public record WorkCounts(
        String unitId,
        String regionCode,
        String unitName,
        int assignments,
        int completedOnTime,
        int completedLate,
        int overdue,
        int reminders,
        int urgings) {}
