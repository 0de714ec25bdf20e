package org.taizhang.reporting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taizhang.reporting.compute.ReportingPolicy;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.ScorecardCalculator;
import org.taizhang.reporting.compute.YearWork;

/**
 * A year's work counted once, with the version of its figures and when it was counted: the scorecards for any day and
 * weights are derived from it in a fraction of a second instead of counting the year's assignments again. The last few
 * derived are kept with it (a province's scorecards for a day hold some megabytes of working text), so that the kept
 * answer for today is not derived again for every request.
 */
public final class CountedYear {

    private final YearWork work;
    private final long version;
    private final Instant computedAt;
    private final ReportingPolicy policy;
    private final Map<Derived, YearScores> derived;

    public CountedYear(YearWork work, long version, Instant computedAt, ReportingPolicy policy, int derivedKept) {
        this.work = work;
        this.version = version;
        this.computedAt = computedAt;
        this.policy = policy;
        this.derived = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Derived, YearScores> eldest) {
                return size() > derivedKept;
            }
        };
    }

    public int year() {
        return work.year();
    }

    /** The counted work itself (to keep it across restarts: {@link CountedYearStore}). */
    YearWork work() {
        return work;
    }

    /** The version of the year's figures the work was counted from. */
    public long version() {
        return version;
    }

    /** When the work was counted (read before counting: the figures are at least that fresh). */
    public Instant computedAt() {
        return computedAt;
    }

    /** The scorecards of every unit of the year for the key's day and weights, kept or derived now. */
    public YearScores scores(ScoreKey key) {
        if (key.year() != work.year()) {
            throw new IllegalArgumentException("Scorecards of " + key.year() + " asked of " + work.year() + "'s work");
        }
        Derived asked = new Derived(key.day(), key.weights());
        synchronized (derived) {
            YearScores found = derived.get(asked);
            if (found != null) {
                return found;
            }
        }
        // Derived outside the lock: two requests for a new day at once each derive it, neither waits for the other.
        ScorecardCalculator calculator = new ScorecardCalculator(key.weights(), policy);
        YearScores scores = new YearScores(key, version, computedAt, work.score(calculator, key.day()), work.regions());
        synchronized (derived) {
            derived.put(asked, scores);
        }
        return scores;
    }

    private record Derived(LocalDate day, ScoreWeights weights) {}
}
