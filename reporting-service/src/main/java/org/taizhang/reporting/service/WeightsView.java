package org.taizhang.reporting.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/** The scoring weights in force, the formula they make, and who set them (null while the defaults apply). */
@Schema(description = "The scoring weights in force, the formula they make and who set them")
public record WeightsView(
        @Schema(description = "Points (0–100) for completing work; completion + reporting = 100")
        double completion,

        @Schema(description = "Points (0–100) for reporting periodic progress on time; completion + reporting = 100")
        double reporting,

        @Schema(description = "Share of full credit (0–1) a late completion earns")
        double lateCredit,

        @Schema(description = "Points taken per assignment overdue and not completed (0 or more)")
        double overduePenalty,

        @Schema(description = "Points taken per urging (催办) received (0 or more)")
        double urgingPenalty,

        @Schema(description = "The scoring formula these weights make, in Chinese")
        String formula,

        @Schema(description = "The subject of the office account that set them; null while the defaults apply")
        String updatedBy,

        @Schema(description = "When they were set: a UTC instant (ISO-8601); null while the defaults apply")
        Instant updatedAt) {

    public static WeightsView from(ScoreWeightsSetting setting) {
        return of(setting.toWeights(), setting.updatedBy, setting.updatedAt);
    }

    public static WeightsView of(ScoreWeights w, String updatedBy, Instant updatedAt) {
        return new WeightsView(
                w.completion(),
                w.reporting(),
                w.lateCredit(),
                w.overduePenalty(),
                w.urgingPenalty(),
                w.formula(),
                updatedBy,
                updatedAt);
    }
}
