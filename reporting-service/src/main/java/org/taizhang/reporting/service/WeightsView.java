package org.taizhang.reporting.service;

import java.time.Instant;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.entity.ScoreWeightsSetting;

/** The scoring weights in force, the formula they make, and who set them (null while the defaults apply). */
public record WeightsView(
        double completion,
        double reporting,
        double lateCredit,
        double overduePenalty,
        double urgingPenalty,
        String formula,
        String updatedBy,
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
