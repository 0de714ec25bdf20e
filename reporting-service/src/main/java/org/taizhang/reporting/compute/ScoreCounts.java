package org.taizhang.reporting.compute;

/** The counts a unit's score is computed from; the names are the terms of {@link ScoreWeights#formula()}. */
public record ScoreCounts(
        int completedOnTime, int completedLate, int overdue, int reportsDue, int reportsOnTime, int urgings) {

    /** The assignments whose completion is judged: done, or past due. Open work not yet due is not judged. */
    public int judged() {
        return completedOnTime + completedLate + overdue;
    }
}
