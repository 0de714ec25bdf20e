package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.Scorecard;

/** The year's scorecards, best first, each with its formula and working, and the weights they were scored with. */
@Schema(description = "The year's scorecards, best first, and the weights they were scored with")
public record ScorecardsView(
        @Schema(description = "The year assessed") int year,

        @Schema(description = "The day the counts are taken on (ISO-8601 date, Asia/Shanghai)")
        LocalDate asOf,

        @Schema(description = "The scoring weights used") ScoreWeights weights,

        @Schema(description = "The scoring formula with those weights, in Chinese")
        String formula,

        @Schema(description = "One scorecard per unit, best score first")
        List<Scorecard> scorecards) {

    public static ScorecardsView from(int year, LocalDate asOf, ScoreWeights weights, List<Scorecard> scorecards) {
        return new ScorecardsView(year, asOf, weights, weights.formula(), scorecards);
    }
}
