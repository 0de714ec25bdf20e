package org.taizhang.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The year's scorecards (考核评分), best first, with the formula they were scored by and when they were computed (a
 * province's current year is kept ahead and may be minutes behind its figures).
 */
public record Scorecards(int year, LocalDate asOf, Instant computedAt, String formula, List<Scorecard> scorecards) {

    /** One unit's assessment, with its formula's working so that nobody takes a score on trust. */
    public record Scorecard(
            String unitId,
            String unitName,
            int assignments,
            int completedOnTime,
            int completedLate,
            int overdue,
            int reportsDue,
            int reportsOnTime,
            int remindersReceived,
            int urgings,
            double score,
            String working) {}
}
