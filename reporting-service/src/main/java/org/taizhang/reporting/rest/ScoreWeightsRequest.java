package org.taizhang.reporting.rest;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;
import org.taizhang.reporting.compute.ScoreWeights;

/** New scoring weights as the office sends them; every rule they break is listed, not only the first. */
@Schema(
        description =
                "Scoring weights: completion + reporting = 100," + " lateCredit within 0–1, penalties not negative")
public record ScoreWeightsRequest(
        @Schema(description = "Points (0–100) for completing work; required; completion + reporting must be 100")
        Double completion,

        @Schema(
                description = "Points (0–100) for reporting periodic progress on"
                        + " time; required; completion + reporting must be 100")
        Double reporting,

        @Schema(description = "Share of full credit a late completion earns, 0–1; required")
        Double lateCredit,

        @Schema(description = "Points taken per assignment overdue and not completed, 0 or more; required")
        Double overduePenalty,

        @Schema(description = "Points taken per urging (催办) received, 0 or more; required")
        Double urgingPenalty) {

    /** The weights, or a 422 problem naming every violation. */
    ScoreWeights validated() {
        List<Problem.Violation> violations = new ArrayList<>();
        check(violations, "completion", completion);
        check(violations, "reporting", reporting);
        check(violations, "lateCredit", lateCredit);
        check(violations, "overduePenalty", overduePenalty);
        check(violations, "urgingPenalty", urgingPenalty);
        if (usable(lateCredit) && lateCredit > 1) {
            violations.add(new Problem.Violation("lateCredit", "lateCredit 须在 0–1 之间"));
        }
        if (usable(completion) && usable(reporting) && Math.abs(completion + reporting - 100) > 1e-9) {
            violations.add(new Problem.Violation("reporting", "completion 与 reporting 之和须为 100"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    UnprocessableStatus.INSTANCE,
                    "The weights are not valid: " + violations.size() + " violation(s)",
                    violations);
        }
        return new ScoreWeights(completion, reporting, lateCredit, overduePenalty, urgingPenalty);
    }

    private static void check(List<Problem.Violation> violations, String field, Double value) {
        if (value == null) {
            violations.add(new Problem.Violation(field, field + " 不能为空"));
        } else if (!usable(value)) {
            violations.add(new Problem.Violation(field, field + " 须为不小于 0 的数"));
        }
    }

    private static boolean usable(Double value) {
        return value != null && Double.isFinite(value) && value >= 0;
    }
}
