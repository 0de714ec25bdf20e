package org.taizhang.reporting.service;

import java.time.Instant;
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

        @Schema(
                description = "When the year's work these scorecards come from was counted: the figures are those"
                        + " stored then (at most taizhang.reporting.scorecards.max-staleness old for the current year)")
        Instant computedAt,

        @Schema(description = "The version of the year's figures they were computed from; it grows as they change")
        long version,

        @Schema(description = "The scoring weights used") ScoreWeights weights,

        @Schema(description = "The scoring formula with those weights, in Chinese")
        String formula,

        @Schema(description = "One scorecard per unit, best score first")
        List<Scorecard> scorecards) {

    /** The scorecards of the units inside the region (null: all) taken from the year's. */
    public static ScorecardsView from(YearScores scores, String regionCode) {
        ScoreKey key = scores.key();
        return new ScorecardsView(
                key.year(),
                key.day(),
                scores.computedAt(),
                scores.version(),
                key.weights(),
                key.weights().formula(),
                scores.inRegion(regionCode));
    }
}
