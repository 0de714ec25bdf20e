package org.taizhang.reporting.compute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the office scores units (考核), out of 100:
 *
 * <pre>
 * completion × (按时完成 + lateCredit × 逾期完成) ÷ (按时完成 + 逾期完成 + 逾期未完成)
 *   + reporting × 按时报送 ÷ 应报送
 *   − overduePenalty × 逾期未完成 − urgingPenalty × 催办
 * </pre>
 *
 * A ratio whose denominator is 0 counts as 1 (nothing was due, nothing was missed), and the total is held within
 * 0–100. {@code completion} and {@code reporting} share the 100 points; the defaults weigh finishing work over
 * reporting on it, give half credit for late completion, and take 5 points per overdue assignment and 1 per
 * urging (催办) received.
 */
@Schema(
        description = "Scoring weights: completion + reporting = 100 points,"
                + " lateCredit a share within 0–1, penalties in points per count")
public record ScoreWeights(
        @Schema(description = "Points (0–100) for completing work; completion + reporting = 100")
        double completion,

        @Schema(description = "Points (0–100) for reporting periodic progress on time; completion + reporting = 100")
        double reporting,

        @Schema(description = "Share of full credit (0–1) a late completion earns")
        double lateCredit,

        @Schema(description = "Points taken per assignment overdue and not completed (0 or more)")
        double overduePenalty,

        @Schema(description = "Points taken per urging (催办) received (0 or more)")
        double urgingPenalty) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(70, 30, 0.5, 5, 1);

    private static final String NOTE = "（分母为0的项计满分，总分限0–100分）";

    public ScoreWeights {
        requireNonNegative("completion", completion);
        requireNonNegative("reporting", reporting);
        requireNonNegative("lateCredit", lateCredit);
        requireNonNegative("overduePenalty", overduePenalty);
        requireNonNegative("urgingPenalty", urgingPenalty);
        if (lateCredit > 1) {
            throw new IllegalArgumentException("lateCredit is a share of full credit, at most 1: " + lateCredit);
        }
        if (Math.abs(completion + reporting - 100) > 1e-9) {
            throw new IllegalArgumentException(
                    "completion and reporting must share 100 points, got " + (completion + reporting));
        }
    }

    /** The formula with these weights, for showing beside every score. */
    public String formula() {
        return workings().expression("按时完成", "逾期完成", "逾期未完成", "按时报送", "应报送", "催办") + NOTE;
    }

    /** The formula with a unit's counts filled in, ending in its score. */
    public String working(ScoreCounts counts) {
        return workings().of(counts);
    }

    /** Writes the working of many units (a province's 20,000) with the weights' own figures written once. */
    public Workings workings() {
        return new Workings(this);
    }

    public double score(ScoreCounts counts) {
        return Percent.round1(Math.max(0, Math.min(100, raw(counts))));
    }

    double raw(ScoreCounts c) {
        double completed = ratio(c.completedOnTime() + lateCredit * c.completedLate(), c.judged());
        double reported = ratio(c.reportsOnTime(), c.reportsDue());
        return completion * completed
                + reporting * reported
                - overduePenalty * c.overdue()
                - urgingPenalty * c.urgings();
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? 1 : part / whole;
    }

    private static void requireNonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number not below 0: " + value);
        }
    }
}
