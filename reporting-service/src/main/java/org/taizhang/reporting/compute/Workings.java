package org.taizhang.reporting.compute;

/**
 * The scoring formula of some weights with counts filled in ({@link ScoreWeights#working}): the weights are written as
 * text once, not once per unit, which was most of deriving a province's scorecards for a day.
 */
public final class Workings {

    private final ScoreWeights weights;
    private final String completion;
    private final String lateCredit;
    private final String reporting;
    private final String overduePenalty;
    private final String urgingPenalty;

    Workings(ScoreWeights weights) {
        this.weights = weights;
        this.completion = Percent.text(weights.completion());
        this.lateCredit = Percent.text(weights.lateCredit());
        this.reporting = Percent.text(weights.reporting());
        this.overduePenalty = Percent.text(weights.overduePenalty());
        this.urgingPenalty = Percent.text(weights.urgingPenalty());
    }

    /** The formula with a unit's counts filled in, ending in its score. */
    public String of(ScoreCounts counts) {
        String terms = expression(
                String.valueOf(counts.completedOnTime()),
                String.valueOf(counts.completedLate()),
                String.valueOf(counts.overdue()),
                String.valueOf(counts.reportsOnTime()),
                String.valueOf(counts.reportsDue()),
                String.valueOf(counts.urgings()));
        double raw = weights.raw(counts);
        double score = weights.score(counts);
        String result = Percent.text(Percent.round1(raw));
        return raw == score ? terms + " = " + result : terms + " = " + result + "，计" + Percent.text(score) + "分";
    }

    String expression(String onTime, String late, String overdue, String reported, String due, String urged) {
        return completion + " × (" + onTime + " + " + lateCredit + " × " + late + ") ÷ (" + onTime + " + " + late
                + " + " + overdue + ") + " + reporting + " × " + reported + " ÷ " + due + " − " + overduePenalty
                + " × " + overdue + " − " + urgingPenalty + " × " + urged;
    }
}
