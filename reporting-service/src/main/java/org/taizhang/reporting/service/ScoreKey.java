package org.taizhang.reporting.service;

import java.time.LocalDate;
import org.taizhang.reporting.compute.ScoreWeights;

/** What a year's scorecards depend on besides its figures: the year, the day judged and the weights. */
public record ScoreKey(int year, LocalDate day, ScoreWeights weights) {}
