package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.Scorecard;

/** The year's scorecards, best first, each with its formula and working, and the weights they were scored with. */
public record ScorecardsView(
        int year, LocalDate asOf, ScoreWeights weights, String formula, List<Scorecard> scorecards) {

    public static ScorecardsView from(int year, LocalDate asOf, ScoreWeights weights, List<Scorecard> scorecards) {
        return new ScorecardsView(year, asOf, weights, weights.formula(), scorecards);
    }
}
