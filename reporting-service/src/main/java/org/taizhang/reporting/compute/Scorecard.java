package org.taizhang.reporting.compute;

/**
 * A unit's yearly assessment (考核) over its LEAD and RESPONSIBLE assignments, with the formula its score came from
 * and the same formula with its counts filled in, so that nobody has to take a score on trust.
 */
public record Scorecard(
        String unitId,
        String unitName,
        int year,
        int assignments,
        int completedOnTime,
        int completedLate,
        int overdue,
        int reportsDue,
        int reportsOnTime,
        int remindersReceived,
        int urgings,
        double score,
        String formula,
        String working) {}
